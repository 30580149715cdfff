import { defineChart } from '../define.ts';
import { columns } from '../specs/bars.ts';

export const koreaLicensingExports = defineChart({
  id: 'korea-licensing-exports',
  title: 'Korea’s biotech licensing exports by year',
  subtitle: 'Value of licensing deals signed by South Korean biotechs, US dollars',
  description: 'Column chart of South Korea’s biotech licensing exports by year, in US dollars, as reported by the source.',
  notes: ['Totals are headline deal values as reported, which include milestone payments that may never be paid.'],
  series: { 'korea-licensing-exports': 'Licensing exports' },
  draw: (rows, theme) => columns(rows, theme, { group: (r) => r.periodLabel, unit: 'USD' }),
});
