import type { ChartRow } from '../types.ts';
import { defineChart } from '../define.ts';
import { hbar } from '../specs/bars.ts';

const TOTAL = 'Total deal value';
const UPFRONT = 'Upfront payments';
const pairKey = (r: ChartRow) => `${r.period}|${r.by ?? ''}`;

export const chinaUpfrontVsHeadline = defineChart({
  id: 'china-upfront-vs-headline',
  series: { 'china-license-out-value': TOTAL, 'china-license-out-upfront': UPFRONT },
  rows([total, upfront]) {
    const both = new Set(upfront.map(pairKey).filter((k) => total.some((t) => pairKey(t) === k)));
    // Interleave: each period/source pair keeps the total's position, upfront right after it.
    return [...total, ...upfront]
      .filter((r) => both.has(pairKey(r)))
      .map((r) => ({ ...r, order: total.findIndex((t) => pairKey(t) === pairKey(r)) * 2 + (r.measure === UPFRONT ? 1 : 0) }));
  },
  draw: (rows, theme) =>
    hbar(rows, theme, {
      group: (r) => [r.periodLabel, r.by].filter(Boolean).join(' · '),
      color: (r) => r.measure,
      colorDomain: [TOTAL, UPFRONT],
      // The point is how little of the headline is paid up front: upfront in the accent, headline as context.
      emphasis: UPFRONT,
      unit: 'USD',
    }),
});
