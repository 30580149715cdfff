import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { hbar } from '../specs/bars.ts';

const SHARE = 'Share of billion-dollar deals';
const COUNT = 'Billion-dollar deals';

export const billionDealsByModality = defineChart({
  id: 'billion-deals-by-modality',
  title: 'Billion-dollar deals by modality',
  subtitle: 'Chinese license-out deals worth more than US$1 billion in H1 2025: share and number by modality',
  description: 'Bar chart of the share of Chinese license-out deals above one billion US dollars in the first half of 2025 by modality, each labelled with its number of deals.',
  notes: ['Shares are of deals with a headline value above US$1 billion, not of all deals; the remaining deals are other modalities.'],
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
        return c ? `${r.label} (${c.label} deals)` : r.label;
      },
      unit: 'percent',
      share: true,
    });
  },
});
