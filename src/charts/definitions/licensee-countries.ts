import type { ChartDefinition } from '../types.ts';
import { seriesRows, standardColumns } from '../shape.ts';
import { emptySpec, hbar, topLevel } from '../specs/bars.ts';

const DEALS = 'Deals';
const DEAL_SHARE = 'Share of deals';
const VALUE_SHARE = 'Share of deal value';

export const licenseeCountries: ChartDefinition = {
  id: 'licensee-countries',
  title: 'Where the licensees are',
  subtitle: 'Licensees of Chinese assets by country: number of deals, and shares of deals and of value',
  description:
    'Two panels: the number of Chinese license-out deals signed by licensees in the United States and the United Kingdom, and their shares of all deals and of total deal value.',
  series: ['china-licensee-deals', 'china-licensee-deal-share', 'china-licensee-value-share'],
  usesDeals: false,
  notes: ['A share is shown only where the source gives it; the source gives no deal share for the United Kingdom.'],
  rows: (ds) => [
    ...seriesRows(ds, 'china-licensee-deals', { measure: DEALS }),
    ...seriesRows(ds, 'china-licensee-deal-share', { measure: DEAL_SHARE, orderOffset: 100 }),
    ...seriesRows(ds, 'china-licensee-value-share', { measure: VALUE_SHARE, orderOffset: 200 }),
  ],
  columns: standardColumns,
  spec(rows, theme) {
    if (!rows.length) return emptySpec(this, theme);
    const country = (r: { categoryLabel?: string; periodLabel: string }) => r.categoryLabel ?? r.periodLabel;
    // Bands follow the countries' order in the deal counts, whichever panel a country appears in.
    const order = [...new Set(rows.map(country))];
    const ordered = rows.map((r) => ({ ...r, order: order.indexOf(country(r)) }));
    const counts = ordered.filter((r) => r.measure === DEALS);
    const shares = ordered.filter((r) => r.measure !== DEALS);
        const panels = [
      counts.length && hbar(counts, theme, { group: country, unit: 'count', title: 'Number of deals', text: (r) => `${r.label} deals` }),
      shares.length &&
        hbar(shares, theme, {
          group: country,
          color: (r) => r.measure,
          colorDomain: [DEAL_SHARE, VALUE_SHARE],
          unit: 'percent',
          title: 'Share of all deals and of total deal value',
          legend: false,
          text: (r) => `${r.label} of ${r.measure === DEAL_SHARE ? 'deals' : 'value'}`,
        }),
    ].filter(Boolean) as Record<string, unknown>[];
    return topLevel(this, theme, panels.length === 1 ? panels[0] : { vconcat: panels, spacing: 24 });
  },
};
