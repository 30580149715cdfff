// /deals/years/<year>/: every deal of one year, for a site with more deals than the explorer's page lists,
// so that readers without JavaScript reach every deal.
import type { Deal } from '../../schema/deal.ts';
import type { Dataset } from '../dataset.ts';
import { dealYears } from '../deal-row.ts';
import { statusesCounted } from '../deal-history.ts';

export function dealYearPaths(ds: Dataset): { params: { year: string }; props: { deals: Deal[] } }[] {
  return [...dealYears(ds)].map(([year, deals]) => ({ params: { year }, props: { deals } }));
}

/** `deals`: the year's, newest first (dealYearPaths). */
export function dealYearPage(year: string, deals: Deal[]) {
  const label = year === 'undated' ? 'Undated deals' : `Deals announced in ${year}`;
  return {
    year,
    label,
    description: `${label}: ${deals.length} cross-border licensing deals with parties, asset, stage and terms.`,
    count: deals.length.toLocaleString('en'),
    /** Which statuses the count includes: all of them, named (docs/architecture.md). */
    statuses: statusesCounted(deals),
    deals,
  };
}
