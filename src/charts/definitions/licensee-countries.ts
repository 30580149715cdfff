import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { barPanel, layoutPanels, type BarPanel } from '../specs/bars.ts';
import { chartWord, dealsText } from '../words.ts';

const DEALS = 'Deals';
const DEAL_SHARE = 'Share of deals';
const VALUE_SHARE = 'Share of deal value';

export const licenseeCountries = defineChart({
  id: 'licensee-countries',
  series: { 'china-licensee-deals': DEALS, 'china-licensee-deal-share': DEAL_SHARE, 'china-licensee-value-share': VALUE_SHARE },
  draw(rows, theme) {
    const word = (name: string, vars?: Record<string, string>) => chartWord('licensee-countries', name, theme.locale, vars);
    // Bands follow the countries' order in the deal counts, whichever panel a country appears in.
    const order = [...new Set(rows.map(categoryOrPeriod))];
    const ordered = rows.map((r) => ({ ...r, order: order.indexOf(categoryOrPeriod(r)) }));
    const counts = ordered.filter((r) => r.measure === DEALS);
    const shares = ordered.filter((r) => r.measure !== DEALS);
    const panels = [
      counts.length && barPanel(counts, theme, { group: categoryOrPeriod, unit: 'count', title: word('panel.deals'), text: (r) => dealsText(r, theme.locale) }),
      shares.length &&
        barPanel(shares, theme, {
          group: categoryOrPeriod,
          color: (r) => r.measure,
          colorDomain: [DEAL_SHARE, VALUE_SHARE],
          unit: 'percent',
          share: true,
          title: word('panel.shares'),
          text: (r) => word(r.measure === DEAL_SHARE ? 'ofDeals' : 'ofValue', { figure: r.label }),
        }),
    ].filter((p): p is BarPanel => !!p);
    return layoutPanels(panels, theme);
  },
});
