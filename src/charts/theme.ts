// One house theme for every chart.
//
// Dark mode and print: ink (text, axes, grid) is drawn in `currentColor`, so an inline SVG takes the
// colour of the surrounding text; the page's CSS (prefers-color-scheme, print) decides it, and the same
// SVG bytes serve light, dark and print. Marks use the accent plus Okabe–Ito colours, which read on
// light and dark backgrounds; the first two palette colours differ strongly in lightness so a two-series
// chart survives greyscale printing. Backgrounds are transparent.
import type { Config } from 'vega-lite';
import type { Currency, Unit } from '../schema/vocab.ts';
import { CURRENCIES } from '../schema/vocab.ts';
import { FONT_STACK } from '../fonts/faces.ts';

export const DEFAULT_ACCENT = '#0072B2'; // Okabe–Ito blue, L* ≈ 46
/** Okabe–Ito orange (L* ≈ 73), bluish green (≈ 58), reddish purple (≈ 62): after the accent. */
export const PALETTE_REST = ['#E69F00', '#009E73', '#CC79A7'] as const;
export const FONT = FONT_STACK;
export const INK = 'currentColor';

/** Plot width of the standard render; NARROW_WIDTH is the phone render (shown below 40rem). */
export const DEFAULT_WIDTH = 380;
export const NARROW_WIDTH = 170;

export interface ChartTheme {
  accent: string;
  /** Categorical colours, accent first. */
  palette: string[];
  /** Plot width in px (labels and legends add to it). */
  width: number;
  /** Height of one bar band in px. */
  step: number;
  font: string;
  config: Config;
}

export interface ThemeOptions {
  accent?: string;
  width?: number;
}

const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** Build the theme; `accent` comes from the site's branding config (a #rgb or #rrggbb colour). */
export function makeTheme(opts: ThemeOptions = {}): ChartTheme {
  const accent = opts.accent ?? DEFAULT_ACCENT;
  if (!HEX.test(accent)) throw new Error(`chart accent must be a hex colour such as "#0072B2", got "${accent}"`);
  const palette = [accent, ...PALETTE_REST];
  const width = opts.width ?? DEFAULT_WIDTH;
  const axisInk = {
    labelColor: INK,
    titleColor: INK,
    domainColor: INK,
    domainOpacity: 0.5,
    tickColor: INK,
    tickOpacity: 0.5,
    gridColor: INK,
    gridOpacity: 0.15,
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal' as const,
    // Axes are read from the data table by assistive tech; only marks carry aria labels.
    aria: false,
  };
  const config: Config = {
    background: 'transparent',
    font: FONT,
    padding: { left: 4, right: 8, top: 4, bottom: 4 },
    view: { stroke: null },
    axis: axisInk,
    axisBand: { ticks: false, domain: false, grid: false, labelPadding: 6, labelLimit: 300 },
    legend: {
      labelColor: INK,
      titleColor: INK,
      labelFont: FONT,
      titleFont: FONT,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 'normal',
      orient: 'top',
      direction: 'horizontal',
      symbolType: 'square',
      aria: false,
      labelLimit: 260,
    },
    header: { labelColor: INK, titleColor: INK, labelFont: FONT, titleFont: FONT, labelFontSize: 12 },
    // Panel titles start at the plot's left edge, not at the axis labels.
    title: { color: INK, subtitleColor: INK, font: FONT, anchor: 'start', frame: 'group', fontSize: 13, fontWeight: 'bold', offset: 8 },
    range: { category: palette },
    // No corner radius: vega-lite would wrap every bar in a clipped group (bigger, slower SVG).
    bar: { color: accent },
    text: { color: INK, font: FONT, fontSize: 12 },
    concat: { spacing: 28 },
    // Reader-facing numbers come from our formatters (precomputed labels); d3 locale stays default.
  };
  return { accent, palette, width, step: 26, font: FONT, config };
}

/** A vega expression formatting `datum.value` on an axis: "$5B", "₩2.5T", "40%", "−3 pp". */
export function axisLabelExpr(unit: Unit): string {
  const v = 'datum.value';
  const short =
    `(abs(${v}) >= 1e12 ? format(abs(${v}) / 1e12, '~r') + 'T' : abs(${v}) >= 1e9 ? format(abs(${v}) / 1e9, '~r') + 'B'` +
    ` : abs(${v}) >= 1e6 ? format(abs(${v}) / 1e6, '~r') + 'M' : format(abs(${v}), '~r'))`;
  const sign = `(${v} < 0 ? '\u2212' : '')`;
  if (unit in CURRENCIES) return `${sign} + '${CURRENCIES[unit as Currency].replace(/'/g, "\\'")}' + ${short}`;
  if (unit === 'percent') return `${sign} + format(abs(${v}), '~r') + '%'`;
  if (unit === 'percentage-points') return `${sign} + format(abs(${v}), '~r') + ' pp'`;
  return `${sign} + ${short}`;
}
