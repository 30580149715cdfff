import { defineChart } from '../define.ts';
import { hbar } from '../specs/bars.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { translator } from '../../lib/i18n/messages.ts';
import { namedFigure } from '../words.ts';

const byOf = (r: { by?: string }, locale: Locale) => r.by ?? translator(locale)('chart.sourceFallback');

export const chinaLicenseOutValue = defineChart({
  id: 'china-license-out-value',
  series: { 'china-license-out-value': 'Total deal value' },
  draw: (rows, theme) =>
    hbar(rows, theme, { group: (r) => r.periodLabel, color: (r) => byOf(r, theme.locale), text: (r) => namedFigure(byOf(r, theme.locale), r.label, theme.locale), unit: 'USD' }),
});
