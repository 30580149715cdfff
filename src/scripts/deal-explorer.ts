// Deal explorer: filters, sorting and text search over the static table, with the state in the URL
// (?country=CN&modality=adc&q=novartis&sort=total&dir=desc) so a filtered view can be shared.
// The table is complete without this script; it only hides rows and reorders them.

const FILTERS = ['country', 'modality', 'stage', 'type', 'year'] as const;
type Dir = 'asc' | 'desc';

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.explorer-controls');
  const table = root.querySelector<HTMLTableElement>('table.deal-table');
  const status = root.querySelector<HTMLElement>('.explorer-status');
  if (!form || !table || !status) return;
  const tbody = table.tBodies[0]!;
  const rows = [...tbody.rows];
  form.hidden = false;

  const params = new URLSearchParams(location.search);
  for (const el of [...form.elements] as (HTMLInputElement | HTMLSelectElement)[]) {
    const v = el.name ? params.get(el.name) : null;
    if (v !== null && (el instanceof HTMLSelectElement ? [...el.options].some((o) => o.value === v) : true)) el.value = v;
  }
  let sort = params.get('sort') ?? '';
  let dir: Dir = params.get('dir') === 'asc' ? 'asc' : 'desc';

  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  for (const th of headers) {
    const key = th.dataset.sort;
    if (!key) continue;
    const label = th.textContent ?? key;
    th.textContent = '';
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'sort-button';
    btn.textContent = label;
    btn.addEventListener('click', () => {
      dir = sort === key && dir === 'desc' ? 'asc' : 'desc';
      sort = key;
      apply(true);
    });
    th.append(btn);
  }

  // Each row's filter and sort values, read from the DOM once: on a big site (10,000 rows) reading them
  // again on every keystroke, and re-appending every row on load, took seconds.
  const sortKeys = headers.map((h) => h.dataset.sort ?? '');
  const records = rows.map((r, i) => {
    const d = r.dataset;
    return {
      row: r,
      index: i,
      country: (d.country ?? '').split(' '),
      fields: { modality: d.modality, stage: d.stage, type: d.type, year: d.year } as Record<string, string | undefined>,
      text: undefined as string | undefined, // lower-case text, read on the first search
      sortValue: new Map<string, string | number>(),
    };
  });
  type Row = (typeof records)[number];
  const value = (rec: Row, key: string): string | number => {
    let v = rec.sortValue.get(key);
    if (v === undefined) {
      const attr = rec.row.dataset[key];
      if (attr !== undefined && (key === 'upfront' || key === 'total')) v = attr === '' ? -1 : Number(attr);
      else if (attr !== undefined) v = attr;
      else v = (rec.row.cells[sortKeys.indexOf(key)]?.textContent ?? '').trim().toLowerCase();
      rec.sortValue.set(key, v);
    }
    return v;
  };
  let order: Row[] = records; // the order the rows are in now

  function apply(push: boolean): void {
    const data = new FormData(form!);
    const q = String(data.get('q') ?? '').trim().toLowerCase();
    const wanted = FILTERS.map((f) => [f, String(data.get(f) ?? '')] as const).filter(([, v]) => v);
    let shown = 0;
    for (const rec of records) {
      const ok =
        wanted.every(([f, v]) => (f === 'country' ? rec.country.includes(v) : rec.fields[f] === v)) &&
        (!q || (rec.text ??= (rec.row.textContent ?? '').toLowerCase()).includes(q));
      if (rec.row.hidden === ok) rec.row.hidden = !ok; // only rows that change: each change costs style work
      if (ok) shown++;
    }
    const ordered = [...records].sort((a, b) => {
      if (!sort) return a.index - b.index;
      const va = value(a, sort);
      const vb = value(b, sort);
      const c = va < vb ? -1 : va > vb ? 1 : a.index - b.index;
      return dir === 'asc' ? c : -c;
    });
    if (ordered.some((rec, i) => rec !== order[i])) tbody.append(...ordered.map((rec) => rec.row));
    order = ordered;
    for (const th of headers) th.setAttribute('aria-sort', th.dataset.sort === sort ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');
    status!.textContent = `${shown} of ${rows.length} deals shown`;

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

  form.addEventListener('input', () => apply(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  form.addEventListener('reset', () => setTimeout(() => { sort = ''; apply(true); }, 0));
  apply(false);
}

document.querySelectorAll<HTMLElement>('[data-deal-explorer]').forEach(init);
