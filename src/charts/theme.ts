// One house theme for every chart.
//
// Dark mode and print: ink (text, axes, grid) is drawn in `currentColor`, so an inline SVG takes the
// colour of the surrounding text; the page's CSS (prefers-color-scheme, print) decides it, and the same
// SVG bytes serve light, dark and print. Marks use the accent plus Okabe–Ito colours, which read on
// light and dark backgrounds; the first two palette colours differ strongly in lightness so a two-series
// chart survives greyscale printing. Backgrounds are transparent.
import type { Config } from 'vega-lite';
import { FONT_STACK } from '../fonts/faces.ts';
import type { Locale } from '../lib/i18n/locales.ts';

export const DEFAULT_ACCENT = '#0072B2'; // Okabe–Ito blue, L* ≈ 46
/** Okabe–Ito orange (L* ≈ 73), bluish green (≈ 58), reddish purple (≈ 62): after the accent. */
export const PALETTE_REST = ['#E69F00', '#009E73', '#CC79A7'] as const;
export const FONT = FONT_STACK;
export const INK = 'currentColor';

/**
 * Designed layouts: each chart is laid out for a total SVG width (labels included) and drawn at 100% of
 * its figure box, so its text is scaled by box / width. Every layout's text is at least what issue 16 asks
 * of chart text on screen (TEXT_MIN) at its designed size; FIGURE_LAYOUTS (below) says which box widths
 * show which layout, computed from these widths and sizes.
 */
export type Layout = 'wide' | 'medium' | 'compact' | 'narrow';
/** Widest first: the wide render is the default one (print, pictures, embeds' size), narrow the thumbnail. */
export const LAYOUTS = ['wide', 'medium', 'compact', 'narrow'] as const satisfies readonly Layout[];

export interface LayoutSpec {
  /** Total SVG width in px, labels and padding included. */
  width: number;
  /** Axis tick labels. */
  tickFont: number;
  /** Category (band) labels. */
  categoryFont: number;
  /** Value labels drawn beside bars. */
  labelFont: number;
  /** Panel titles (bold). */
  titleFont: number;
  /** Bar thickness of one bar in a band, and of each bar of a dodged group. */
  bar: number;
  dodgeBar: number;
  /** Space between bands. */
  bandGap: number;
  /** Category labels of horizontal bars above their bars (full-width plot) rather than in a left gutter. */
  labelsAbove: boolean;
  /** Widest share of the width the left label gutter may take before labels wrap (gutter layouts only). */
  gutterShare: number;
  /** Most ticks on a value axis (fewer when their measured labels would crowd), and on a column chart's. */
  maxTicks: number;
  columnTicks: number;
  /** Height of the plot of a column chart, and the widest a column may be. */
  columnHeight: number;
  columnMax: number;
}

export const LAYOUT: Record<Layout, LayoutSpec> = {
  wide: { width: 800, tickFont: 13, categoryFont: 14, labelFont: 14, titleFont: 15, bar: 24, dodgeBar: 18, bandGap: 12, labelsAbove: false, gutterShare: 0.34, maxTicks: 5, columnTicks: 5, columnHeight: 260, columnMax: 96 },
  medium: { width: 580, tickFont: 12, categoryFont: 13, labelFont: 13, titleFont: 14, bar: 22, dodgeBar: 17, bandGap: 12, labelsAbove: false, gutterShare: 0.34, maxTicks: 4, columnTicks: 5, columnHeight: 240, columnMax: 80 },
  compact: { width: 440, tickFont: 12, categoryFont: 13, labelFont: 13, titleFont: 14, bar: 20, dodgeBar: 17, bandGap: 12, labelsAbove: true, gutterShare: 0, maxTicks: 4, columnTicks: 4, columnHeight: 220, columnMax: 64 },
  narrow: { width: 340, tickFont: 12, categoryFont: 13, labelFont: 13, titleFont: 13, bar: 18, dodgeBar: 17, bandGap: 12, labelsAbove: true, gutterShare: 0, maxTicks: 3, columnTicks: 4, columnHeight: 200, columnMax: 56 },
};

/**
 * Chart text as drawn on screen, in CSS px (issue 16): axis labels at least 12, direct labels (every other
 * text: categories, values, series names, panel titles) at least 13. On the smallest phones (a 360 px
 * screen, box ≈ 328 px) the narrow render may draw them smaller, never under PHONE_MIN_PX.
 */
export const TEXT_MIN = { axis: 12, direct: 13 } as const;
export const PHONE_MIN_PX = 11;
/** The most a render's text is scaled up (box / designed width): beyond it, the text looks oversized. */
export const MAX_UPSCALE = 1.35;

/** A layout and the figure box widths it is shown in: minBox ≤ box < maxBox (CSS px). */
export interface FigureLayout {
  layout: Layout;
  width: number;
  /** Smallest designed axis-label and direct-label size. */
  axisFont: number;
  directFont: number;
  minBox: number;
  maxBox: number;
}

/**
 * The one list Figure.astro and its container queries (figure-layout-css.ts) are made from, narrowest
 * first. Each layout shows from the narrowest box where its text, scaled down, still meets TEXT_MIN, up to
 * where the next wider layout takes over; the narrowest shows in every box below that.
 */
export const FIGURE_LAYOUTS: readonly FigureLayout[] = (() => {
  const asc = [...LAYOUTS].sort((a, b) => LAYOUT[a].width - LAYOUT[b].width);
  const rows = asc.map((layout) => {
    const L = LAYOUT[layout];
    const axisFont = L.tickFont;
    const directFont = Math.min(L.categoryFont, L.labelFont, L.titleFont);
    const fit = L.width * Math.max(TEXT_MIN.axis / axisFont, TEXT_MIN.direct / directFont);
    return { layout, width: L.width, axisFont, directFont, minBox: Math.ceil(fit), maxBox: Infinity };
  });
  rows[0].minBox = 0;
  for (let i = 0; i + 1 < rows.length; i++) rows[i].maxBox = rows[i + 1].minBox;
  return rows;
})();

/** The layout a figure box of this width shows. */
export function layoutForBox(box: number): FigureLayout {
  return FIGURE_LAYOUTS.find((f) => box >= f.minBox && box < f.maxBox) ?? FIGURE_LAYOUTS[FIGURE_LAYOUTS.length - 1];
}

/** Left and right padding of every chart (inside the designed width). */
export const PAD_X = 1;

/** Context colour beside the accent: a mid grey that reads on light and dark backgrounds (≥ 3:1 on both). */
export const MUTED = '#8C959F';

export interface ChartTheme {
  accent: string;
  /** Categorical colours, accent first. */
  palette: string[];
  /** Context colour where the accent marks the point of a chart. */
  muted: string;
  layout: Layout;
  /** Sizes of the layout. */
  size: LayoutSpec;
  /** Designed total SVG width in px. */
  width: number;
  font: string;
  config: Config;
  /** The language the chart's words and figures are drawn in. */
  locale: Locale;
}

export interface ThemeOptions {
  accent?: string;
  layout?: Layout;
  /** English by default. */
  locale?: Locale;
}

const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** Build the theme; `accent` comes from the site's branding config (a #rgb or #rrggbb colour). */
export function makeTheme(opts: ThemeOptions = {}): ChartTheme {
  const accent = opts.accent ?? DEFAULT_ACCENT;
  if (!HEX.test(accent)) throw new Error(`chart accent must be a hex colour such as "#0072B2", got "${accent}"`);
  const palette = [accent, ...PALETTE_REST];
  const layout = opts.layout ?? 'wide';
  const size = LAYOUT[layout];
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
    labelFontSize: size.tickFont,
    titleFontSize: size.tickFont,
    titleFontWeight: 'normal' as const,
    // Axes are read from the data table by assistive tech; only marks carry aria labels.
    aria: false,
  };
  const config: Config = {
    background: 'transparent',
    font: FONT,
    padding: { left: PAD_X, right: PAD_X, top: 4, bottom: 4 },
    view: { stroke: null },
    axis: axisInk,
    // Labels are laid out by the builders (measured, wrapped, never truncated): no label limit anywhere.
    legend: {
      labelColor: INK,
      titleColor: INK,
      labelFont: FONT,
      titleFont: FONT,
      labelFontSize: size.labelFont,
      titleFontSize: size.labelFont,
      titleFontWeight: 'normal',
      orient: 'top',
      direction: 'horizontal',
      symbolType: 'square',
      aria: false,
      labelLimit: 0,
    },
    header: { labelColor: INK, titleColor: INK, labelFont: FONT, titleFont: FONT, labelFontSize: size.labelFont },
    // Panel titles start at the left edge of the panel, labels included; the builders wrap them to the width.
    title: { color: INK, subtitleColor: INK, font: FONT, anchor: 'start', frame: 'bounds', fontSize: size.titleFont, fontWeight: 'bold', offset: 10, lineHeight: Math.round(size.titleFont * 1.3) },
    range: { category: palette },
    // No corner radius: vega-lite would wrap every bar in a clipped group (bigger, slower SVG).
    bar: { color: accent },
    text: { color: INK, font: FONT, fontSize: size.labelFont },
    concat: { spacing: 28 },
    // Reader-facing numbers come from our formatters (precomputed labels); d3 locale stays default.
  };
  return { accent, palette, muted: MUTED, layout, size, width: size.width, font: FONT, config, locale: opts.locale ?? 'en' };
}
