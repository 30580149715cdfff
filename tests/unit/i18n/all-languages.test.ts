// What holds in every language: the one list of locales, the same figure in every language's units, Korean
// and Chinese units as CLDR's compact patterns choose them, the lower-bound rule, no stray invisible spaces.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, LOCALE_IDS, isLocale } from '../../../src/lib/i18n/locales.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { formatAmountIn, formatNumberIn, formatValueIn, shortNumberIn } from '../../../src/lib/i18n/format-number.ts';
import { formatMoneyIn, formatTermIn } from '../../../src/lib/i18n/format-money.ts';
import { formatPartialDateIn } from '../../../src/lib/i18n/format-date.ts';
import { NUMBER_STYLES } from '../../../src/lib/i18n/number-styles.ts';
import { CURRENCIES, QUALIFIERS, UNITS } from '../../../src/schema/vocab.ts';
import type { Currency, Qualifier, Unit } from '../../../src/schema/vocab.ts';
import { AMOUNTS, PERCENTS, readAmount } from './values.ts';

const currencies = Object.keys(CURRENCIES) as Currency[];
const cjk: Locale[] = ['ko', 'zh-Hans'];

describe('locales', () => {
  it('English, Korean and Simplified Chinese, English first and the default', () => {
    expect(LOCALE_IDS).toEqual(['en', 'ko', 'zh-Hans']);
    expect(DEFAULT_LOCALE).toBe('en');
    expect(isLocale('ko')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
  it('tags are canonical BCP 47 and this Node formats every Intl locale itself (no fallback)', () => {
    for (const id of LOCALE_IDS) {
      expect(Intl.getCanonicalLocales(LOCALES[id].tag)).toEqual([LOCALES[id].tag]);
      expect(Intl.NumberFormat.supportedLocalesOf([LOCALES[id].intl])).toEqual([LOCALES[id].intl]);
      expect(Intl.DateTimeFormat.supportedLocalesOf([LOCALES[id].intl])).toEqual([LOCALES[id].intl]);
    }
  });
});

describe('the same figure in every language', () => {
  it('Korean and Chinese state exactly the amount English shows, in their own units', () => {
    for (const amount of AMOUNTS)
      for (const currency of currencies) {
        const english = readAmount(formatAmountIn(amount, currency, 'en'));
        for (const locale of cjk) expect([locale, amount, readAmount(formatAmountIn(amount, currency, locale))]).toEqual([locale, amount, english]);
      }
  });

  it('from 1만 up, the unit and digits are what Intl compact notation (CLDR) writes for that figure', () => {
    // Intl's own rounding (two significant digits: 27.68B → 277억) is the part we do not take from it.
    expect(new Intl.NumberFormat('ko-KR', { notation: 'compact' }).format(27.68e9)).toBe('277억');
    for (const amount of AMOUNTS) {
      const shown = readAmount(shortNumberIn(amount, 'en'));
      if (shown < 1e4) continue;
      for (const locale of cjk) {
        const compact = new Intl.NumberFormat(LOCALES[locale].intl, { notation: 'compact', maximumFractionDigits: 20 });
        expect([amount, shortNumberIn(amount, locale)]).toEqual([amount, compact.format(shown)]);
      }
    }
  });

  it('percentages as Intl writes them in Korean and Chinese (the minus sign aside: the site writes U+2212)', () => {
    for (const locale of cjk)
      for (const p of PERCENTS.filter((p) => p >= 0)) {
        const intl = new Intl.NumberFormat(LOCALES[locale].intl, { style: 'percent', maximumFractionDigits: 1 });
        expect(formatNumberIn(p, 'percent', locale)).toBe(intl.format(p / 100));
      }
  });
});

describe('the lower-bound rule in every language', () => {
  // The words each language marks a bound with; a figure never loses its bound or gains the other one.
  const LOWER: Record<Locale, RegExp> = { en: /more than|at least/, ko: /이상|최소/, 'zh-Hans': /超过|至少/ };
  const UPPER: Record<Locale, RegExp> = { en: /up to|nearly/, ko: /최대|가까이/, 'zh-Hans': /最高|近/ };

  it('a floor says so and a ceiling says so, in money, percentages and counts', () => {
    for (const locale of LOCALE_IDS)
      for (const unit of ['USD', 'KRW', 'percent', 'count'] as Unit[])
        for (const value of [0, 3.7, 49.7e6, 66e9]) {
          for (const q of ['more-than', 'at-least'] as Qualifier[]) {
            const text = formatValueIn(value, unit, q, locale);
            expect([locale, q, text, LOWER[locale].test(text) && !UPPER[locale].test(text)]).toEqual([locale, q, text, true]);
          }
          for (const q of ['up-to', 'nearly'] as Qualifier[]) {
            const text = formatValueIn(value, unit, q, locale);
            expect([locale, q, text, UPPER[locale].test(text) && !LOWER[locale].test(text)]).toEqual([locale, q, text, true]);
          }
        }
  });

  it('every qualifier but "exact" changes what is written, and each language words them apart', () => {
    for (const locale of LOCALE_IDS) {
      const exact = formatMoneyIn({ amount: 1e9, currency: 'USD', qualifier: 'exact' }, locale);
      const written = (['up-to', 'about', 'nearly', 'more-than', 'at-least'] as const).map((qualifier) => formatMoneyIn({ amount: 1e9, currency: 'USD', qualifier }, locale));
      expect(written).not.toContain(exact);
      expect(new Set(written).size).toBe(written.length);
    }
    expect(Object.keys(NUMBER_STYLES.ko.qualifiers).sort()).toEqual(Object.keys(QUALIFIERS).filter((q) => q !== 'exact' && q !== 'range').sort());
  });
});

describe('spacing', () => {
  it('no non-breaking or narrow spaces in Korean and Chinese output: Intl inserts none in these formats', () => {
    const texts = cjk.flatMap((locale) => [
      ...AMOUNTS.slice(0, 60).flatMap((a) => currencies.map((c) => formatMoneyIn({ amount: a, currency: c, qualifier: 'more-than', usd: a / 1300, usdBasis: 'stated' }, locale))),
      ...(Object.keys(UNITS) as Unit[]).map((u) => formatValueIn(12_345.6, u, 'about', locale)),
      formatPartialDateIn({ value: '2025-03-17', precision: 'day' }, locale),
      formatPartialDateIn({ value: '2025-03', precision: 'month' }, locale),
      formatTermIn({ disclosure: 'not-stated' }, locale),
    ]);
    expect(texts.filter((t) => /[\u00a0\u2007\u202f]/.test(t))).toEqual([]);
    // Chinese writes no spaces at all.
    expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t) && / /.test(t))).toEqual([]);
  });
});
