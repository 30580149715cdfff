import type { ChartDefinition } from '../types.ts';
import { seriesRows, standardColumns } from '../shape.ts';
import { emptySpec, hbar, topLevel } from '../specs/bars.ts';

const SHARE = 'Share of billion-dollar deals';
const COUNT = 'Billion-dollar deals';

export const billionDealsByModality: ChartDefinition = {
  id: 'billion-deals-by-modality',
  title: 'Billion-dollar deals by modality',
  subtitle: 'Chinese license-out deals worth more than US$1 billion in H1 2025: share and number by modality',
  description: 'Bar chart of the share of Chinese license-out deals above one billion US dollars in the first half of 2025 by modality, each labelled with its number of deals.',
  series: ['china-billion-deals-by-modality', 'china-billion-deals-by-modality-count'],
  usesDeals: false,
  notes: ['Shares are of deals with a headline value above US$1 billion, not of all deals; the remaining deals are other modalities.'],
  rows: (ds) => [
    ...seriesRows(ds, 'china-billion-deals-by-modality', { measure: SHARE }),
    ...seriesRows(ds, 'china-billion-deals-by-modality-count', { measure: COUNT, orderOffset: 100 }),
  ],
  columns: standardColumns,
  spec(rows, theme) {
    const shares = rows.filter((r) => r.measure === SHARE);
    if (!shares.length) return emptySpec(this, theme);
    const countOf = (cat?: string) => rows.find((r) => r.measure === COUNT && r.category === cat);
    return topLevel(
      this,
      theme,
      hbar(shares, theme, {
        group: (r) => r.categoryLabel ?? r.periodLabel,
        text: (r) => {
          const c = countOf(r.category);
          return c ? `${r.label} (${c.label} deals)` : r.label;
        },
        unit: 'percent',
      }),
    );
  },
};
