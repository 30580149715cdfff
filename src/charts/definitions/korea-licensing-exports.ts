import type { ChartDefinition } from '../types.ts';
import { seriesRows, standardColumns } from '../shape.ts';
import { columns, emptySpec, topLevel } from '../specs/bars.ts';

export const koreaLicensingExports: ChartDefinition = {
  id: 'korea-licensing-exports',
  title: 'Korea’s biotech licensing exports by year',
  subtitle: 'Value of licensing deals signed by South Korean biotechs, US dollars',
  description: 'Column chart of South Korea’s biotech licensing exports by year, in US dollars, as reported by the source.',
  series: ['korea-licensing-exports'],
  usesDeals: false,
  notes: ['Totals are headline deal values as reported, which include milestone payments that may never be paid.'],
  rows: (ds) => seriesRows(ds, 'korea-licensing-exports', { measure: 'Licensing exports' }),
  columns: standardColumns,
  spec(rows, theme) {
    if (!rows.length) return emptySpec(this, theme);
    return topLevel(this, theme, columns(rows, theme, { group: (r) => r.periodLabel, unit: 'USD' }));
  },
};
