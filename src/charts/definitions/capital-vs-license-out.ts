import { defineChart } from '../define.ts';
import { groupLabel } from '../shape.ts';
import { panels } from '../specs/bars.ts';

const EVENTS = 'Primary financing events';
const VALUE = 'Primary financing value';
const OCT = 'Upfronts vs financing';

export const capitalVsLicenseOut = defineChart({
  id: 'capital-vs-license-out',
  title: 'Capital vs license-out',
  subtitle: 'Primary-market financing of Chinese biotech, 2021 and 2024, and license-out upfronts against financing in October 2024',
  description:
    'Three panels: the number of primary financing events and their value in Chinese yuan in 2021 and 2024, and license-out upfront payments compared with primary financing in October 2024, in US dollars.',
  notes: [
    'Financing values are in Chinese yuan as the source gives them; no exchange rate is stated, so they are not converted to dollars and are not on the same axis as the October 2024 comparison.',
  ],
  series: { 'china-primary-financing-events': EVENTS, 'china-primary-financing-value': VALUE, 'china-upfront-vs-financing': OCT },
  draw: (rows, theme) =>
    panels(rows, theme, [
      { measure: EVENTS, title: 'Primary financing events (number)', group: (r) => r.periodLabel },
      { measure: VALUE, title: 'Primary financing value (Chinese yuan)', group: (r) => r.periodLabel },
      { measure: OCT, title: 'October 2024: upfronts vs financing (US dollars)', group: (r) => groupLabel(r, ['category']) || r.periodLabel },
    ]),
});
