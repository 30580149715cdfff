import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { hbar } from '../specs/bars.ts';

export const assetStageShift = defineChart({
  id: 'asset-stage-shift',
  series: { 'china-asset-stage-share': 'Share of deals' },
  draw: (rows, theme) =>
    hbar(rows, theme, {
      group: categoryOrPeriod,
      color: (r) => r.period,
      dodge: false,
      // The point is the latest period's stage: it takes the accent, the earlier one is context.
      emphasis: [...rows].sort((a, b) => b.order - a.order)[0].period, // rows run oldest first
      text: (r) => `${r.label} · ${r.periodLabel}`,
      unit: 'percent',
      share: true,
    }),
});
