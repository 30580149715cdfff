// Search page: queries the pagefind bundle of pages in dist/pagefind/ with the bundles of deals and
// companies (dist/pagefind-records-N/) merged in. Works offline from the static files.
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
  mergeIndex(path: string): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  let pagefind: Promise<Pagefind> | undefined;
  // Pages in the first bundle; deals and companies (scripts/lib/search-index.ts) merged in.
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>).then(async (pf) => {
      for (const bundle of (form.dataset.pagefindRecords ?? '').split(' ').filter(Boolean)) await pf.mergeIndex(bundle);
      return pf;
    }));

  async function run(q: string): Promise<void> {
    list.replaceChildren();
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const { results } = await (await load()).search(q);
      const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      for (const r of top) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        // pagefind's excerpt is the page text with "<" and ">" (only those) escaped, and hits wrapped in
        // <mark>; keep the marks as elements and turn everything else back into plain text.
        const text = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        p.append(...r.excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
          const m = /^<mark>(.*)<\/mark>$/.exec(part);
          if (!m) return document.createTextNode(text(part));
          const mark = document.createElement('mark');
          mark.textContent = text(m[1]!);
          return mark;
        }));
        li.append(a, p);
        list.append(li);
      }
      status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${q}”`;
    } catch {
      status.textContent = 'The search index is missing: run the full build (npm run build), which indexes the site with pagefind.';
    }
  }

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void run(initial);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
}
