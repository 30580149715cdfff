// Downloads: CSV and JSON of a chart's rows, with units, qualifiers and sources. Pure.
import type { Dataset } from '../lib/dataset.ts';
import type { Citation } from '../schema/primitives.ts';
import type { ChartColumn, ChartDefinition, ChartRow } from './types.ts';
import { UNITS, type Unit } from '../schema/vocab.ts';
import { sortRows } from './shape.ts';
import { chartNotes, sourcesOf } from './notes.ts';
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
  /** The rows, their citations without the titles (those are in `sources`). */
  rows: (Omit<ChartRow, 'order' | 'citations' | 'words'> & { citations: Citation[] })[];
}

/** The chart's data as JSON: rows plus units, sources (id, title, locators) and notes. */
export function toJson(def: ChartDefinition, rows: ChartRow[], dataset?: Pick<Dataset, 'sources'>): ChartJson {
  const sorted = sortRows(rows);
  const units: Record<string, string> = {};
  for (const r of sorted) units[r.unit] = UNITS[r.unit as Unit];
  const sources = sourcesOf(sorted).map((s) => {
    const url = dataset?.sources.find((x) => x.id === s.id)?.url;
    return url ? { ...s, url } : s;
  });
  return {
    id: def.id,
    title: def.title,
    subtitle: def.subtitle,
    description: def.description,
    notes: chartNotes(def, sorted),
    units,
    sources,
    // The download is English: a row's words in other languages stay out.
    rows: sorted.map(({ order: _o, words: _w, citations, ...rest }) => ({ ...rest, citations: citations.map(({ sourceTitle: _t, ...c }) => c) })),
  };
}
