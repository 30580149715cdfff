import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { hbar } from '../specs/bars.ts';

export const territoryRights = defineChart({
  id: 'territory-rights',
  title: 'Which rights are licensed',
  subtitle: 'Share of Chinese license-out deals by territory of the rights transferred',
  description: 'Bar chart of the share of Chinese license-out deals by the territory whose rights were transferred.',
  notes: ['Shares as the source gives them; they need not sum to 100% because of rounding.'],
  series: { 'china-territory-share': 'Share of deals' },
  draw: (rows, theme) => hbar(rows, theme, { group: categoryOrPeriod, unit: 'percent', share: true }),
});
