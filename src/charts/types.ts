import type { TopLevelSpec } from 'vega-lite';
import type { Dataset } from '../lib/dataset.ts';
import type { Citation } from '../schema/primitives.ts';
import type { Qualifier, Unit } from '../schema/vocab.ts';
import type { ChartTheme } from './theme.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { ChartText } from './words.ts';

/** A citation of a chart row, with its source's title for the pages' source lines. */
export type RowCitation = Citation & { sourceTitle: string };

/**
 * One figure shown by a chart, in long format: one value, its unit, qualifier and sources.
 * The same rows feed the chart, the data table, the CSV and the JSON download.
 */
export interface ChartRow {
  /** Unique within the chart; stable across builds. */
  key: string;
  /** Metric series id, or "deals" for deal-derived rows. */
  series: string;
  /** What the value measures, as a short reader-facing name ("Total deal value", "Upfront"). */
  measure: string;
  period: string;
  periodLabel: string;
  /** Category within the period (modality, country, deal name...). */
  category?: string;
  categoryLabel?: string;
  /** Who produced the figure (e.g. "ARC", "PharmCube"). */
  by?: string;
  value: number;
  upper?: number;
  unit: Unit;
  qualifier: Qualifier;
  /** The value as readers see it, with its qualifier: "about 28%", "up to $5.6B". */
  label: string;
  /**
   * Every citation behind the figure: all of a point's or a deal's, and for a row made from several deals
   * or points, all of theirs; deduplicated, in first-use order (citationFields).
   */
  citations: RowCitation[];
  /** The citations in one cell, as the spreadsheets write them ("src-a ¶1; src-b ¶7"): the tables' and CSV's column. */
  sources: string;
  note?: string;
  /** Sort position within the chart (lower first). */
  order: number;
  /**
   * Its category and period in the site's other languages, from its series' `translations` (localRow shows
   * them); only the languages and fields it has. Not part of the downloads, which are in English.
   */
  words?: RowWords;
}

/** A row's own words per language other than English. */
export type RowWords = Partial<Record<Exclude<Locale, 'en'>, { categoryLabel?: string; periodLabel?: string }>>;

export interface ChartColumn {
  /** A cell's field; citations are shown through `sources`, their one-cell text; words through localRow. */
  key: Exclude<keyof ChartRow, 'citations' | 'words'> & string;
  label: string;
  unit?: string;
}

export interface ChartDefinition {
  id: string;
  /** The English words (message keys "chart.<id>.…"); text(locale) gives any language's. */
  title: string;
  subtitle: string;
  /** What the chart shows, in a sentence or two, for screen readers (the <desc>). */
  description: string;
  /** Metric series ids the chart reads. */
  series: string[];
  usesDeals: boolean;
  /** Notes shown under the chart (qualifiers, definitions, caveats). */
  notes: string[];
  /** Title, subtitle, description and notes in a language. */
  text(locale: Locale): ChartText;
  rows(dataset: Dataset): ChartRow[];
  columns: ChartColumn[];
  /** A vega-lite spec with the rows inlined, in the theme's language; pure. */
  spec(rows: ChartRow[], theme: ChartTheme): TopLevelSpec;
}
