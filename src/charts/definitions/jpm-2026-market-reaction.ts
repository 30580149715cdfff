import type { ChartDefinition } from '../types.ts';
import { seriesRows, standardColumns } from '../shape.ts';
import { emptySpec, hbar, topLevel } from '../specs/bars.ts';

const MOVE = 'Index move';
const RELATIVE = 'Relative to benchmark';

export const jpm2026MarketReaction: ChartDefinition = {
  id: 'jpm-2026-market-reaction',
  title: 'Korean pharma stocks during JPM 2026',
  subtitle: 'Korean pharmaceutical indices, 12–16 January 2026: change, and gap to the wider market in percentage points',
  description:
    'Two panels: the change in the KOSPI and KOSDAQ pharmaceutical indices during the J.P. Morgan Healthcare Conference 2026, and how far each trailed its benchmark index, in percentage points.',
  series: ['jpm-2026-korea-index', 'jpm-2026-korea-relative'],
  usesDeals: false,
  notes: ['Negative relative figures mean the pharmaceutical index trailed its benchmark (KOSPI or KOSDAQ) over the same days.'],
  rows: (ds) => [
    ...seriesRows(ds, 'jpm-2026-korea-index', { measure: MOVE, signed: true }),
    ...seriesRows(ds, 'jpm-2026-korea-relative', { measure: RELATIVE, signed: true, orderOffset: 100 }),
  ],
  columns: standardColumns,
  spec(rows, theme) {
    if (!rows.length) return emptySpec(this, theme);
    const group = (r: (typeof rows)[number]) => r.categoryLabel ?? r.periodLabel;
    const panels = [
      [MOVE, 'Change in the index (%)'],
      [RELATIVE, 'Versus its benchmark (percentage points)'],
    ]
      .map(([m, title]) => {
        const rs = rows.filter((r) => r.measure === m);
        return rs.length ? hbar(rs, theme, { group, unit: rs[0].unit, title }) : undefined;
      })
      .filter(Boolean) as Record<string, unknown>[];
    return topLevel(this, theme, { vconcat: panels, spacing: 24 });
  },
};
