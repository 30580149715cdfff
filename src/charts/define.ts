// The common shape of a chart definition, so that each definition states only what differs: the series it reads (each with the measure its rows carry) and how to draw its rows. Rows, columns, the
// top-level spec and the no-data message are made here once. Its words are messages ("chart.<id>.title", …,
// src/charts/words.ts); its draw gets rows as the theme's language shows them.
import type { Dataset } from '../lib/dataset.ts';
import type { ChartColumn, ChartDefinition, ChartRow } from './types.ts';
import type { ChartTheme } from './theme.ts';
import { seriesRows, standardColumns, type SeriesRowOptions } from './shape.ts';
import { emptySpec, topLevel } from './specs/bars.ts';
import { chartText, localRow } from './words.ts';

/** A vega-lite body: a unit, layer or concat spec, without data source, config or schema. */
export type ChartBody = Record<string, unknown>;

export interface ChartOptions {
  id: string;
  /**
   * Metric series the chart reads, in order, each with its measure ("Share of deals") or row options. By
   * default the rows are every point of each series, one series after the other (order 0, 100, 200, …).
   */
  series?: Record<string, string | SeriesRowOptions>;
  /**
   * Rows made otherwise: from each series' rows (in the order of `series`) or from the deals. A row made from
   * several deals or points (a count, a total) cites them all: `citationFields(dataset, ...their sources)`.
   */
  rows?: (bySeries: ChartRow[][], dataset: Dataset) => ChartRow[];
  usesDeals?: boolean;
  columns?: ChartColumn[];
  /**
   * The body for rows (never called without rows), their periods and figures in the theme's language; undefined
   * when nothing in them can be drawn.
   */
  draw: (rows: ChartRow[], theme: ChartTheme) => ChartBody | undefined;
}

export function defineChart(o: ChartOptions): ChartDefinition {
  const series = Object.entries(o.series ?? {}).map(([id, use], i) => ({
    id,
    opts: { orderOffset: i * 100, ...(typeof use === 'string' ? { measure: use } : use) },
  }));
  const english = chartText(o.id, 'en');
  const def: ChartDefinition = {
    id: o.id,
    title: english.title,
    subtitle: english.subtitle,
    description: english.description,
    series: series.map((s) => s.id),
    usesDeals: o.usesDeals ?? false,
    notes: english.notes,
    text: (locale) => (locale === 'en' ? english : chartText(o.id, locale)),
    rows(ds) {
      const bySeries = series.map((s) => seriesRows(ds, s.id, s.opts));
      return o.rows ? o.rows(bySeries, ds) : bySeries.flat();
    },
    columns: o.columns ?? standardColumns,
    // The one place that decides what a chart with no data shows, for the render, the Interact spec and validation alike.
    spec(rows, theme) {
      const body = rows.length ? o.draw(rows.map((r) => localRow(r, theme.locale)), theme) : undefined;
      const text = def.text(theme.locale);
      return body ? topLevel(text, theme, body) : emptySpec(text, theme);
    },
  };
  return def;
}
