import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { hbar } from '../specs/bars.ts';

export const assetStageShift = defineChart({
  id: 'asset-stage-shift',
  title: 'From late-stage to preclinical assets',
  subtitle: 'Share of Chinese license-out deals at the leading asset stage, around 2020 and in 2024',
  description:
    'Bar chart contrasting the leading asset stage of Chinese license-out deals: registration and commercialisation-stage assets around 2020, preclinical assets in 2024. The source gives approximate shares.',
  notes: [
    'The source reports one stage for each period, so the bars are different stages, not one stage over time.',
    'The shares are approximate as the source states them (“about”, “more than”).',
  ],
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
