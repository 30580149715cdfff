// Search page: queries the pagefind bundle of pages in dist/pagefind/ with the bundles of deals and
// companies (dist/pagefind-records-N/) merged in. Works offline from the static files.
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
  mergeIndex(path: string): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  // The words come from the page (src/lib/pages/search.ts), in its language: {count} and {query} filled here.
  const words = form.dataset;
  const fill = (text: string | undefined, vars: Record<string, string>) => (text ?? '').replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  const plural = new Intl.PluralRules(document.documentElement.lang || undefined);
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
    status.textContent = words.searching ?? '';
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
      const one = plural.select(results.length) === 'one' ? words.resultOne : words.resultOther;
      status.textContent = fill(one, { count: results.length.toLocaleString(document.documentElement.lang || undefined), query: q });
    } catch {
      status.textContent = words.missing ?? '';
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
