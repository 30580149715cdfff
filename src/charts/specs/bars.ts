// Bar-chart builders shared by the chart definitions. Pure: rows + theme in, vega-lite out.
// Every bar carries its reader-facing label (with qualifier) as text beside it, and an aria
// description the tooltip script shows; the value axis leaves room for the labels.
import type { TopLevelSpec } from 'vega-lite';
import type { Unit } from '../../schema/vocab.ts';
import type { ChartDefinition, ChartRow } from '../types.ts';
import type { ChartTheme } from '../theme.ts';
import { axisLabelExpr } from '../theme.ts';
import { tipOf } from '../shape.ts';
import { textWidth } from '../text-width.ts';

type Spec = Record<string, unknown>;

export interface BarOptions {
  /** Band label of a row (y for horizontal bars, x for columns). */
  group: (r: ChartRow) => string;
  /** Colour (legend) key of a row; bars of one group then sit side by side. */
  color?: (r: ChartRow) => string;
  /** Fixed order of colour keys (legend order and colours). */
  colorDomain?: string[];
  /** Put bars of different colours side by side within a band (default when colour is set). */
  dodge?: boolean;
  /** Show the colour legend (off when the bar labels already name the colour key). */
  legend?: boolean;
  /** Text drawn beside the bar; defaults to the row's label. */
  text?: (r: ChartRow) => string;
  unit: Unit;
  axisTitle?: string;
  /** Panel title (inside a concat). */
  title?: string;
  width?: number;
}

const labelPx = (text: string) => textWidth(text, 12) + 10;

function datum(r: ChartRow, o: BarOptions) {
  return {
    key: r.key,
    group: o.group(r),
    color: o.color ? o.color(r) : '',
    value: r.value,
    text: o.text ? o.text(r) : r.label,
    tip: tipOf(r),
    order: r.order,
  };
}

/**
 * Value-axis domain [lo, hi] with headroom so every label fits beside its own bar: a positive bar's
 * label to its right, a negative bar's to its left. Solved by a few fixed-point steps (both ends move).
 */
export function labelDomain(data: { value: number; text: string }[], plotPx: number): [number, number] {
  const share = (d: { text: string }) => Math.min(0.7, labelPx(d.text) / plotPx);
  let lo = Math.min(0, ...data.map((d) => d.value));
  let hi = Math.max(0, ...data.map((d) => d.value));
  if (lo === hi) hi = 1;
  for (let i = 0; i < 6; i++) {
    for (const d of data) {
      if (d.value >= 0) hi = Math.max(hi, lo + (d.value - lo) / (1 - share(d)));
      else lo = Math.min(lo, hi - (hi - d.value) / (1 - share(d)));
    }
  }
  return [lo, hi];
}

function colorEncoding(o: BarOptions, data: ReturnType<typeof datum>[], theme: ChartTheme) {
  if (!o.color) return { value: theme.accent };
  const domain = o.colorDomain ?? [...new Set(data.map((d) => d.color))];
  return {
    field: 'color',
    type: 'nominal',
    title: null,
    scale: { domain, range: theme.palette.slice(0, domain.length) },
    legend: domain.length > 1 && o.legend !== false ? {} : null,
  };
}

/** Horizontal bars, one band per group, labels to the right (left for negatives). */
export function hbar(rows: ChartRow[], theme: ChartTheme, o: BarOptions): Spec {
  const width = o.width ?? theme.width;
  const data = rows.map((r) => datum(r, o));
  const y = { field: 'group', type: 'nominal', title: null, sort: { field: 'order', op: 'min' } };
  const x = {
    field: 'value',
    type: 'quantitative',
    title: o.axisTitle ?? null,
    scale: { domain: labelDomain(data, width), nice: false, zero: true },
    axis: { labelExpr: axisLabelExpr(o.unit), tickCount: 4, grid: true },
  };
  const dodge = !!o.color && o.dodge !== false;
  const yOffset = dodge ? { yOffset: { field: 'color', sort: o.colorDomain ?? null } } : {};
  return {
    ...(o.title ? { title: o.title } : {}),
    width,
    height: { step: dodge ? theme.step * 0.8 : theme.step },
    data: { values: data },
    encoding: { y, ...yOffset },
    layer: [
      {
        mark: { type: 'bar', aria: true },
        encoding: { x, color: colorEncoding(o, data, theme), description: { field: 'tip' } },
      },
      {
        mark: {
          type: 'text',
          aria: false,
          align: { expr: "datum.value < 0 ? 'right' : 'left'" },
          dx: { expr: 'datum.value < 0 ? -4 : 4' },
          baseline: 'middle',
        },
        encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };
}

/** Vertical columns (a time series by year), labels on top. */
export function columns(rows: ChartRow[], theme: ChartTheme, o: BarOptions): Spec {
  const data = rows.map((r) => datum(r, o));
  const height = 220;
  const max = Math.max(...data.map((d) => d.value));
  return {
    ...(o.title ? { title: o.title } : {}),
    width: Math.max(theme.width, data.length * Math.max(64, ...data.map((d) => labelPx(d.text)))),
    height,
    data: { values: data },
    encoding: {
      x: { field: 'group', type: 'nominal', title: null, sort: { field: 'order', op: 'min' }, axis: { labelAngle: 0 } },
    },
    layer: [
      {
        mark: { type: 'bar', aria: true },
        encoding: {
          y: {
            field: 'value',
            type: 'quantitative',
            title: o.axisTitle ?? null,
            scale: { domain: [0, max * 1.15], nice: false },
            axis: { labelExpr: axisLabelExpr(o.unit), tickCount: 4 },
          },
          color: colorEncoding(o, data, theme),
          description: { field: 'tip' },
        },
      },
      {
        mark: { type: 'text', aria: false, baseline: 'bottom', dy: -4 },
        encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };
}

/**
 * One panel of horizontal bars per measure, stacked; each panel keeps its own axis and unit (count, CNY,
 * USD: never one shared axis). A measure without rows gets no panel; undefined when none has rows.
 */
export function panels(rows: ChartRow[], theme: ChartTheme, list: ({ measure: string } & Omit<BarOptions, 'unit'>)[]): Spec | undefined {
  const drawn = list.flatMap(({ measure, ...o }) => {
    const rs = rows.filter((r) => r.measure === measure);
    return rs.length ? [hbar(rs, theme, { unit: rs[0].unit, ...o })] : [];
  });
  return drawn.length ? { vconcat: drawn, spacing: 24 } : undefined;
}

/** Wrap a body (unit, layer or concat) as a top-level spec with the house config. */
export function topLevel(def: Pick<ChartDefinition, 'description'>, theme: ChartTheme, body: Spec): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: def.description,
    config: theme.config,
    autosize: { type: 'pad' },
    ...body,
  } as TopLevelSpec;
}

/** A spec with no data to show: a short message instead of an empty axis. */
export function emptySpec(def: Pick<ChartDefinition, 'description'>, theme: ChartTheme): TopLevelSpec {
  return topLevel(def, theme, {
    width: theme.width,
    height: 40,
    data: { values: [{ text: 'No sourced figures yet.' }] },
    mark: { type: 'text', align: 'left', aria: false },
    encoding: { text: { field: 'text' }, x: { value: 0 }, y: { value: 20 } },
  });
}
