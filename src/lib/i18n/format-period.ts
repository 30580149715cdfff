// A metric point's period as each language writes it: "H1 2025" / "2025년 상반기" / "2025年上半年". Written from
// the period's machine id (src/schema/metric.ts), the label a reader sees in English is the dataset's own; a
// period id with no pattern here ("to-2025", "unstated") keeps that English label, which says what the source said.
import { formatFlexibleDateIn } from './format-date.ts';
import { LOCALES, type Locale } from './locales.ts';
import { translator } from './messages.ts';

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const MONTH_OR_DAY = /^\d{4}-\d{2}(?:-\d{2})?$/;
const AROUND = /^c(\d{4})$/;

/** The period in the language, or undefined when its id has no pattern (the dataset's label stands). */
function periodIn(period: string, locale: Locale): string | undefined {
  const t = translator(locale);
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(period))) return t('period.year', { year: m[1]! });
  if ((m = QUARTER.exec(period))) return t('period.quarter', { year: m[1]!, quarter: m[2]! });
  if ((m = HALF.exec(period))) return t(m[2] === '1' ? 'period.half.1' : 'period.half.2', { year: m[1]! });
  if (MONTH_OR_DAY.test(period)) return formatFlexibleDateIn(period, locale);
  if ((m = AROUND.exec(period))) return t('period.around', { year: m[1]! });
  const parts = period.split('/');
  if (parts.length === 2 && parts.every((p) => YEAR.test(p))) return t('period.years', { from: parts[0]!, to: parts[1]! });
  if (parts.length === 2 && parts.every((p) => MONTH_OR_DAY.test(p))) {
    return t('period.span', { from: formatFlexibleDateIn(parts[0]!, locale), to: spanEnd(parts[0]!, parts[1]!, locale) });
  }
  return undefined;
}

/**
 * The end of a span of days without what its start already says: "5월 27일" after "2025년 1월 1일", "16日"
 * after "2026年1月12日", as English writes "1 Jan–27 May 2025".
 */
function spanEnd(from: string, to: string, locale: Locale): string {
  const [fy, fm] = from.split('-');
  const [ty, tm, td] = to.split('-');
  if (td === undefined || from.split('-').length !== 3 || fy !== ty) return formatFlexibleDateIn(to, locale);
  const fields: Intl.DateTimeFormatOptions = fm === tm ? { day: 'numeric' } : { month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(LOCALES[locale].intl, { ...fields, timeZone: 'UTC' }).format(new Date(Date.UTC(Number(ty), Number(tm) - 1, Number(td))));
}

/**
 * A period label for readers of a language: English keeps the dataset's label exactly ("JPM week, 12–16 Jan
 * 2026"); Korean and Chinese write the period from its id, or keep the label when the id says no more.
 */
export function formatPeriodIn(period: string, label: string, locale: Locale): string {
  return locale === 'en' ? label : (periodIn(period, locale) ?? label);
}

/** Whether a period label shown in a language is the dataset's English text (for lang="en"). */
export function periodLabelIsEnglish(period: string, locale: Locale): boolean {
  return locale !== 'en' && periodIn(period, locale) === undefined;
}
