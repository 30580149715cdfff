import type { ChartDefinition } from '../types.ts';
import { seriesRows, standardColumns } from '../shape.ts';
import { emptySpec, hbar, topLevel } from '../specs/bars.ts';

export const assetStageShift: ChartDefinition = {
  id: 'asset-stage-shift',
  title: 'From late-stage to preclinical assets',
  subtitle: 'Share of Chinese license-out deals at the leading asset stage, around 2020 and in 2024',
  description:
    'Bar chart contrasting the leading asset stage of Chinese license-out deals: registration and commercialisation-stage assets around 2020, preclinical assets in 2024. The source gives approximate shares.',
  series: ['china-asset-stage-share'],
  usesDeals: false,
  notes: [
    'The source reports one stage for each period, so the bars are different stages, not one stage over time.',
    'The shares are approximate as the source states them (“about”, “more than”).',
  ],
  rows: (ds) => seriesRows(ds, 'china-asset-stage-share', { measure: 'Share of deals' }),
  columns: standardColumns,
  spec(rows, theme) {
    if (!rows.length) return emptySpec(this, theme);
    return topLevel(
      this,
      theme,
      hbar(rows, theme, {
        group: (r) => r.categoryLabel ?? r.periodLabel,
        color: (r) => r.periodLabel,
        dodge: false,
        legend: false,
        text: (r) => `${r.label} · ${r.periodLabel}`,
        unit: 'percent',
      }),
    );
  },
};
