// Value-axis ticks chosen from the measured width of their labels: as many as fit without crowding (at most
// the layout's maximum), each label inside the space the chart has. Labels are the same text the axis
// draws (the axis gets them through labelExpr), so what was measured is what is drawn.
import type { Currency, Unit } from '../schema/vocab.ts';
import { CURRENCIES } from '../schema/vocab.ts';
import { textWidth } from './text-width.ts';
import { formatNumberIn } from '../lib/i18n/format-number.ts';
import type { Locale } from '../lib/i18n/locales.ts';

const num = (x: number) => String(Number(x.toPrecision(12)));

/**
 * An axis tick as readers see it: "$0", "$2B", "CN¥20B", "40%", "−2 pp"; in Korean and Chinese, the figure
 * as the language writes it ("20억 달러", "20亿美元", "−2%p").
 */
export function tickText(v: number, unit: Unit, locale: Locale = 'en'): string {
  // Zero needs no unit: "0", not "0 달러" (Korean and Chinese axes write the unit on the other ticks).
  if (locale !== 'en') return v === 0 ? '0' : formatNumberIn(v, unit, locale);
  const a = Math.abs(v);
  const sign = v < 0 ? '\u2212' : '';
  const short = a >= 1e12 ? `${num(a / 1e12)}T` : a >= 1e9 ? `${num(a / 1e9)}B` : a >= 1e6 ? `${num(a / 1e6)}M` : num(a);
  if (unit in CURRENCIES) return `${sign}${CURRENCIES[unit as Currency]}${short}`;
  if (unit === 'percent') return `${sign}${num(a)}%`;
  if (unit === 'percentage-points') return `${sign}${num(a)} pp`;
  return `${sign}${short}`;
}

/** 1, 2 or 5 × 10^k: the smallest such step of at least `raw`. */
export function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw * (1 - 1e-9)) as number;
}

export interface Ticks {
  values: number[];
  labels: string[];
}

export interface TickOptions {
  lo: number;
  hi: number;
  unit: Unit;
  /** Pixel length of the axis. */
  length: number;
  fontSize: number;
  maxTicks: number;
  /** Horizontal axis: labels are as wide as their text; vertical: as tall as a line. */
  orient: 'x' | 'y';
  /** x only: how far past the plot's right end a label may reach (the right gutter). */
  overhang?: number;
  /** The language the labels are written in (English by default). */
  locale?: Locale;
}

/**
 * Nice ticks over [lo, hi] whose labels do not crowd. On an x axis the first and last labels sit flush
 * with the plot's ends (vega's labelFlush) and the others are centred, so each must stay within
 * [0, length + overhang]; labels keep a gap of one em between them.
 */
export function chooseTicks(o: TickOptions): Ticks {
  const span = o.hi - o.lo;
  const pos = (v: number) => ((v - o.lo) / span) * o.length;
  // From the finest nice step that gives at most maxTicks ticks to coarser ones, until two fit.
  for (let step = niceStep(span / (o.maxTicks + 1)); step <= span * 1.0001 || step === niceStep(span); step = niceStep(step * 1.5)) {
    const values: number[] = [];
    for (let v = Math.ceil(o.lo / step - 1e-9) * step; v <= o.hi + step * 1e-9; v += step) values.push(Number(v.toPrecision(12)));
    const labels = values.map((v) => tickText(v, o.unit, o.locale));
    if (values.length < 2 || values.length > o.maxTicks) continue;
    const extent = (v: number, label: string): [number, number] => {
      const p = pos(v);
      const size = o.orient === 'x' ? textWidth(label, o.fontSize) : o.fontSize * 1.2;
      if (o.orient === 'y') return [p - size / 2, p + size / 2];
      // vega's labelFlush aligns labels within 1 px of an end with that end.
      if (p <= 1) return [0, size];
      if (p >= o.length - 1) return [o.length - size, o.length];
      return [p - size / 2, p + size / 2];
    };
    // A label that would leave the chart (a tick just short of the plot's end) is dropped, not the axis.
    const kept = values
      .map((v, i) => ({ v, label: labels[i], e: extent(v, labels[i]) }))
      .filter(({ e }) => o.orient === 'y' || (e[0] >= -0.5 && e[1] <= o.length + (o.overhang ?? 0) + 0.5));
    const apart = kept.every((k, i) => i === 0 || k.e[0] - kept[i - 1].e[1] >= o.fontSize);
    if (kept.length >= 2 && apart) return { values: kept.map((k) => k.v), labels: kept.map((k) => k.label) };
  }
  // Nothing fits (a tiny axis): the two ends only.
  const values = [o.lo, o.hi].filter((v, i, a) => a.indexOf(v) === i).slice(0, o.orient === 'x' && o.length < 80 ? 1 : 2);
  return { values, labels: values.map((v) => tickText(v, o.unit, o.locale)) };
}

/** A vega expression drawing each tick value as its measured label. */
export function tickLabelExpr(t: Ticks): string {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return t.values.map((v, i) => `datum.value === ${v} ? ${q(t.labels[i])} : `).join('') + "''";
}
