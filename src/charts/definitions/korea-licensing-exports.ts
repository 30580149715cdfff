import { defineChart } from '../define.ts';
import { columns } from '../specs/bars.ts';

export const koreaLicensingExports = defineChart({
  id: 'korea-licensing-exports',
  series: { 'korea-licensing-exports': 'Licensing exports' },
  draw: (rows, theme) => columns(rows, theme, { group: (r) => r.periodLabel, unit: 'USD' }),
});
