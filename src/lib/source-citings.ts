// The rows of a source's "cited by" table, for /sources/ and, on a big site, a source's own page.
import type { Dataset } from './dataset.ts';
import { citingsOfSource } from './queries.ts';
import { formatValue } from './format.ts';
import { charts } from '../charts/registry.ts';
import { href } from './routes.ts';

/** /sources/ lists at most this many citing records per source; a source with more gets a page of its own. */
export const SOURCE_ROWS = 200;

export interface CitingRow {
  locator: string;
  label: string;
  /** Page of the citing record, if it has one. */
  href?: string;
  detail: string;
  via: string;
}

/** Every record and figure citing a source, in the order of citingsOfSource (deals, metrics, companies). */
export function citingRows(ds: Dataset, sourceId: string): CitingRow[] {
  const describe = (seriesId: string, i: number) => {
    const s = ds.metrics.find((m) => m.id === seriesId)!;
    const p = s.points[i]!;
    return `${p.periodLabel}${p.category ? `, ${p.category}` : ''}: ${formatValue(p.value, s.unit, p.qualifier, p.upper)}`;
  };
  // A metric series has no page of its own: link it to the first chart that plots it (its page carries the
  // data table and CSV/JSON downloads); a series no chart plots is listed without a link.
  const hrefOf = (kind: string, id: string): string | undefined => {
    if (kind === 'deal') return href.deal(id);
    if (kind === 'company') return href.company(id);
    const chart = charts.find((c) => c.series.includes(id))?.id;
    return chart ? href.chart(chart) : undefined;
  };
  return citingsOfSource(ds, sourceId, describe).map((c) => ({ locator: c.locator, label: c.label, href: hrefOf(c.kind, c.id), detail: c.detail, via: c.via ?? '' }));
}
