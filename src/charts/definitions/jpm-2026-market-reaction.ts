import { defineChart } from '../define.ts';
import { categoryOrPeriod } from '../shape.ts';
import { panels } from '../specs/bars.ts';

const MOVE = 'Index move';
const RELATIVE = 'Relative to benchmark';

export const jpm2026MarketReaction = defineChart({
  id: 'jpm-2026-market-reaction',
  title: 'Korean pharma stocks during JPM 2026',
  subtitle: 'Korean pharmaceutical indices, 12–16 January 2026: change, and gap to the wider market in percentage points',
  description:
    'Two panels: the change in the KOSPI and KOSDAQ pharmaceutical indices during the J.P. Morgan Healthcare Conference 2026, and how far each trailed its benchmark index, in percentage points.',
  notes: ['Negative relative figures mean the pharmaceutical index trailed its benchmark (KOSPI or KOSDAQ) over the same days.'],
  series: {
    'jpm-2026-korea-index': { measure: MOVE, signed: true },
    'jpm-2026-korea-relative': { measure: RELATIVE, signed: true },
  },
  draw: (rows, theme) =>
    panels(rows, theme, [
      { measure: MOVE, title: 'Change in the index (%)', group: categoryOrPeriod },
      { measure: RELATIVE, title: 'Versus its benchmark (percentage points)', group: categoryOrPeriod },
    ]),
});
