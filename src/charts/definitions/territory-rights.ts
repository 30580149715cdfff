import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { hbar } from '../specs/bars.ts';

export const territoryRights = defineChart({
  id: 'territory-rights',
  series: { 'china-territory-share': 'Share of deals' },
  draw: (rows, theme) => hbar(rows, theme, { group: categoryOrPeriod, unit: 'percent', share: true }),
});
