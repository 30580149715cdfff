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
  const original = new Map(rows.map((r, i) => [r, i]));
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

  const value = (r: HTMLTableRowElement, key: string): string | number => {
    const attr = r.dataset[key];
    if (attr !== undefined && (key === 'upfront' || key === 'total')) return attr === '' ? -1 : Number(attr);
    if (attr !== undefined) return attr;
    const i = headers.findIndex((h) => h.dataset.sort === key);
    return (r.cells[i]?.textContent ?? '').trim().toLowerCase();
  };

  function apply(push: boolean): void {
    const data = new FormData(form!);
    const q = String(data.get('q') ?? '').trim().toLowerCase();
    let shown = 0;
    for (const r of rows) {
      const ok =
        FILTERS.every((f) => {
          const v = String(data.get(f) ?? '');
          if (!v) return true;
          return f === 'country' ? (r.dataset.country ?? '').split(' ').includes(v) : r.dataset[f] === v;
        }) && (!q || (r.textContent ?? '').toLowerCase().includes(q));
      r.hidden = !ok;
      if (ok) shown++;
    }
    const ordered = [...rows].sort((a, b) => {
      if (!sort) return original.get(a)! - original.get(b)!;
      const va = value(a, sort === 'date' ? 'date' : sort);
      const vb = value(b, sort === 'date' ? 'date' : sort);
      const c = va < vb ? -1 : va > vb ? 1 : original.get(a)! - original.get(b)!;
      return dir === 'asc' ? c : -c;
    });
    tbody.append(...ordered);
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
