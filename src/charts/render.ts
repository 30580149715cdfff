// Build-time SVG rendering: vega-lite → vega → SVG string (no canvas, no DOM).
import { compile } from 'vega-lite';
import * as vega from 'vega';
import { parse, resetSVGDefIds, View } from 'vega';
import { vegaTextWidth } from './text-width.ts';
import { escapeMarkup as escapeXml } from '../lib/escape.ts';
import type { Dataset } from '../lib/dataset.ts';
import type { ChartDefinition, ChartRow } from './types.ts';
import { DEFAULT_WIDTH, makeTheme, type ThemeOptions } from './theme.ts';

export interface RenderOptions extends ThemeOptions {}

export interface RenderedChart {
  svg: string;
  rows: ChartRow[];
  width: number;
  height: number;
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
 * Root <svg>: responsive — natural width/height plus viewBox, and CSS (`max-width: 100%; height: auto`)
 * shrinks it to its column without ever scaling small charts up. Labelled by its <title> and <desc>; accent marks get a class for dark mode. */
export function decorateSvg(
  svg: string,
  def: Pick<ChartDefinition, 'id' | 'title' | 'subtitle' | 'description'>,
  accent: string,
  scope: string = def.id,
): { svg: string; width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`vega returned no <svg> for chart "${def.id}"`);
  const w = Number(/\bwidth="([\d.]+)"/.exec(open[0])?.[1] ?? 0);
  const h = Number(/\bheight="([\d.]+)"/.exec(open[0])?.[1] ?? 0);
  const titleId = `chart-${scope}-title`;
  const descId = `chart-${scope}-desc`;
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" data-chart="${escapeXml(def.id)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"` +
    ` preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(def.title)}</title>` +
    `<desc id="${descId}">${escapeXml(`${def.subtitle}. ${def.description}`)}</desc>`;
  // Marks in the accent colour get a class so CSS can swap in the dark-mode accent (CSS beats presentation attributes).
  const accentRe = new RegExp(`<path((?:(?! class=)[^>])*) fill="${accent}"`, 'gi');
  const body = svg.slice(open[0].length).replace(accentRe, `<path class="accent"$1 fill="${accent}"`);
  return { svg: root + body, width: w, height: h };
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

/** The chart rendered to an SVG string, cached per dataset, chart id and accent. Deterministic. */
export async function renderChart(def: ChartDefinition, dataset: Dataset, options: RenderOptions = {}): Promise<RenderedChart> {
  const theme = makeTheme(options);
  const key = `${def.id}|${theme.accent}|${theme.width}`;
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
  // Other widths of the same chart can share a page (the phone render), so their ids get their own scope.
  const scope = theme.width === DEFAULT_WIDTH ? def.id : `${def.id}-w${theme.width}`;
  const decorated = decorateSvg(roundGeometry(normalizeIds(raw, scope)), def, theme.accent, scope);
  const out: RenderedChart = { ...decorated, rows };
  perData.set(key, out);
  timings.set(def.id, performance.now() - t0);
  return out;
}

export async function renderChartSvg(def: ChartDefinition, dataset: Dataset, options: RenderOptions = {}): Promise<string> {
  return (await renderChart(def, dataset, options)).svg;
}
