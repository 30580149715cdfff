import { defineChart } from '../define.ts';
import { hbar } from '../specs/bars.ts';

const byOf = (r: { by?: string }) => r.by ?? 'Source';

export const chinaLicenseOutValue = defineChart({
  id: 'china-license-out-value',
  title: 'China license-out deal value',
  subtitle: 'Total (headline) value of Chinese out-licensing deals by period, as counted by each source',
  description:
    'Bar chart of the total value of Chinese innovative-drug license-out deals. For 2024 the two sources give different totals, shown side by side and attributed; 2025 figures cover the first half and the year to 27 May.',
  notes: [
    'Where two sources disagree on a total, both are shown and attributed; we do not pick one.',
    'Headline value includes milestones that may never be paid; see the upfront chart for cash paid on signing.',
  ],
  series: { 'china-license-out-value': 'Total deal value' },
  draw: (rows, theme) =>
    hbar(rows, theme, { group: (r) => r.periodLabel, color: byOf, text: (r) => `${byOf(r)}: ${r.label}`, unit: 'USD' }),
});
