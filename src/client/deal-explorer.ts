// Deal explorer: filters, sorting and text search over the deals table, with the state in the URL
// (?country=CN&modality=adc&q=novartis&sort=total&dir=desc) so a filtered view can be shared.
// The table is complete without this script. On a big site the page lists only the newest deals
// (data-all names the JSON of every deal in the page's language, src/pages/[...locale]/deals/[list].json.ts): the first filter, search or sort
// loads it, and the table then lists the matching deals from there.
// "Download these N deals (CSV)" writes the deals the filter shows, in the table's order, with the columns of
// the full dataset's deals.csv: their cells come from the build (data-cells), the CSV rule from csv-cell.ts.
// Its words are the page's language: the page hands them over as data-messages (src/lib/pages/deals-index.ts),
// with the locale counts are grouped in; none are written here.
import { csvText, type CsvCell } from '../lib/csv-cell.ts';
import type { DealCell, DealRowKeys } from '../lib/deal-row.ts';
import type { ExplorerMessages } from '../lib/pages/deals-index.ts';

type Say = (name: keyof ExplorerMessages['messages'], vars?: Record<string, number>, count?: number) => string;

/** The explorer's words from its root's data-messages: each filled with counts grouped as the language does. */
function sayer(json: string | undefined): Say {
  const { intl, messages } = JSON.parse(json ?? '{}') as ExplorerMessages;
  const plural = new Intl.PluralRules(intl);
  return (name, vars = {}, count) => {
    const m = messages[name];
    const text = typeof m === 'string' ? m : (m[plural.select(count ?? 0)] ?? m.other!);
    return text.replace(/\{(\w+)\}/g, (_, k: string) => (vars[k] ?? 0).toLocaleString(intl));
  };
}

const FILTERS = ['country', 'modality', 'stage', 'type', 'status', 'year'] as const;
type Dir = 'asc' | 'desc';

/** A deal the explorer can filter and sort: a row of the page, or one from the JSON. */
interface Entry {
  index: number;
  id: string;
  keys: Pick<DealRowKeys, 'country' | 'modality' | 'stage' | 'type' | 'status' | 'year'>;
  /** Lower-case text of the row, for search. */
  text(): string;
  /** Sort value of a column key. */
  value(key: string): string | number;
  row(): HTMLTableRowElement;
}

const money = (v: string | number | null | undefined): number => (v === '' || v === null || v === undefined ? -1 : Number(v));

/** Entries for the rows already in the page; each reads its values from the DOM once. */
function pageEntries(rows: HTMLTableRowElement[], sortKeys: string[]): Entry[] {
  return rows.map((r, index) => {
    const d = r.dataset;
    let text: string | undefined;
    const values = new Map<string, string | number>();
    return {
      index,
      id: d.deal ?? '',
      keys: { country: (d.country ?? '').split(' '), modality: d.modality ?? '', stage: d.stage ?? '', type: d.type ?? '', status: d.status ?? '', year: d.year ?? '' },
      text: () => (text ??= (r.textContent ?? '').toLowerCase()),
      value(key) {
        let v = values.get(key);
        if (v === undefined) {
          const attr = d[key];
          if (key === 'upfront' || key === 'total') v = money(attr);
          else if (attr !== undefined) v = attr;
          else v = (r.cells[sortKeys.indexOf(key)]?.textContent ?? '').trim().toLowerCase();
          values.set(key, v);
        }
        return v;
      },
      row: () => r,
    };
  });
}

/** A row built from JSON cells, as DealTable.astro renders them (text only: nothing is parsed as HTML). */
function buildRow(id: string, cells: DealCell[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.deal = id;
  for (const c of cells) {
    const td = tr.insertCell();
    if (c.class) td.className = c.class;
    if (c.href) {
      const a = document.createElement('a');
      a.href = c.href;
      a.textContent = c.text;
      if (c.lang) a.lang = c.lang;
      td.append(a);
    } else td.textContent = c.text;
    if (c.meta) {
      const span = document.createElement('span');
      span.className = 'meta';
      span.textContent = c.meta;
      td.append(' ', span);
    }
  }
  return tr;
}

const cellText = (c: DealCell | undefined) => (c ? `${c.text}${c.meta ? ` ${c.meta}` : ''}` : '').trim().toLowerCase();

function jsonEntries(rows: { keys: DealRowKeys; cells: DealCell[] }[], sortKeys: string[]): Entry[] {
  return rows.map(({ keys, cells }, index) => {
    let tr: HTMLTableRowElement | undefined;
    let text: string | undefined;
    return {
      index,
      id: keys.id,
      keys,
      text: () => (text ??= cells.map(cellText).join(' ')),
      value: (key) => (key === 'upfront' || key === 'total' ? money(keys[key]) : key === 'date' ? keys.date : cellText(cells[sortKeys.indexOf(key)])),
      row: () => (tr ??= buildRow(keys.id, cells)),
    };
  });
}

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.explorer-controls');
  const table = root.querySelector<HTMLTableElement>('table.deal-table');
  const status = root.querySelector<HTMLElement>('.explorer-status');
  if (!form || !table || !status) return;
  const say = sayer(root.dataset.messages);
  const download = root.querySelector<HTMLButtonElement>('button.explorer-download-button');
  const tbody = table.tBodies[0]!;
  const pageRows = [...tbody.rows];
  const allUrl = root.dataset.all; // set when the page lists only the newest deals
  const total = Number(root.dataset.total ?? pageRows.length);
  form.hidden = false; // shown from the first paint where the browser knows scripts run (@media (scripting))

  const params = new URLSearchParams(location.search);
  for (const el of [...form.elements] as (HTMLInputElement | HTMLSelectElement)[]) {
    const v = el.name ? params.get(el.name) : null;
    if (v !== null && (el instanceof HTMLSelectElement ? [...el.options].some((o) => o.value === v) : true)) el.value = v;
  }
  let sort = params.get('sort') ?? '';
  let dir: Dir = params.get('dir') === 'asc' ? 'asc' : 'desc';

  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  const sortKeys = headers.map((h) => h.dataset.sort ?? '');
  // The sort buttons are in the page's HTML (DealTable.astro, explorer): nothing is added or resized on start.
  for (const th of headers) {
    const key = th.dataset.sort;
    const btn = th.querySelector<HTMLButtonElement>('button.sort-button');
    if (!key || !btn) continue;
    btn.addEventListener('click', () => {
      dir = sort === key && dir === 'desc' ? 'asc' : 'desc';
      sort = key;
      void apply(true);
    });
  }

  // On a big site reading each row's values again on every keystroke, and re-appending every row on load,
  // took seconds: values are read once, and the DOM changes only where the result does.
  // Read on the first change, not on start: a reader who only looks pays nothing (no long task on load).
  let onPageEntries: Entry[] | undefined;
  const pageEntriesOnce = () => (onPageEntries ??= pageEntries(pageRows, sortKeys));
  let everyDeal: Promise<Entry[]> | undefined;
  const loadAll = () =>
    (everyDeal ??= fetch(allUrl!)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
      .then((j: { rows: { keys: DealRowKeys; cells: DealCell[] }[] }) => jsonEntries(j.rows, sortKeys))
      .catch((err: unknown) => {
        everyDeal = undefined; // try again on the next change
        throw err;
      }));
  let shownRows: HTMLTableRowElement[] = pageRows; // what the table holds now, in order
  /** The deals the download writes, in the table's order; undefined: every deal (no filter). */
  let downloadIds: string[] | undefined;
  let run = 0;

  async function apply(push: boolean): Promise<void> {
    const mine = ++run;
    const data = new FormData(form!);
    const q = String(data.get('q') ?? '').trim().toLowerCase();
    const wanted = FILTERS.map((f) => [f, String(data.get(f) ?? '')] as const).filter(([, v]) => v);
    const active = wanted.length > 0 || q !== '' || sort !== '';
    const onPage = pageEntriesOnce();
    let entries = onPage;
    let note = '';
    if (allUrl && active) {
      status!.textContent = say('loading');
      try {
        entries = await loadAll();
      } catch {
        note = say('loadFailed');
        entries = onPage;
      }
      if (mine !== run) return; // a later change has taken over
    }
    const matches = entries.filter(
      (e) => wanted.every(([f, v]) => (f === 'country' ? e.keys.country.includes(v) : e.keys[f] === v)) && (!q || e.text().includes(q)),
    );
    const bySort = (a: Entry, b: Entry) => {
      const va = a.value(sort);
      const vb = b.value(sort);
      const c = va < vb ? -1 : va > vb ? 1 : a.index - b.index;
      return dir === 'asc' ? c : -c;
    };
    if (entries === onPage) {
      // The rows of the page: hide the others, and reorder only if the order changed.
      const keep = new Set(matches);
      for (const e of onPage) if (e.row().hidden === keep.has(e)) e.row().hidden = !keep.has(e);
      const ordered = (sort ? [...onPage].sort(bySort) : onPage).map((e) => e.row());
      if (shownRows.length !== ordered.length || ordered.some((r, i) => r !== shownRows[i])) tbody.replaceChildren(...ordered);
      shownRows = ordered;
      status!.textContent =
        (allUrl && !active ? say('capped', { listed: pageRows.length, total }) : say('shown', { shown: matches.length, total: pageRows.length })) + note;
    } else {
      // From every deal: list the first matches, as many as the page lists.
      if (sort) matches.sort(bySort);
      const listed = matches.slice(0, pageRows.length).map((e) => e.row());
      for (const r of listed) r.hidden = false;
      tbody.replaceChildren(...listed);
      shownRows = listed;
      status!.textContent =
        say('match', { matched: matches.length, total }) + (matches.length > listed.length ? say('firstListed', { listed: listed.length }) : '');
    }
    // Every deal the filter matches, not only the rows listed: a capped page lists the first ones.
    const filtered = wanted.length > 0 || q !== '';
    const inOrder = sort && entries === onPage ? [...matches].sort(bySort) : matches; // the other branch sorted them
    const complete = !allUrl || entries !== onPage;
    downloadIds = filtered || (sort && complete) ? inOrder.map((e) => e.id) : undefined;
    labelDownload(downloadIds?.length ?? total);
    for (const th of headers) th.setAttribute('aria-sort', th.dataset.sort === sort ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');

    const next = new URLSearchParams();
    for (const f of [...FILTERS, 'q']) {
      const v = String(data.get(f) ?? '').trim();
      if (v) next.set(f, v);
    }
    if (sort) {
      next.set('sort', sort);
      next.set('dir', dir);
    }
    const qs = next.toString();
    const href = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
    if (push) history.replaceState(null, '', href);
  }

  function labelDownload(n: number): void {
    if (!download) return;
    download.textContent = say('download', { n }, n);
    download.disabled = n === 0;
  }

  let cells: Promise<{ header: string[]; rows: Record<string, CsvCell[]> }> | undefined;
  download?.addEventListener('click', async () => {
    const ids = downloadIds;
    try {
      const data = await (cells ??= fetch(download.dataset.cells!).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`)))));
      const rows = (ids ?? Object.keys(data.rows)).map((id) => data.rows[id]).filter((r): r is CsvCell[] => !!r);
      const blob = new Blob([csvText([data.header, ...rows])], { type: 'text/csv;charset=utf-8' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'deals.csv';
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    } catch {
      cells = undefined; // try again on the next click
      status!.textContent = say('downloadFailed');
    }
  });

  form.addEventListener('input', () => void apply(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void apply(true);
  });
  form.addEventListener('reset', () => setTimeout(() => { sort = ''; void apply(true); }, 0));
  // The server's table and counts are the unfiltered view: only a shared address with filters or a sort
  // (?country=…) needs work on start.
  if ([...FILTERS, 'q', 'sort'].some((k) => params.get(k))) void apply(false);
}

document.querySelectorAll<HTMLElement>('[data-deal-explorer]').forEach(init);
