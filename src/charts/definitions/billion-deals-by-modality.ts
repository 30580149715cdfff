import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { hbar } from '../specs/bars.ts';
import { translator } from '../../lib/i18n/messages.ts';
import { dealsText } from '../words.ts';

const SHARE = 'Share of billion-dollar deals';
const COUNT = 'Billion-dollar deals';

export const billionDealsByModality = defineChart({
  id: 'billion-deals-by-modality',
  series: { 'china-billion-deals-by-modality': SHARE, 'china-billion-deals-by-modality-count': COUNT },
  draw(rows, theme) {
    // Bars are the shares; the counts only label them, so counts alone draw nothing.
    const shares = rows.filter((r) => r.measure === SHARE);
    if (!shares.length) return undefined;
    const countOf = (cat?: string) => rows.find((r) => r.measure === COUNT && r.category === cat);
    return hbar(shares, theme, {
      group: categoryOrPeriod,
      text: (r) => {
        const c = countOf(r.category);
        return c ? translator(theme.locale)('chart.withDeals', { figure: r.label, deals: dealsText(c, theme.locale) }) : r.label;
      },
      unit: 'percent',
      share: true,
    });
  },
});
