import { defineChart } from '../define.ts';
import { groupLabel } from '../shape.ts';
import { hbar } from '../specs/bars.ts';

export const chinaLicenseOutCount = defineChart({
  id: 'china-license-out-count',
  title: 'China license-out deal count',
  subtitle: 'Number of Chinese out-licensing deals by period, as counted by each source',
  description: 'Bar chart of the number of Chinese innovative-drug license-out deals by period, with each figure’s qualifier and source.',
  notes: ['Sources count deals differently (all license-outs, or only major cross-border deals); compare periods from one source only.'],
  series: { 'china-license-out-count': 'Deals' },
  draw: (rows, theme) =>
    hbar(rows, theme, {
      group: (r) => groupLabel(r, ['period', 'category']),
      text: (r) => (r.by ? `${r.label} deals · ${r.by}` : `${r.label} deals`),
      unit: 'count',
    }),
});
