// Build-time SVG rendering: vega-lite → vega → SVG string (no canvas, no DOM).
import { compile } from 'vega-lite';
import * as vega from 'vega';
import { parse, resetSVGDefIds, View } from 'vega';
import { vegaTextWidth } from './text-width.ts';
import { escapeMarkup as escapeXml } from '../lib/escape.ts';
import type { Dataset } from '../lib/dataset.ts';
import type { ChartDefinition, ChartRow } from './types.ts';
import { makeTheme, type Layout, type ThemeOptions } from './theme.ts';

export interface RenderOptions extends ThemeOptions {}

export interface RenderedChart {
  svg: string;
  rows: ChartRow[];
  layout: Layout;
  /** The designed width (the SVG's width and viewBox width). */
  width: number;
  height: number;
  /** Width vega gave the drawing itself (labels included); the layout makes it the designed width. */
  drawnWidth: number;
}

export { escapeMarkup as escapeXml } from '../lib/escape.ts';

/**
 * Make output independent of render order: vega numbers clip paths and gradients from process-wide
 * counters, so rename every id="…" (and its url(#…) / href references) to chart-scoped ids in order
 * of first appearance.
 */
export function normalizeIds(svg: string, chartId: string): string {
  const map = new Map<string, string>();
  for (const m of svg.matchAll(/\bid="([^"]+)"/g)) if (!map.has(m[1])) map.set(m[1], `${chartId}-${map.size + 1}`);
  if (!map.size) return svg;
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id) => `id="${map.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (all, id) => (map.has(id) ? `url(#${map.get(id)})` : all))
    .replace(/href="#([^"]+)"/g, (all, id) => (map.has(id) ? `href="#${map.get(id)}"` : all));
}

/**
 * Root <svg>: its designed width (`width`, when given; the drawing is laid out to fill it) and a viewBox,
 * so CSS (`width: 100%; height: auto`) draws it across its whole figure box. Labelled by its <title> and
 * <desc>; accent marks get a class for dark mode.
 */
export function decorateSvg(
  svg: string,
  def: Pick<ChartDefinition, 'id' | 'title' | 'subtitle' | 'description'> & { summary?: string },
  accent: string,
  scope: string = def.id,
  width?: number,
): { svg: string; width: number; height: number; drawnWidth: number } {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`vega returned no <svg> for chart "${def.id}"`);
  const drawnWidth = Number(/\bwidth="([\d.]+)"/.exec(open[0])?.[1] ?? 0);
  const w = width ?? drawnWidth;
  const h = Number(/\bheight="([\d.]+)"/.exec(open[0])?.[1] ?? 0);
  const titleId = `chart-${scope}-title`;
  const descId = `chart-${scope}-desc`;
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" data-chart="${escapeXml(def.id)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"` +
    ` preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(def.title)}</title>` +
    `<desc id="${descId}">${escapeXml(def.summary ?? `${def.subtitle}. ${def.description}`)}</desc>`;
  // Marks in the accent colour get a class so CSS can swap in the dark-mode accent (CSS beats presentation attributes).
  const accentRe = new RegExp(`<path((?:(?! class=)[^>])*) fill="${accent}"`, 'gi');
  // Text drawn on an accent bar (white, written #fff by the bar builders) swaps with it.
  const body = svg
    .slice(open[0].length)
    .replace(accentRe, `<path class="accent"$1 fill="${accent}"`)
    .replace(/<text((?:(?! class=)[^>])*) fill="#fff"/g, '<text class="on-accent"$1 fill="#fff"');
  return { svg: root + body, width: w, height: h, drawnWidth };
}

// Better text metrics than vega's canvas-less guess (see text-width.ts); vega calls textMetrics.width.
// vega re-exports vega-scenegraph's textMetrics at runtime; its typings omit it.
(vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;

/** Round geometry to 2 decimals (smaller SVG, no float noise between platforms); text is untouched. */
export function roundGeometry(svg: string): string {
  return svg.replace(/\b(d|transform|x|y|x1|x2|y1|y2|width|height|points)="([^"]*)"/g, (_, k, v: string) =>
    `${k}="${v.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
  );
}

const cache = new WeakMap<Dataset, Map<string, RenderedChart>>();
const timings = new Map<string, number>();

/** Milliseconds spent rendering each chart (first render only; cached renders cost nothing). */
export function getRenderTimings(): ReadonlyMap<string, number> {
  return timings;
}

/**
 * The chart rendered to an SVG string for one layout (wide by default) in one language (English by default),
 * cached per dataset, chart id, accent, layout and language. Deterministic.
 */
export async function renderChart(def: ChartDefinition, dataset: Dataset, options: RenderOptions = {}): Promise<RenderedChart> {
  const theme = makeTheme(options);
  const key = `${def.id}|${theme.accent}|${theme.layout}|${theme.locale}`;
  let perData = cache.get(dataset);
  if (!perData) cache.set(dataset, (perData = new Map()));
  const hit = perData.get(key);
  if (hit) return hit;
  const t0 = performance.now();
  const rows = def.rows(dataset);
  const vg = compile(def.spec(rows, theme)).spec;
  resetSVGDefIds(); // clip/gradient counters are global; ids are renamed per chart below anyway
  const view = new View(parse(vg), { renderer: 'none' });
  const raw = await view.toSVG();
  view.finalize();
  // Every layout of a chart shares its page, so each render but the wide one gets its own id scope.
  const scope = theme.layout === 'wide' ? def.id : `${def.id}-${theme.layout}`;
  const decorated = decorateSvg(roundGeometry(normalizeIds(raw, scope)), { id: def.id, ...def.text(theme.locale) }, theme.accent, scope, theme.width);
  const out: RenderedChart = { ...decorated, rows, layout: theme.layout };
  perData.set(key, out);
  // English renders keep their names (the benchmark reads them); other languages' say theirs.
  const timed = theme.layout === 'wide' ? def.id : `${def.id}|${theme.layout}`;
  timings.set(theme.locale === 'en' ? timed : `${timed}|${theme.locale}`, performance.now() - t0);
  return out;
}

export async function renderChartSvg(def: ChartDefinition, dataset: Dataset, options: RenderOptions = {}): Promise<string> {
  return (await renderChart(def, dataset, options)).svg;
}
