import type { ChartDefinition } from '../types.ts';
import { seriesRows, standardColumns } from '../shape.ts';
import { emptySpec, hbar, topLevel } from '../specs/bars.ts';

export const territoryRights: ChartDefinition = {
  id: 'territory-rights',
  title: 'Which rights are licensed',
  subtitle: 'Share of Chinese license-out deals by territory of the rights transferred',
  description: 'Bar chart of the share of Chinese license-out deals by the territory whose rights were transferred.',
  series: ['china-territory-share'],
  usesDeals: false,
  notes: ['Shares as the source gives them; they need not sum to 100% because of rounding.'],
  rows: (ds) => seriesRows(ds, 'china-territory-share', { measure: 'Share of deals' }),
  columns: standardColumns,
  spec(rows, theme) {
    if (!rows.length) return emptySpec(this, theme);
    return topLevel(this, theme, hbar(rows, theme, { group: (r) => r.categoryLabel ?? r.periodLabel, unit: 'percent' }));
  },
};
