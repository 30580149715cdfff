// The rows of a source's "cited by" table, for /sources/ and, on a big site, a source's own page.
import type { Dataset } from './dataset.ts';
import { citingsOfSource } from './queries.ts';
import { formatValue } from './format.ts';
import { charts } from '../charts/registry.ts';
import type { Locale } from './i18n/locales.ts';
import { translator } from './i18n/messages.ts';
import { hrefIn } from './i18n/routing.ts';
import { datasetLangIn } from './i18n/editorial.ts';
import { formatValueIn } from './i18n/format-number.ts';

/** /sources/ lists at most this many citing records per source; a source with more gets a page of its own. */
export const SOURCE_ROWS = 200;

export interface CitingRow {
  locator: string;
  label: string;
  /** Page of the citing record, if it has one. */
  href?: string;
  detail: string;
  via: string;
  /** "en" on another language's page: the record's names and the figure's label are the dataset's. */
  lang?: 'en';
}

/**
 * Every record and figure citing a source, in the order of citingsOfSource (deals, metrics, companies).
 * `locale`: the page's language (its links, the figures in its units).
 */
export function citingRows(ds: Dataset, sourceId: string, locale: Locale = 'en'): CitingRow[] {
  const href = hrefIn(locale);
  const en = locale === 'en';
  const lang = datasetLangIn(locale);
  const describe = (seriesId: string, i: number) => {
    const s = ds.metrics.find((m) => m.id === seriesId)!;
    const p = s.points[i]!;
    const value = en ? formatValue(p.value, s.unit, p.qualifier, p.upper) : formatValueIn(p.value, s.unit, p.qualifier, locale, p.upper);
    return `${p.periodLabel}${p.category ? `, ${p.category}` : ''}: ${value}`;
  };
  // A metric series has no page of its own: link it to the first chart that plots it (its page carries the
  // data table and CSV/JSON downloads); a series no chart plots is listed without a link.
  const hrefOf = (kind: string, id: string): string | undefined => {
    if (kind === 'deal') return href.deal(id);
    if (kind === 'company') return href.company(id);
    const chart = charts.find((c) => c.series.includes(id))?.id;
    return chart ? href.chart(chart) : undefined;
  };
  // A company's row says what cites the source (its profile) in the page's words; the rest is the dataset's.
  const detailOf = (c: { kind: string; detail: string }) => (!en && c.kind === 'company' ? translator(locale)('sources.row.companyProfile') : c.detail);
  return citingsOfSource(ds, sourceId, describe).map((c) => ({ locator: c.locator, label: c.label, href: hrefOf(c.kind, c.id), detail: detailOf(c), via: c.via ?? '', ...(lang && { lang }) }));
}
