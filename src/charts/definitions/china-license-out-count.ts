import { defineChart } from '../define.ts';
import { groupLabel } from '../shape.ts';
import { hbar } from '../specs/bars.ts';
import { dealsText } from '../words.ts';

export const chinaLicenseOutCount = defineChart({
  id: 'china-license-out-count',
  series: { 'china-license-out-count': 'Deals' },
  draw: (rows, theme) =>
    hbar(rows, theme, {
      group: (r) => groupLabel(r, ['period', 'category']),
      text: (r) => {
        const deals = dealsText(r, theme.locale);
        return r.by ? `${deals} · ${r.by}` : deals;
      },
      unit: 'count',
    }),
});
