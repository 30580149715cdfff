import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { panels } from '../specs/bars.ts';
import { chartWord } from '../words.ts';

const MOVE = 'Index move';
const RELATIVE = 'Relative to benchmark';

export const jpm2026MarketReaction = defineChart({
  id: 'jpm-2026-market-reaction',
  series: {
    'jpm-2026-korea-index': { measure: MOVE, signed: true },
    'jpm-2026-korea-relative': { measure: RELATIVE, signed: true },
  },
  draw: (rows, theme) =>
    panels(rows, theme, [
      { measure: MOVE, title: chartWord('jpm-2026-market-reaction', 'panel.move', theme.locale), group: categoryOrPeriod },
      { measure: RELATIVE, title: chartWord('jpm-2026-market-reaction', 'panel.relative', theme.locale), group: categoryOrPeriod },
    ]),
});
