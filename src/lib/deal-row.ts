// One deal as a row of the deals table: what each cell shows, and what the explorer filters and sorts on.
// The table component renders these cells; on a big site the explorer also gets them as JSON for the deals
// that are not in the page, so a row looks the same whichever way it reached the reader.
import type { Dataset } from './dataset.ts';
import type { Deal } from '../schema/deal.ts';
import { companyById, sortDealsByDate } from './queries.ts';
import { yearOf } from './dates.ts';
import { termUsd } from './format.ts';
import { dealStatus } from './deal-history.ts';
import { hrefIn } from './i18n/routing.ts';
import type { Locale } from './i18n/locales.ts';
import { formatPartialDateIn } from './i18n/format-date.ts';
import { formatTermIn } from './i18n/format-money.ts';
import { vocabLabel } from './vocab-labels.ts';
import { companyNameIn } from './company-name.ts';
import { dataLang } from './data-lang.ts';

/** The explorer's page lists at most this many deals (the newest); filters and search reach the rest from JSON. */
export const EXPLORER_ROWS = 1000;

export interface DealCell {
  text: string;
  /** The cell's text is a link. */
  href?: string;
  /** Small text after the link, such as the country code. */
  meta?: string;
  class?: 'num' | 'nowrap';
  /** The language of the cell's text where it is not the page's (a dataset name on a Korean page: "en"). */
  lang?: string;
}

/** The cells of a deal's row, in the table's column order (DealTable.astro's header), in the page's language. */
export function dealRowCells(ds: Dataset, d: Deal, locale: Locale = 'en'): DealCell[] {
  const h = hrefIn(locale);
  const lang = dataLang(locale);
  const party = (id: string): DealCell => {
    const c = companyById(ds, id);
    const name = companyNameIn(c, locale);
    return { text: c ? name.text : id, href: h.company(id), meta: `(${c?.country ?? ''})`, ...(name.lang ? { lang: name.lang } : {}) };
  };
  return [
    { text: formatPartialDateIn(d.announced, locale, { short: true }), class: 'nowrap' },
    party(d.licensor),
    party(d.licensee),
    { text: d.asset.name, href: h.deal(d.id), ...(lang ? { lang } : {}) },
    // The money next to the asset: where a table is wider than its column (a briefing beside its contents
    // list, a phone), the columns that scroll out of view are the classifications, not the values.
    { text: formatTermIn(d.terms.upfront, locale), class: 'num' },
    { text: formatTermIn(d.terms.total, locale), class: 'num' },
    { text: vocabLabel('modality', d.asset.modality, locale) },
    { text: vocabLabel('stage', d.stage, locale) },
    { text: vocabLabel('dealType', d.type, locale) },
    { text: vocabLabel('territory', d.territory, locale) },
  ];
}

/** The year page a deal is listed on (/deals/years/<key>/): its year, or "undated". */
export function yearKey(d: Deal): string {
  return String(yearOf(d.announced) ?? 'undated');
}

/** The explorer's page lists fewer deals than the site has: the rest are reached by year and from JSON. */
export function explorerCapped(ds: Pick<Dataset, 'deals'>): boolean {
  return ds.deals.length > EXPLORER_ROWS;
}

/** Deals by year page (yearKey), newest year first and undated last, each newest first; none unless capped. */
export function dealYears(ds: Pick<Dataset, 'deals'>): Map<string, Deal[]> {
  const years = new Map<string, Deal[]>();
  if (!explorerCapped(ds)) return years;
  for (const d of sortDealsByDate(ds.deals)) (years.get(yearKey(d)) ?? years.set(yearKey(d), []).get(yearKey(d))!).push(d);
  return years;
}

/** What the explorer filters and sorts a row on (also the table rows' data attributes). */
export interface DealRowKeys {
  id: string;
  /** Licensor's and licensee's country codes. */
  country: string[];
  licensorCountry: string;
  modality: string;
  stage: string;
  type: string;
  /** Derived from the deal's latest event (dealStatus). */
  status: string;
  /** "" when the deal is undated. */
  year: string;
  /** ISO date or partial date, "" when undated. */
  date: string;
  /** USD amounts; null when not stated or not in dollars. */
  upfront: number | null;
  total: number | null;
}

export function dealRowKeys(ds: Dataset, d: Deal): DealRowKeys {
  const lr = companyById(ds, d.licensor);
  const le = companyById(ds, d.licensee);
  return {
    id: d.id,
    country: [lr?.country ?? '', le?.country ?? ''],
    licensorCountry: lr?.country ?? '',
    modality: d.asset.modality,
    stage: d.stage,
    type: d.type,
    status: dealStatus(d),
    year: String(yearOf(d.announced) ?? ''),
    date: d.announced?.value ?? '',
    upfront: termUsd(d.terms.upfront) ?? null,
    total: termUsd(d.terms.total) ?? null,
  };
}
