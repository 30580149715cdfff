// Dates the way each language writes them, never more precise than the source: "2025년 3월 17일" / "2025年3月17日"
// / "17 March 2025", "2025년 3월", "2025年". Pure.
import type { PartialDate } from '../../schema/primitives.ts';
import { formatPartialDate } from '../dates.ts';
import { LOCALES } from './locales.ts';
import type { Locale } from './locales.ts';

type Precision = PartialDate['precision'];

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

/** What a page says for a date no source states. */
const NOT_STATED: Record<Exclude<Locale, 'en'>, { long: string; short: string }> = {
  ko: { long: '날짜 언급 없음', short: '언급 없음' },
  'zh-Hans': { long: '日期未提及', short: '未提及' },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let f = cache.get(key);
  if (!f) {
    // UTC both ways: a day is a calendar day, whatever the machine's zone.
    f = new Intl.DateTimeFormat(LOCALES[locale].intl, { ...FIELDS[precision], timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/**
 * Dates already written, by language, precision and value: Intl's format costs about 20 µs a call, and a
 * Korean or Chinese build writes the same few thousand dates on 25,000 pages (1.4 s of a 10,000-deal build).
 */
const written = new Map<string, string>();
const WRITTEN_LIMIT = 100_000;

/**
 * A date as precise as its source. English keeps src/lib/dates.ts ("17 Mar 2025" short): Intl's en-GB writes
 * "Sept". Korean and Chinese come from Intl; their month names are numbers, so short is the same as long.
 */
export function formatPartialDateIn(d: PartialDate | undefined, locale: Locale, opts: { short?: boolean } = {}): string {
  if (locale === 'en') return formatPartialDate(d, opts);
  if (!d) return NOT_STATED[locale][opts.short ? 'short' : 'long'];
  const key = `${locale} ${d.precision} ${d.value}`;
  let text = written.get(key);
  if (text === undefined) {
    const [y, m = 1, day = 1] = d.value.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m - 1, day));
    // Years 0–99 would be read as 1900–1999 by Date.UTC.
    date.setUTCFullYear(y!);
    text = dateFormat(locale, d.precision).format(date);
    if (written.size >= WRITTEN_LIMIT) written.clear();
    written.set(key, text);
  }
  return text;
}

/** An ISO date (YYYY-MM-DD) for readers: "2025년 3월 28일". */
export function formatIsoDateIn(iso: string, locale: Locale): string {
  return formatPartialDateIn({ value: iso, precision: 'day' }, locale);
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD, as precise as written: "2025年3月". */
export function formatFlexibleDateIn(value: string, locale: Locale): string {
  return formatPartialDateIn({ value, precision: (['year', 'month', 'day'] as const)[value.split('-').length - 1]! }, locale);
}
