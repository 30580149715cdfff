// Downloads: CSV and JSON of a chart's rows, with units, qualifiers and sources. Pure.
import type { Dataset } from '../lib/dataset.ts';
import type { ChartColumn, ChartDefinition, ChartRow } from './types.ts';
import { UNITS, type Unit } from '../schema/vocab.ts';
import { sortRows } from './shape.ts';
import { chartNotes } from './notes.ts';
import { toCsvText } from '../lib/csv.ts';

/** CSV with a header row of column labels (units in brackets where a column has a fixed unit). */
export function toCsv(rows: ChartRow[], columns: ChartColumn[]): string {
  const header = columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label));
  // Values keep their types: numbers are written as numbers, text is guarded against formulas (lib/csv.ts).
  const body = sortRows(rows).map((r) => columns.map((c) => r[c.key]));
  return toCsvText([header, ...body]);
}

export interface ChartJson {
  id: string;
  title: string;
  subtitle: string;
  description: string;
  notes: string[];
  units: Record<string, string>;
  sources: { id: string; title: string; locators: string[]; url?: string }[];
  rows: Omit<ChartRow, 'order' | 'sourceTitle'>[];
}

/** The chart's data as JSON: rows plus units, sources (id, title, locators) and notes. */
export function toJson(def: ChartDefinition, rows: ChartRow[], dataset?: Pick<Dataset, 'sources'>): ChartJson {
  const sorted = sortRows(rows);
  const units: Record<string, string> = {};
  for (const r of sorted) units[r.unit] = UNITS[r.unit as Unit];
  const sources = new Map<string, ChartJson['sources'][number]>();
  for (const r of sorted) {
    const s = sources.get(r.source) ?? { id: r.source, title: r.sourceTitle, locators: [] as string[] };
    const url = dataset?.sources.find((x) => x.id === r.source)?.url;
    if (url) s.url = url;
    for (const l of r.locator.split('; ')) if (!s.locators.includes(l)) s.locators.push(l);
    sources.set(r.source, s);
  }
  return {
    id: def.id,
    title: def.title,
    subtitle: def.subtitle,
    description: def.description,
    notes: chartNotes(def, sorted),
    units,
    sources: [...sources.values()],
    rows: sorted.map(({ order: _o, sourceTitle: _t, ...rest }) => rest),
  };
}
