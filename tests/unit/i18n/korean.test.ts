// Figures and dates as Korean readers write them: 만/억/조, "56억 달러", "최대 …", "… 이상", "2025년 3월 17일".
import { describe, expect, it, vi } from 'vitest';
import { formatAmountIn, formatFigureIn, formatNumberIn, formatValueIn } from '../../../src/lib/i18n/format-number.ts';
import { formatMoneyIn, formatMoneyUsdIn, formatTermIn } from '../../../src/lib/i18n/format-money.ts';
import { formatFlexibleDateIn, formatIsoDateIn, formatPartialDateIn } from '../../../src/lib/i18n/format-date.ts';
import { sumTerms } from '../../../src/lib/deal-terms.ts';

const ko = 'ko' as const;
const usd = (amount: number) => formatAmountIn(amount, 'USD', ko);

describe('Korean amounts', () => {
  it('in the units Korean readers use, the currency word after a space', () => {
    expect(usd(5.6e9)).toBe('56억 달러'); // US$5.6B
    expect(formatAmountIn(66e9, 'KRW', ko)).toBe('660억 원'); // 66 billion won
    expect(formatAmountIn(27.68e9, 'CNY', ko)).toBe('276.8억 위안'); // CN¥27.68B
    expect(formatAmountIn(5.5e12, 'KRW', ko)).toBe('5.5조 원');
    expect(usd(49.7e6)).toBe('4970만 달러');
    expect(formatAmountIn(1.2e9, 'EUR', ko)).toBe('12억 유로');
  });

  it('zero and amounts under 1만 are written in full, grouped as Korean groups them', () => {
    expect(usd(0)).toBe('0 달러');
    expect(usd(940)).toBe('940 달러');
    expect(formatAmountIn(5000, 'KRW', ko)).toBe('5,000 원');
  });

  it('the boundaries of 만, 억 and 조, where rounding carries a figure into the next unit', () => {
    expect(usd(9999)).toBe('1만 달러'); // English rounds it to $10K
    expect(usd(10_000)).toBe('1만 달러');
    expect(usd(99_994_999)).toBe('9999만 달러'); // $99.99M
    expect(usd(99_995_000)).toBe('1억 달러'); // $100M
    expect(usd(1e8)).toBe('1억 달러');
    expect(usd(999.4e9)).toBe('9994억 달러');
    expect(usd(999.96e9)).toBe('1조 달러'); // $1T
    expect(usd(1e12)).toBe('1조 달러');
    expect(usd(1e16)).toBe('10,000조 달러'); // past 조, counted in 조 (경 is not used for money)
  });

  it('rounded as English rounds: two decimals of its K/M/B/T, the same figure in 억', () => {
    expect(usd(1.234e9)).toBe('12.3억 달러'); // $1.23B
    expect(usd(123.456e9)).toBe('1234.6억 달러'); // $123.46B
    expect(usd(1.35e9)).toBe('13.5억 달러');
    expect(usd(5432)).toBe('5,430 달러'); // $5.43K
  });
});

describe('Korean qualifiers and the original figure beside the converted one', () => {
  const m = (qualifier: 'up-to' | 'more-than' | 'about' | 'at-least' | 'nearly' | 'exact') => formatMoneyIn({ amount: 1e9, currency: 'USD', qualifier }, ko);
  it('placed where Korean puts them', () => {
    expect(m('up-to')).toBe('최대 10억 달러');
    expect(m('more-than')).toBe('10억 달러 이상');
    expect(m('about')).toBe('약 10억 달러');
    expect(m('at-least')).toBe('최소 10억 달러');
    expect(m('nearly')).toBe('10억 달러 가까이');
    expect(m('exact')).toBe('10억 달러');
  });
  it('the dollar figure in parentheses after the won, the qualifier after both', () => {
    expect(formatMoneyIn({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' }, ko)).toBe('660억 원(4970만 달러) 이상');
    expect(formatMoneyIn({ amount: 66e9, currency: 'KRW', qualifier: 'exact' }, ko)).toBe('660억 원'); // no rate stated: nothing converted
    expect(formatMoneyUsdIn({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' }, ko)).toBe('4970만 달러 이상');
    expect(formatMoneyUsdIn({ amount: 66e9, currency: 'KRW', qualifier: 'exact' }, ko)).toBeUndefined();
  });
  it('deal terms keep their three states apart', () => {
    expect(formatTermIn({ disclosure: 'given', amount: 5.6e9, currency: 'USD', qualifier: 'up-to' }, ko)).toBe('최대 56억 달러');
    expect(formatTermIn({ disclosure: 'undisclosed' }, ko)).toBe('비공개');
    expect(formatTermIn({ disclosure: 'not-stated' }, ko)).toBe('언급 없음');
  });
  it('a lower bound stays a lower bound', () => {
    const floor = sumTerms([{ disclosure: 'given', amount: 50e6, currency: 'USD', qualifier: 'exact' }, { disclosure: 'undisclosed' }])!;
    expect(formatFigureIn(floor, 'USD', ko)).toBe('최소 5000만 달러');
    expect(formatFigureIn({ value: 3.7, qualifier: 'more-than' }, 'percent', ko)).toBe('3.7% 이상');
  });
});

describe('Korean percentages, other units and ranges', () => {
  it('percent, points, ratio, rank and count', () => {
    expect(formatValueIn(28, 'percent', 'about', ko)).toBe('약 28%');
    expect(formatNumberIn(-2.9, 'percent', ko)).toBe('\u22122.9%'); // growth can fall: a true minus sign
    expect(formatNumberIn(0.3, 'percent', ko, { signed: true })).toBe('+0.3%');
    expect(formatNumberIn(-5.2, 'percentage-points', ko)).toBe('\u22125.2%p');
    expect(formatNumberIn(19, 'ratio', ko)).toBe('19배');
    expect(formatNumberIn(2, 'rank', ko)).toBe('2위');
    expect(formatNumberIn(625, 'count', ko)).toBe('625');
    expect(formatNumberIn(1234, 'count', ko)).toBe('1,234');
    expect(formatNumberIn(12_500, 'count', ko)).toBe('1.25만');
  });
  it('ranges with ~, the unit once after the upper end', () => {
    expect(formatValueIn(30, 'percent', 'range', ko, 50)).toBe('30~50%');
    expect(formatValueIn(1e9, 'USD', 'range', ko, 2e9)).toBe('10억~20억 달러');
    expect(formatValueIn(5e7, 'USD', 'range', ko, 1.2e8)).toBe('5000만~1.2억 달러');
    expect(formatValueIn(-5, 'percent', 'range', ko, 3)).toBe('\u22125~3%');
  });
});

describe('Korean dates', () => {
  it('at each precision, with plain spaces (Intl inserts no non-breaking ones here)', () => {
    expect(formatPartialDateIn({ value: '2025-03-17', precision: 'day' }, ko)).toBe('2025년 3월 17일');
    expect(formatPartialDateIn({ value: '2025-03', precision: 'month' }, ko)).toBe('2025년 3월');
    expect(formatPartialDateIn({ value: '2025', precision: 'year' }, ko)).toBe('2025년');
    expect(formatPartialDateIn({ value: '2025-03-17', precision: 'day' }, ko, { short: true })).toBe('2025년 3월 17일');
    expect(formatIsoDateIn('2024-12-31', ko)).toBe('2024년 12월 31일');
    expect(formatFlexibleDateIn('2026-01', ko)).toBe('2026년 1월');
    expect([...formatPartialDateIn({ value: '2025-03-17', precision: 'day' }, ko)].filter((c) => /\s/.test(c))).toEqual([' ', ' ']);
  });
  it('a calendar day whatever the machine\'s time zone (behind UTC and ahead of it)', async () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Seoul']) {
        process.env.TZ = zone;
        // A fresh module: its formatters are made in this zone, not the ones cached under UTC.
        vi.resetModules();
        const dates = await import('../../../src/lib/i18n/format-date.ts');
        expect(dates.formatIsoDateIn('2025-01-01', ko)).toBe('2025년 1월 1일');
        expect(dates.formatFlexibleDateIn('2025-01', ko)).toBe('2025년 1월');
      }
    } finally {
      process.env.TZ = tz;
    }
  });
  it('no date', () => {
    expect(formatPartialDateIn(undefined, ko)).toBe('날짜 언급 없음');
    expect(formatPartialDateIn(undefined, ko, { short: true })).toBe('언급 없음');
  });
});
