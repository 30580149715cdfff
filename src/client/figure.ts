// Figure behaviour, bundled by Astro only on pages that render a Figure. Small on purpose (< 10 KB gzip):
// tooltips read the marks' aria-labels from the static SVG (nothing re-renders or shifts), and the
// vega, vega-lite and vega-embed (prebuilt files in dist/vendor/) load only when a reader presses "Interact / export".

const MAX_FOCUSABLE = 60; // beyond this, tabbing through marks is a trap; the data table serves instead
// Data marks only: vega also labels sub-chart titles as graphics-symbol (aria-roledescription="title").
const MARK = '[role="graphics-symbol"][aria-label]:not([aria-roledescription="title"])';

function setupTooltips(box: HTMLElement): void {
  const marks = box.querySelectorAll<SVGElement>(MARK);
  if (!marks.length) return;
  const tip = document.createElement('div');
  tip.className = 'figure-tooltip';
  tip.setAttribute('aria-hidden', 'true'); // the mark's own aria-label already names it
  tip.hidden = true;
  box.append(tip);
  if (marks.length <= MAX_FOCUSABLE) marks.forEach((m) => m.setAttribute('tabindex', '0'));

  const show = (mark: Element) => {
    tip.textContent = mark.getAttribute('aria-label');
    tip.hidden = false;
    const b = box.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    // CSSOM writes are allowed by the CSP (unlike style attributes in markup).
    const left = Math.min(Math.max(0, r.left - b.left + r.width / 2 - tip.offsetWidth / 2), b.width - tip.offsetWidth);
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${Math.max(0, r.top - b.top - tip.offsetHeight - 6)}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  const markOf = (e: Event) => (e.target as Element | null)?.closest?.(MARK);
  box.addEventListener('pointerover', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  box.addEventListener('pointerout', (e) => markOf(e) && hide());
  box.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  box.addEventListener('focusout', hide);
  box.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
}

type VegaEmbed = typeof import('vega-embed').default;
let vegaEmbed: Promise<VegaEmbed> | undefined;

/** vega, vega-lite and vega-embed's prebuilt browser files (dist/vendor/), one after another, once per page. */
function loadVegaEmbed(sources: string[]): Promise<VegaEmbed> {
  const load = (src: string) =>
    new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    });
  vegaEmbed ??= sources
    .reduce((chain, src) => chain.then(() => load(src)), Promise.resolve())
    .then(() => (globalThis as unknown as { vegaEmbed: VegaEmbed }).vegaEmbed);
  vegaEmbed.catch(() => (vegaEmbed = undefined)); // a failed load may be retried with the next click
  return vegaEmbed;
}

function setupInteract(fig: HTMLElement): void {
  const button = fig.querySelector<HTMLButtonElement>('.figure-interact');
  const target = fig.querySelector<HTMLElement>('.figure-interactive');
  if (!button || !target || !button.dataset.spec) return;
  button.hidden = false; // only offered when scripts run
  // Its words are the page's, in the page's language (Figure.astro writes them on the button).
  const label = button.textContent ?? '';
  button.addEventListener('click', async () => {
    if (!target.hidden) {
      target.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    button.disabled = true;
    button.textContent = button.dataset.loading ?? '';
    try {
      const [embed, spec] = await Promise.all([
        loadVegaEmbed((button.dataset.vendor ?? '').split(' ').filter(Boolean)),
        fetch(button.dataset.spec as string).then((r) => {
          if (!r.ok) throw new Error(`spec ${r.status}`);
          return r.json();
        }),
      ]);
      target.hidden = false;
      // The site's CSP forbids eval and inline styles: `ast` makes vega-embed interpret expressions (its
      // build includes vega-interpreter), and no injected stylesheet.
      await embed(target, spec, {
        renderer: 'svg',
        ast: true,
        defaultStyle: false,
        tooltip: false,
        actions: { export: true, source: false, compiled: false, editor: false },
      });
      button.setAttribute('aria-expanded', 'true');
      button.textContent = label;
    } catch (err) {
      button.textContent = button.dataset.unavailable ?? '';
      console.error(err);
      return;
    } finally {
      button.disabled = false;
    }
  });
}

// Print the data tables: open them before printing, restore after.
function setupPrint(): void {
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('.figure details.figure-table:not([open])')];
    opened.forEach((d) => (d.open = true));
  });
  addEventListener('afterprint', () => opened.forEach((d) => (d.open = false)));
}

document.querySelectorAll<HTMLElement>('.figure[data-chart]').forEach((fig) => {
  // Every layout's render gets tooltips; CSS shows one of them.
  fig.querySelectorAll<HTMLElement>('.figure-render').forEach(setupTooltips);
  setupInteract(fig);
});
setupPrint();
