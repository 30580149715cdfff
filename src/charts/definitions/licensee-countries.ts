import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { barPanel, layoutPanels, type BarPanel } from '../specs/bars.ts';

const DEALS = 'Deals';
const DEAL_SHARE = 'Share of deals';
const VALUE_SHARE = 'Share of deal value';

export const licenseeCountries = defineChart({
  id: 'licensee-countries',
  title: 'Where the licensees are',
  subtitle: 'Licensees of Chinese assets by country: number of deals, and shares of deals and of value',
  description:
    'Two panels: the number of Chinese license-out deals signed by licensees in the United States and the United Kingdom, and their shares of all deals and of total deal value.',
  notes: ['A share is shown only where the source gives it; the source gives no deal share for the United Kingdom.'],
  series: { 'china-licensee-deals': DEALS, 'china-licensee-deal-share': DEAL_SHARE, 'china-licensee-value-share': VALUE_SHARE },
  draw(rows, theme) {
    // Bands follow the countries' order in the deal counts, whichever panel a country appears in.
    const order = [...new Set(rows.map(categoryOrPeriod))];
    const ordered = rows.map((r) => ({ ...r, order: order.indexOf(categoryOrPeriod(r)) }));
    const counts = ordered.filter((r) => r.measure === DEALS);
    const shares = ordered.filter((r) => r.measure !== DEALS);
    const panels = [
      counts.length && barPanel(counts, theme, { group: categoryOrPeriod, unit: 'count', title: 'Number of deals', text: (r) => `${r.label} deals` }),
      shares.length &&
        barPanel(shares, theme, {
          group: categoryOrPeriod,
          color: (r) => r.measure,
          colorDomain: [DEAL_SHARE, VALUE_SHARE],
          unit: 'percent',
          share: true,
          title: 'Share of all deals and of total deal value',
          text: (r) => `${r.label} of ${r.measure === DEAL_SHARE ? 'deals' : 'value'}`,
        }),
    ].filter((p): p is BarPanel => !!p);
    return layoutPanels(panels, theme);
  },
});
