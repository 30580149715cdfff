// Bar-chart builders shared by the chart definitions. Pure: rows + theme in, vega-lite out.
//
// Every chart is laid out here for its designed width (theme.width, labels included), from the measured
// width of its text (src/fonts/metrics.ts): the label gutters are as wide as the labels that need them and
// the plot takes the rest, so the SVG is exactly the designed width. Scales are honest: bars start at zero,
// shares end at 100%, and no axis is stretched to make room for a label; labels get room outside the plot.
// Horizontal bars are positioned in pixels (y scale off), so a band can hold wrapped labels of any height:
// WIDE and MEDIUM put the category labels in a left gutter, COMPACT and NARROW above their bars
// (`labelsAbove`); value labels follow the bar.
import type { TopLevelSpec } from 'vega-lite';
import type { Unit } from '../../schema/vocab.ts';
import type { ChartRow } from '../types.ts';
import { translator } from '../../lib/i18n/messages.ts';
import { measureName, namedFigure } from '../words.ts';
import { INK, PAD_X, type ChartTheme } from '../theme.ts';
import { tipOf } from '../shape.ts';
import { chooseTicks, tickLabelExpr } from '../ticks.ts';
import { linesWidth, valueLines, wrapText } from '../wrap.ts';
import { textWidth } from '../text-width.ts';

type Spec = Record<string, unknown>;

/** One bar. `thin` bars are drawn over the slot's first bar, narrower (an upfront inside its headline). */
export interface BarMark {
  key: string;
  value: number;
  fill: string;
  tip: string;
  thin?: boolean;
}
/** One row of bars in a band, with one value label after its longest bar. */
export interface BarSlot {
  bars: BarMark[];
  text: string;
}
export interface BarBand {
  label: string;
  slots: BarSlot[];
}
export interface BarPanel {
  bands: BarBand[];
  unit: Unit;
  /** A share of a whole: the axis runs to 100%. */
  share?: boolean;
  title?: string;
}

export interface BarOptions {
  /** Band label of a row (category for horizontal bars, x for columns). */
  group: (r: ChartRow) => string;
  /** Colour key of a row; bars of one band then sit side by side (dodge) or each band has its own. */
  color?: (r: ChartRow) => string;
  /** Fixed order of colour keys (the order of dodged bars and of the palette). */
  colorDomain?: string[];
  /** Put bars of different colours side by side within a band (default when colour is set). */
  dodge?: boolean;
  /**
   * The colour key that is the point of the chart: drawn in the accent, every other key in the muted
   * colour. Without it colour keys take the categorical palette (accent first).
   */
  emphasis?: string;
  /** Text drawn after the bar; defaults to the row's label (dodged series name theirs in the first band). */
  text?: (r: ChartRow) => string;
  unit: Unit;
  /** Percent of a whole (shares): the axis runs 0–100%. */
  share?: boolean;
  /** Panel title (inside a concat); wrapped to the width. */
  title?: string;
}

const LABEL_GAP = 8; // between a category label and its plot
const VALUE_DX = 4; // between a bar's end and its value label
const SLOT_GAP = 3; // between dodged bars
const INSIDE_PAD = 6; // between a label inside a bar and the bar's end
const lineHeight = (px: number) => Math.round(px * 1.25);
/** White on a dark bar. Written as #fff only here: render.ts gives such text a class, so dark mode can swap it with the accent. */
export const ON_ACCENT = '#fff';
const ON_LIGHT = '#1b1f24';
/** Top of a block of `n` lines centred on `cy` (vega draws extra lines below the first; baseline 'top'). */
const blockTop = (cy: number, n: number, font: number) => cy - ((n - 1) * lineHeight(font) + font) / 2;

/** Rows → bands of bars, in row order; colours and value labels as the options say. */
export function barPanel(rows: ChartRow[], theme: ChartTheme, o: BarOptions): BarPanel {
  const groups = [...new Set([...rows].sort((a, b) => a.order - b.order).map(o.group))];
  const keys = o.colorDomain ?? [...new Set(rows.map((r) => (o.color ? o.color(r) : '')))];
  const fill = (r: ChartRow) => {
    if (!o.color) return theme.accent;
    const k = o.color(r);
    if (o.emphasis !== undefined) return k === o.emphasis ? theme.accent : theme.muted;
    return theme.palette[Math.max(0, keys.indexOf(k)) % theme.palette.length];
  };
  const dodge = !!o.color && o.dodge !== false;
  const bands = groups.map((g, bandIndex) => {
    const rs = rows.filter((r) => o.group(r) === g);
    const ordered = dodge ? [...rs].sort((a, b) => keys.indexOf(o.color!(a)) - keys.indexOf(o.color!(b))) : rs.sort((a, b) => a.order - b.order);
    const slots = ordered.map((r) => {
      // Dodged series are named once, after the first band's bars, instead of in a legend.
      const named = dodge && !o.text && bandIndex === 0 && keys.length > 1 ? namedFigure(measureName(o.color!(r), theme.locale), r.label, theme.locale) : undefined;
      return { bars: [{ key: r.key, value: r.value, fill: fill(r), tip: tipOf(r, theme.locale) }], text: named ?? (o.text ? o.text(r) : r.label) };
    });
    return { label: g, slots };
  });
  return { bands, unit: rows[0].unit, share: o.share, title: o.title };
}

/** Horizontal bars, one band per group, value labels after the bars. */
export function hbar(rows: ChartRow[], theme: ChartTheme, o: BarOptions): Spec {
  return layoutPanels([barPanel(rows, theme, o)], theme);
}

/**
 * One panel of horizontal bars per measure, stacked; each panel keeps its own axis and unit (count, CNY,
 * USD: never one shared axis). A measure without rows gets no panel; undefined when none has rows.
 */
export function panels(rows: ChartRow[], theme: ChartTheme, list: ({ measure: string } & Omit<BarOptions, 'unit'>)[]): Spec | undefined {
  const drawn = list.flatMap(({ measure, ...o }) => {
    const rs = rows.filter((r) => r.measure === measure);
    return rs.length ? [barPanel(rs, theme, { unit: rs[0].unit, ...o })] : [];
  });
  return drawn.length ? layoutPanels(drawn, theme) : undefined;
}

/** Lay out panels for the theme's width: one spec, or a vconcat sharing one left gutter (plots aligned). */
export function layoutPanels(list: BarPanel[], theme: ChartTheme): Spec {
  const avail = theme.width - 2 * PAD_X;
  const S = theme.size;
  let gutter = 0;
  if (!S.labelsAbove) {
    const wrapAt = Math.floor(avail * S.gutterShare);
    const widest = Math.max(0, ...list.flatMap((p) => p.bands.map((b) => linesWidth(wrapText(b.label, wrapAt, S.categoryFont), S.categoryFont))));
    gutter = Math.ceil(widest) + LABEL_GAP;
  }
  const specs = list.map((p) => panelSpec(p, theme, gutter, list.length > 1));
  return specs.length === 1 ? specs[0] : { vconcat: specs, spacing: 28 };
}

/** The right gutter: just wide enough for the value label that would reach furthest past the plot. */
export function rightGutter(labels: { at: number; width: number }[], room: number): number {
  // A label anchored at fraction f of the plot (plot = room − g) must end by room: f·(room − g) + w ≤ room.
  let g = 0;
  for (const { at, width } of labels) if (at > 0) g = Math.max(g, room - (room - width) / at);
  return Math.min(Math.max(0, g), room * 0.6);
}

interface LabelPlan {
  lines: string[];
  width: number;
  /** Fraction of the plot where the label starts (its slot's longest bar, or the zero line). */
  at: number;
  /** Fraction where the slot's first bar ends and where its thin bars end (for labels inside). */
  barEnd: number;
  thinEnd: number;
  inside: boolean;
}

/**
 * Where value labels go and how wide the right gutter is. A label that would push the gutter out goes
 * inside its bar instead when it fits there (one line, clear of any thinner bar drawn over it); the others
 * follow their bar and the gutter is sized to the one reaching furthest. Moving a label inside only
 * shrinks the gutter, which only lengthens bars, so a few rounds settle it.
 */
export function placeLabels(plans: LabelPlan[], room: number, fits: boolean): number {
  let g = 0;
  for (let round = 0; round < 8; round++) {
    g = rightGutter(plans.filter((p) => !p.inside).map((p) => ({ at: p.at, width: VALUE_DX + p.width })), room);
    const plot = room - g;
    const moved = plans.filter(
      (p) =>
        fits &&
        !p.inside &&
        p.lines.length === 1 &&
        p.at * plot + VALUE_DX + p.width > plot + 0.5 &&
        p.width + 2 * INSIDE_PAD <= (p.barEnd - p.thinEnd) * plot,
    );
    if (!moved.length) break;
    moved.forEach((p) => (p.inside = true));
  }
  return g;
}

/** Text drawn on a bar: white or ink, whichever contrasts more with the fill. */
export function inkOn(fill: string): string {
  const hex = fill.length === 4 ? fill.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : fill.slice(1);
  const lin = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(0) + 0.7152 * lin(2) + 0.0722 * lin(4);
  const dark = 0.0137; // relative luminance of ON_LIGHT
  return (1.05 / (L + 0.05) >= (L + 0.05) / (dark + 0.05)) ? ON_ACCENT : ON_LIGHT;
}

function panelSpec(p: BarPanel, theme: ChartTheme, gutter: number, stacked: boolean): Spec {
  const S = theme.size;
  const above = S.labelsAbove;
  const room = theme.width - 2 * PAD_X - gutter; // plot + right gutter
  const values = p.bands.flatMap((b) => b.slots.flatMap((s) => s.bars.map((m) => m.value)));
  const lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values, p.share ? 100 : 0);
  if (lo === hi) hi = lo + 1;
  const span = hi - lo;
  const catLh = lineHeight(S.categoryFont);
  const valLh = lineHeight(S.labelFont);

  // Value labels: whole, or split at " · " where one would take half the width.
  const frac = (v: number) => (v - lo) / span;
  const plans: LabelPlan[][] = p.bands.map((b) =>
    b.slots.map((s) => {
      const lines = valueLines(s.text, room * 0.5, S.labelFont);
      const [first, ...thin] = s.bars;
      return {
        lines,
        width: linesWidth(lines, S.labelFont),
        // A label follows its slot's longest bar, or the zero line for bars left of it.
        at: frac(Math.max(0, ...s.bars.map((m) => m.value))),
        barEnd: first.thin || first.value <= 0 ? 0 : frac(first.value),
        thinEnd: Math.max(frac(0), ...thin.map((m) => frac(Math.max(0, m.value)))),
        inside: false,
      };
    }),
  );
  const slotText = plans.map((b) => b.map((pl) => pl.lines));
  const anyThick = (b: BarBand) => (b.slots.length > 1 ? S.dodgeBar : S.bar);
  const g = placeLabels(plans.flat(), room, p.bands.every((b) => anyThick(b) >= S.labelFont + 4));
  const plot = room - g;
  const ticks = chooseTicks({ lo, hi, unit: p.unit, length: plot, fontSize: S.tickFont, maxTicks: S.maxTicks, orient: 'x', locale: theme.locale, overhang: g });

  // Vertical layout in pixels, band by band.
  const bars: Record<string, unknown>[] = [];
  const valueLabels: Record<string, unknown>[] = [];
  const catLabels: Record<string, unknown>[] = [];
  let y = 0;
  p.bands.forEach((b, i) => {
    const lines = wrapText(b.label, above ? room : gutter - LABEL_GAP, S.categoryFont);
    const thick = b.slots.length > 1 ? S.dodgeBar : S.bar;
    const heights = b.slots.map((_, j) => Math.max(thick, slotText[i][j].length * valLh));
    const slotsH = heights.reduce((a, h) => a + h, 0) + SLOT_GAP * (heights.length - 1);
    const labelH = lines.length * catLh;
    const bandH = above ? labelH + 3 + slotsH : Math.max(labelH, slotsH);
    catLabels.push({ lines, y: above ? y : y + (bandH - labelH) / 2 });
    let top = above ? y + labelH + 3 : y + (bandH - slotsH) / 2;
    b.slots.forEach((s, j) => {
      const cy = top + heights[j] / 2;
      for (const m of s.bars) {
        const half = (m.thin ? thick * 0.4 : thick) / 2;
        bars.push({ key: m.key, value: m.value, zero: 0, y: cy - half, y2: cy + half, fill: m.fill, tip: m.tip });
      }
      const pl = plans[i][j];
      const fillOf = s.bars[0].fill;
      valueLabels.push(
        pl.inside
          ? { lines: pl.lines, at: lo + pl.barEnd * span, y: blockTop(cy, 1, S.labelFont), inside: true, ink: inkOn(fillOf) }
          : { lines: pl.lines, at: lo + pl.at * span, y: blockTop(cy, pl.lines.length, S.labelFont), inside: false, ink: INK },
      );
      top += heights[j] + SLOT_GAP;
    });
    y += bandH + S.bandGap;
  });
  const height = Math.max(1, y - S.bandGap);

  const px = (field: string) => ({ field, type: 'quantitative', scale: null, axis: null });
  const x = {
    field: 'value',
    type: 'quantitative',
    title: null,
    scale: { domain: [lo, hi], nice: false, zero: false },
    axis: { values: ticks.values, labelExpr: tickLabelExpr(ticks), labelFlush: true, grid: true, ticks: false, domain: false, labelPadding: 6 },
  };
  return {
    ...(p.title ? { title: { text: wrapText(p.title, theme.width - 2 * PAD_X, S.titleFont, 600) } } : {}),
    width: plot,
    height,
    layer: [
      // Stacked panels: an invisible rule across the gutter gives each panel the same left edge, so their
      // titles line up (vega places a title at its panel's left edge, labels included).
      ...(stacked && gutter > 0
        ? [{ data: { values: [{}] }, mark: { type: 'rule', aria: false, strokeOpacity: 0 }, encoding: { x: { value: -gutter }, x2: { value: 0 }, y: { value: 0 } } }]
        : []),
      {
        data: { values: bars },
        mark: { type: 'bar', aria: true },
        encoding: {
          x,
          x2: { field: 'zero' },
          y: px('y'),
          y2: { field: 'y2' },
          color: { field: 'fill', type: 'nominal', scale: null, legend: null },
          description: { field: 'tip' },
        },
      },
      {
        data: { values: catLabels },
        mark: { type: 'text', aria: false, align: above ? 'left' : 'right', baseline: 'top', fontSize: S.categoryFont, lineHeight: catLh },
        encoding: { x: { value: above ? 0 : -LABEL_GAP }, y: px('y'), text: { field: 'lines' } },
      },
      {
        data: { values: valueLabels },
        mark: {
          type: 'text',
          aria: false,
          align: { expr: "datum.inside ? 'right' : 'left'" },
          dx: { expr: `datum.inside ? ${-INSIDE_PAD} : ${VALUE_DX}` },
          baseline: 'top',
          fontSize: S.labelFont,
          lineHeight: valLh,
        },
        encoding: { x: { field: 'at', type: 'quantitative' }, y: px('y'), text: { field: 'lines' }, color: { field: 'ink', type: 'nominal', scale: null, legend: null } },
      },
    ],
  };
}

/** Vertical columns (a time series by year), value labels on top, category labels under them. */
export function columns(rows: ChartRow[], theme: ChartTheme, o: BarOptions): Spec {
  const S = theme.size;
  const sorted = [...rows].sort((a, b) => a.order - b.order);
  const data = sorted.map((r) => ({ key: r.key, group: o.group(r), value: r.value, tip: tipOf(r, theme.locale), text: o.text ? o.text(r) : r.label }));
  const hi = Math.max(0, ...data.map((d) => d.value), o.share ? 100 : 0) || 1;
  const height = S.columnHeight;
  const ticks = chooseTicks({ lo: 0, hi, unit: o.unit, length: height, fontSize: S.tickFont, maxTicks: S.columnTicks, orient: 'y', locale: theme.locale });
  const gutter = Math.ceil(Math.max(...ticks.labels.map((l) => textWidth(l, S.tickFont)))) + LABEL_GAP;
  const plot = theme.width - 2 * PAD_X - gutter;
  const step = plot / Math.max(1, data.length);
  const labelled = data.map((d) => {
    const lines = wrapText(d.text, step - 4, S.labelFont);
    // Above the column, the block's last line 4 px over its top (vega draws extra lines below the first).
    const top = height * (1 - d.value / hi) - 4 - ((lines.length - 1) * lineHeight(S.labelFont) + S.labelFont);
    return { ...d, lines, top, groupLines: wrapText(d.group, step - 4, S.categoryFont) };
  });
  const barWidth = Math.min(step * 0.7, S.columnMax);
  const band = { field: 'group', type: 'nominal', title: null, sort: null, scale: { paddingInner: 0.3, paddingOuter: 0.15 }, axis: null };
  // (the step is plot / n because paddingOuter is half of paddingInner)
  return {
    ...(o.title ? { title: { text: wrapText(o.title, theme.width - 2 * PAD_X, S.titleFont, 600) } } : {}),
    width: plot,
    height,
    data: { values: labelled },
    encoding: { x: band },
    layer: [
      {
        mark: { type: 'bar', aria: true, width: barWidth },
        encoding: {
          y: {
            field: 'value',
            type: 'quantitative',
            title: null,
            scale: { domain: [0, hi], nice: false },
            axis: { values: ticks.values, labelExpr: tickLabelExpr(ticks), grid: true, ticks: false, domain: false, labelPadding: LABEL_GAP },
          },
          color: { value: theme.accent },
          description: { field: 'tip' },
        },
      },
      {
        mark: { type: 'text', aria: false, baseline: 'top', fontSize: S.labelFont, lineHeight: lineHeight(S.labelFont) },
        encoding: { y: { field: 'top', type: 'quantitative', scale: null }, text: { field: 'lines' } },
      },
      {
        mark: { type: 'text', aria: false, baseline: 'top', dy: 6, fontSize: S.categoryFont, lineHeight: lineHeight(S.categoryFont) },
        encoding: { y: { value: height }, text: { field: 'groupLines' } },
      },
    ],
  };
}

/** Wrap a body (unit, layer or concat) as a top-level spec with the house config. */
export function topLevel(def: { description: string }, theme: ChartTheme, body: Spec): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: def.description,
    config: theme.config,
    autosize: { type: 'pad' },
    ...body,
  } as TopLevelSpec;
}

/** A spec with no data to show: a short message instead of an empty axis, at the designed width. */
export function emptySpec(def: { description: string }, theme: ChartTheme): TopLevelSpec {
  return topLevel(def, theme, {
    width: theme.width - 2 * PAD_X,
    height: 40,
    data: { values: [{ text: translator(theme.locale)('chart.empty') }] },
    mark: { type: 'text', align: 'left', aria: false, color: INK, fontSize: theme.size.labelFont },
    encoding: { text: { field: 'text' }, x: { value: 0 }, y: { value: 20 } },
  });
}
