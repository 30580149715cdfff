import type { ChartDefinition } from '../types.ts';
import { groupLabel, seriesRows, standardColumns } from '../shape.ts';
import { emptySpec, hbar, topLevel } from '../specs/bars.ts';

export const chinaLicenseOutCount: ChartDefinition = {
  id: 'china-license-out-count',
  title: 'China license-out deal count',
  subtitle: 'Number of Chinese out-licensing deals by period, as counted by each source',
  description: 'Bar chart of the number of Chinese innovative-drug license-out deals by period, with each figure’s qualifier and source.',
  series: ['china-license-out-count'],
  usesDeals: false,
  notes: ['Sources count deals differently (all license-outs, or only major cross-border deals); compare periods from one source only.'],
  rows: (ds) => seriesRows(ds, 'china-license-out-count', { measure: 'Deals' }),
  columns: standardColumns,
  spec(rows, theme) {
    if (!rows.length) return emptySpec(this, theme);
    return topLevel(
      this,
      theme,
      hbar(rows, theme, {
        group: (r) => groupLabel(r, ['period', 'category']),
        text: (r) => (r.by ? `${r.label} deals · ${r.by}` : `${r.label} deals`),
        unit: 'count',
      }),
    );
  },
};
