// Pure helpers turning validated data into chart rows.
import type { Dataset } from '../lib/dataset.ts';
import type { MetricPoint, MetricSeries } from '../schema/metric.ts';
import type { Citation } from '../schema/primitives.ts';
import type { ChartColumn, ChartRow, RowWords } from './types.ts';
import { formatValue } from '../lib/format.ts';
import { mergeCitations } from '../lib/citations.ts';
import { formatCitations } from '../lib/sheets/citations.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { measureName, namedFigure } from './words.ts';

export function findSeries(dataset: Dataset, id: string): MetricSeries | undefined {
  return dataset.metrics.find((m) => m.id === id);
}

export function sourceTitle(dataset: Dataset, id: string): string {
  return dataset.sources.find((s) => s.id === id)?.title ?? id;
}

/**
 * A row's citation fields from the citations of everything it is made of (a point, a deal, or several of
 * them for a count or a total): each distinct citation once, in first-use order, with its source's title.
 */
export function citationFields(dataset: Dataset, ...lists: readonly (readonly Citation[])[]): Pick<ChartRow, 'citations' | 'sources'> {
  const merged = mergeCitations(...lists);
  return { citations: merged.map((c) => ({ ...c, sourceTitle: sourceTitle(dataset, c.source) })), sources: formatCitations(merged) };
}

export interface SeriesRowOptions {
  /** Reader-facing name of what the series measures; defaults to the series title. */
  measure?: string;
  filter?: (p: MetricPoint) => boolean;
  /** Show a + on positive values (index moves). */
  signed?: boolean;
  /** Added to each row's order so series interleave predictably. */
  orderOffset?: number;
}

/** Every point of a series as rows (missing series → no rows: the chart shows what data exists). */
export function seriesRows(dataset: Dataset, seriesId: string, opts: SeriesRowOptions = {}): ChartRow[] {
  const s = findSeries(dataset, seriesId);
  if (!s) return [];
  const points = opts.filter ? s.points.filter(opts.filter) : s.points;
  return points.map((p, i) => {
    const cite = p.sources[0];
    const key = [seriesId, p.period, p.category, p.by].filter(Boolean).join('|');
    return {
      key,
      series: seriesId,
      measure: opts.measure ?? s.measure ?? s.title,
      period: p.period,
      periodLabel: p.periodLabel,
      category: p.category,
      categoryLabel: p.category,
      by: p.by ?? cite.via,
      value: p.value,
      upper: p.upper,
      unit: s.unit,
      qualifier: p.qualifier,
      label: formatValue(p.value, s.unit, p.qualifier, p.upper, { signed: opts.signed }),
      ...citationFields(dataset, p.sources),
      note: p.note,
      order: (opts.orderOffset ?? 0) + i,
      ...wordsOf(s, p),
    } satisfies ChartRow;
  });
}

/** A point's category and period in each language its series translates them into (none: no field at all). */
function wordsOf(s: MetricSeries, p: MetricPoint): { words?: RowWords } {
  const words: RowWords = {};
  for (const [locale, own] of Object.entries(s.translations ?? {}) as [keyof RowWords, NonNullable<MetricSeries['translations']>[keyof RowWords]][]) {
    const categoryLabel = p.category === undefined ? undefined : own?.categories?.[p.category];
    const periodLabel = own?.periods?.[p.period];
    if (categoryLabel || periodLabel) words[locale] = { ...(categoryLabel ? { categoryLabel } : {}), ...(periodLabel ? { periodLabel } : {}) };
  }
  return Object.keys(words).length ? { words } : {};
}

/** "2024 · ARC", "H1 2025 · Antibodies": the row's label on a band axis. */
export function groupLabel(r: ChartRow, parts: ('period' | 'category' | 'by' | 'measure')[]): string {
  const out: string[] = [];
  for (const p of parts) {
    const v = p === 'period' ? r.periodLabel : p === 'category' ? r.categoryLabel : p === 'by' ? r.by : r.measure;
    if (v) out.push(v);
  }
  return out.join(' · ');
}

/** A row's band label where each row is one category (a stage, a country) or, failing that, one period. */
export const categoryOrPeriod = (r: ChartRow): string => r.categoryLabel ?? r.periodLabel;

/** The mark's aria-label and tooltip: "2024 · ARC — Total deal value: $51.9B" (the row as the language shows it). */
export function tipOf(r: ChartRow, locale: Locale = 'en'): string {
  const where = [r.periodLabel, r.categoryLabel, r.by].filter(Boolean).join(' · ');
  return `${where} — ${namedFigure(measureName(r.measure, locale), r.label, locale)}`;
}

/** The columns most charts use in their table and downloads (English labels: the CSV's; words.ts names them per language). */
export const standardColumns: ChartColumn[] = [
  { key: 'periodLabel', label: 'Period' },
  { key: 'categoryLabel', label: 'Category' },
  { key: 'measure', label: 'Measure' },
  { key: 'label', label: 'Figure as stated' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
  { key: 'qualifier', label: 'Qualifier' },
  { key: 'by', label: 'Attributed to' },
  { key: 'sources', label: 'Sources' },
];

/** Drop columns that are empty in every row (e.g. Category for a by-year series). */
export function usedColumns(columns: ChartColumn[], rows: ChartRow[]): ChartColumn[] {
  return columns.filter((c) => rows.some((r) => r[c.key] !== undefined && r[c.key] !== ''));
}

/** Rows sorted by `order`, then key: a stable order for tables and downloads. */
export function sortRows(rows: ChartRow[]): ChartRow[] {
  return [...rows].sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
