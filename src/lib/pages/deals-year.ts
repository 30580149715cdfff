// /deals/years/<year>/: every deal of one year, for a site with more deals than the explorer's page lists,
// so that readers without JavaScript reach every deal.
import type { Deal } from '../../schema/deal.ts';
import type { Dataset } from '../dataset.ts';
import { dealYears } from '../deal-row.ts';
import { statusesCounted } from '../deal-history.ts';
import { translator } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import { countText } from '../count-text.ts';

export function dealYearPaths(ds: Dataset): { params: { year: string }; props: { deals: Deal[] } }[] {
  return [...dealYears(ds)].map(([year, deals]) => ({ params: { year }, props: { deals } }));
}

/** `deals`: the year's, newest first (dealYearPaths). */
export function dealYearPage(year: string, deals: Deal[], locale: Locale = 'en') {
  const t = translator(locale);
  const label = year === 'undated' ? t('year.undated') : t('year.label', { year });
  return {
    year,
    /** The year as the breadcrumb names it. */
    crumb: year === 'undated' ? t('year.undatedCrumb') : year,
    label,
    description: t('year.description', { label, count: deals.length }),
    count: countText(deals.length, locale),
    /** Which statuses the count includes: all of them, named (docs/architecture.md). */
    statuses: statusesCounted(deals, locale),
    deals,
  };
}
