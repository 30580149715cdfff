import type { ChartDefinition } from '../types.ts';
import { groupLabel, seriesRows, standardColumns } from '../shape.ts';
import { hbar, emptySpec, topLevel } from '../specs/bars.ts';

const EVENTS = 'Primary financing events';
const VALUE = 'Primary financing value';
const OCT = 'Upfronts vs financing';

export const capitalVsLicenseOut: ChartDefinition = {
  id: 'capital-vs-license-out',
  title: 'Capital vs license-out',
  subtitle: 'Primary-market financing of Chinese biotech, 2021 and 2024, and license-out upfronts against financing in October 2024',
  description:
    'Three panels: the number of primary financing events and their value in Chinese yuan in 2021 and 2024, and license-out upfront payments compared with primary financing in October 2024, in US dollars.',
  series: ['china-primary-financing-events', 'china-primary-financing-value', 'china-upfront-vs-financing'],
  usesDeals: false,
  notes: [
    'Financing values are in Chinese yuan as the source gives them; no exchange rate is stated, so they are not converted to dollars and are not on the same axis as the October 2024 comparison.',
  ],
  rows: (ds) => [
    ...seriesRows(ds, 'china-primary-financing-events', { measure: EVENTS }),
    ...seriesRows(ds, 'china-primary-financing-value', { measure: VALUE, orderOffset: 100 }),
    ...seriesRows(ds, 'china-upfront-vs-financing', { measure: OCT, orderOffset: 200 }),
  ],
  columns: standardColumns,
  spec(rows, theme) {
    if (!rows.length) return emptySpec(this, theme);
    const panel = (measure: string, title: string, group: (r: (typeof rows)[number]) => string, text?: (r: (typeof rows)[number]) => string) => {
      const rs = rows.filter((r) => r.measure === measure);
      // Each panel keeps its own unit (count, CNY, USD): never one shared axis.
      return rs.length ? hbar(rs, theme, { group, unit: rs[0].unit, title, text }) : undefined;
    };
    const panels = [
      panel(EVENTS, 'Primary financing events (number)', (r) => r.periodLabel),
      panel(VALUE, 'Primary financing value (Chinese yuan)', (r) => r.periodLabel),
      panel(OCT, 'October 2024: upfronts vs financing (US dollars)', (r) => groupLabel(r, ['category']) || r.periodLabel),
    ].filter(Boolean) as Record<string, unknown>[];
    return topLevel(this, theme, { vconcat: panels, spacing: 24 });
  },
};
