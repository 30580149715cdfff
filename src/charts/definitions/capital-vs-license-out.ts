import type { Locale } from '../../lib/i18n/locales.ts';
import { defineChart } from '../define.ts';
import { groupLabel } from '../shape.ts';
import { panels } from '../specs/bars.ts';
import { chartWord } from '../words.ts';

const EVENTS = 'Primary financing events';
const VALUE = 'Primary financing value';
const OCT = 'Upfronts vs financing';

const word = (name: string, theme: { locale: Locale }) => chartWord('capital-vs-license-out', name, theme.locale);

export const capitalVsLicenseOut = defineChart({
  id: 'capital-vs-license-out',
  series: { 'china-primary-financing-events': EVENTS, 'china-primary-financing-value': VALUE, 'china-upfront-vs-financing': OCT },
  draw: (rows, theme) =>
    panels(rows, theme, [
      { measure: EVENTS, title: word('panel.events', theme), group: (r) => r.periodLabel },
      { measure: VALUE, title: word('panel.value', theme), group: (r) => r.periodLabel },
      { measure: OCT, title: word('panel.october', theme), group: (r) => groupLabel(r, ['category']) || r.periodLabel },
    ]),
});
