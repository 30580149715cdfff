// English through the per-language formatters is exactly what src/lib/format.ts and src/lib/dates.ts write
// today, on every figure, unit, qualifier and currency: pages can move to the new functions with no change.
import { describe, expect, it } from 'vitest';
import { formatFigure, formatMoney, formatMoneyUsd, formatNumber, formatTerm, formatValue } from '../../../src/lib/format.ts';
import { formatPartialDate, formatFlexibleDate, formatIsoDate } from '../../../src/lib/dates.ts';
import { formatFigureIn, formatNumberIn, formatValueIn } from '../../../src/lib/i18n/format-number.ts';
import { formatMoneyIn, formatMoneyUsdIn, formatTermIn } from '../../../src/lib/i18n/format-money.ts';
import { formatFlexibleDateIn, formatIsoDateIn, formatPartialDateIn } from '../../../src/lib/i18n/format-date.ts';
import { CURRENCIES, QUALIFIERS, UNITS } from '../../../src/schema/vocab.ts';
import type { Currency, Qualifier, Unit } from '../../../src/schema/vocab.ts';
import type { Money } from '../../../src/schema/primitives.ts';
import { AMOUNTS, PERCENTS } from './values.ts';

const currencies = Object.keys(CURRENCIES) as Currency[];
const qualifiers = Object.keys(QUALIFIERS) as Qualifier[];
const units = Object.keys(UNITS) as Unit[];

describe('English money and terms equal format.ts', () => {
  it('formatMoneyIn and formatMoneyUsdIn, every amount, currency and qualifier, with and without a dollar figure', () => {
    let checked = 0;
    for (const amount of AMOUNTS)
      for (const currency of currencies)
        for (const qualifier of qualifiers)
          for (const usd of currency === 'USD' ? [undefined] : [undefined, amount / 1300]) {
            const money: Money = usd === undefined ? { amount, currency, qualifier } : { amount, currency, qualifier, usd, usdBasis: 'stated' };
            expect(formatMoneyIn(money, 'en')).toBe(formatMoney(money));
            expect(formatMoneyUsdIn(money, 'en')).toBe(formatMoneyUsd(money));
            checked++;
          }
    expect(checked).toBeGreaterThan(20_000);
    expect(formatMoneyUsdIn(undefined, 'en')).toBeUndefined();
  });

  it('formatTermIn, all three disclosure states', () => {
    for (const amount of AMOUNTS.slice(0, 60)) {
      const term = { disclosure: 'given', amount, currency: 'KRW', qualifier: 'more-than', usd: amount / 1400, usdBasis: 'stated' } as const;
      expect(formatTermIn(term, 'en')).toBe(formatTerm(term));
    }
    expect(formatTermIn({ disclosure: 'undisclosed' }, 'en')).toBe('not disclosed');
    expect(formatTermIn({ disclosure: 'not-stated' }, 'en')).toBe('not stated');
  });

  it('the examples the site shows', () => {
    expect(formatMoneyIn({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' }, 'en')).toBe('more than ₩66B ($49.7M)');
    expect(formatMoneyIn({ amount: 27.68e9, currency: 'CNY', qualifier: 'exact' }, 'en')).toBe('CN¥27.68B');
    expect(formatMoneyIn({ amount: 5.6e9, currency: 'USD', qualifier: 'up-to' }, 'en')).toBe('up to $5.6B');
  });
});

describe('English figures equal format.ts', () => {
  it('formatNumberIn and formatValueIn, every unit and qualifier, signed or not, negative values too', () => {
    for (const unit of units)
      for (const v of [...AMOUNTS, ...PERCENTS, ...PERCENTS.map((p) => -p * 1e6)])
        for (const signed of [false, true]) {
          expect(formatNumberIn(v, unit, 'en', { signed })).toBe(formatNumber(v, unit, { signed }));
          for (const q of qualifiers) expect(formatValueIn(v, unit, q, 'en', undefined, { signed })).toBe(formatValue(v, unit, q, undefined, { signed }));
        }
  });

  it('ranges, in every unit', () => {
    for (const unit of units)
      for (const [lo, hi] of [
        [30, 50],
        [25, 55],
        [1e9, 2e9],
        [5e7, 1.2e8],
        [-5, 3],
        [0, 12_500],
      ] as const)
        for (const signed of [false, true]) expect(formatValueIn(lo, unit, 'range', 'en', hi, { signed })).toBe(formatValue(lo, unit, 'range', hi, { signed }));
    expect(formatValueIn(30, 'percent', 'range', 'en', 50)).toBe('30–50%');
    expect(formatValueIn(1e9, 'USD', 'range', 'en', 2e9)).toBe('$1B–$2B');
  });

  it('a negative lower end of a percent range keeps its sign (format.ts dropped it before)', () => {
    expect(formatValue(-5, 'percent', 'range', 3)).toBe('\u22125–3%');
    expect(formatValueIn(-5, 'percent', 'range', 'en', 3)).toBe('\u22125–3%');
  });

  it('derived figures', () => {
    for (const q of ['exact', 'about', 'more-than', 'at-least', 'up-to', 'nearly'] as const)
      for (const value of [3.7, 49.7e6, 1.35e9]) {
        expect(formatFigureIn({ value, qualifier: q }, 'USD', 'en')).toBe(formatFigure({ value, qualifier: q }, 'USD'));
        expect(formatFigureIn({ value, qualifier: q }, 'percent', 'en')).toBe(formatFigure({ value, qualifier: q }, 'percent'));
      }
  });
});

describe('English dates equal dates.ts', () => {
  it('every month at each precision, long and short, and no date', () => {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      for (const d of [{ value: `2025-${mm}-07`, precision: 'day' }, { value: `2025-${mm}`, precision: 'month' }, { value: '2025', precision: 'year' }] as const)
        for (const short of [false, true]) expect(formatPartialDateIn(d, 'en', { short })).toBe(formatPartialDate(d, { short }));
      expect(formatIsoDateIn(`2024-${mm}-28`, 'en')).toBe(formatIsoDate(`2024-${mm}-28`));
      expect(formatFlexibleDateIn(`2026-${mm}`, 'en')).toBe(formatFlexibleDate(`2026-${mm}`));
    }
    expect(formatIsoDateIn('2024-02-29', 'en')).toBe(formatIsoDate('2024-02-29'));
    expect(formatPartialDateIn(undefined, 'en')).toBe('date not stated');
    expect(formatPartialDateIn(undefined, 'en', { short: true })).toBe('not stated');
  });

  it('September is "Sep" as the site writes it, not Intl en-GB\'s "Sept"', () => {
    expect(formatPartialDateIn({ value: '2025-09-07', precision: 'day' }, 'en', { short: true })).toBe('7 Sep 2025');
  });
});
