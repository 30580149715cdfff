// Figures and dates as Simplified Chinese readers write them: 万/亿/万亿, "56亿美元", "最高…", "超过…", "2025年3月17日".
import { describe, expect, it } from 'vitest';
import { formatAmountIn, formatFigureIn, formatNumberIn, formatValueIn } from '../../../src/lib/i18n/format-number.ts';
import { formatMoneyIn, formatMoneyUsdIn, formatTermIn } from '../../../src/lib/i18n/format-money.ts';
import { formatFlexibleDateIn, formatIsoDateIn, formatPartialDateIn } from '../../../src/lib/i18n/format-date.ts';
import { sumTerms } from '../../../src/lib/deal-terms.ts';

const zh = 'zh-Hans' as const;
const usd = (amount: number) => formatAmountIn(amount, 'USD', zh);

describe('Chinese amounts', () => {
  it('in the units Chinese readers use, the currency word after the figure with no space', () => {
    expect(usd(5.6e9)).toBe('56亿美元'); // US$5.6B
    expect(formatAmountIn(27.68e9, 'CNY', zh)).toBe('276.8亿元'); // CN¥27.68B
    expect(formatAmountIn(66e9, 'KRW', zh)).toBe('660亿韩元'); // 66 billion won
    expect(formatAmountIn(8.2e12, 'KRW', zh)).toBe('8.2万亿韩元');
    expect(usd(49.7e6)).toBe('4970万美元');
    expect(formatAmountIn(3e8, 'CHF', zh)).toBe('3亿瑞士法郎');
  });

  it('zero and amounts under 1万 are written in full', () => {
    expect(usd(0)).toBe('0美元');
    expect(usd(940)).toBe('940美元');
    expect(formatAmountIn(5000, 'CNY', zh)).toBe('5,000元');
  });

  it('the boundaries of 万, 亿 and 万亿, where rounding carries a figure into the next unit', () => {
    expect(usd(9999)).toBe('1万美元');
    expect(usd(99_994_999)).toBe('9999万美元');
    expect(usd(99_995_000)).toBe('1亿美元');
    expect(usd(1e8)).toBe('1亿美元');
    expect(usd(999.4e9)).toBe('9994亿美元');
    expect(usd(999.96e9)).toBe('1万亿美元');
    expect(usd(1e12)).toBe('1万亿美元'); // 万亿, not 兆 (which mainland readers take for 10^6)
    expect(usd(1e16)).toBe('10,000万亿美元');
  });

  it('rounded as English rounds', () => {
    expect(usd(1.234e9)).toBe('12.3亿美元');
    expect(usd(123.456e9)).toBe('1234.6亿美元');
    expect(formatAmountIn(87.82e9, 'CNY', zh)).toBe('878.2亿元');
  });
});

describe('Chinese qualifiers and the original figure beside the converted one', () => {
  const m = (qualifier: 'up-to' | 'more-than' | 'about' | 'at-least' | 'nearly' | 'exact') => formatMoneyIn({ amount: 1e9, currency: 'USD', qualifier }, zh);
  it('all before the figure, no space', () => {
    expect(m('up-to')).toBe('最高10亿美元');
    expect(m('more-than')).toBe('超过10亿美元');
    expect(m('about')).toBe('约10亿美元');
    expect(m('at-least')).toBe('至少10亿美元');
    expect(m('nearly')).toBe('近10亿美元');
    expect(m('exact')).toBe('10亿美元');
  });
  it('the dollar figure in full-width parentheses after the won', () => {
    expect(formatMoneyIn({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' }, zh)).toBe('超过660亿韩元（4970万美元）');
    expect(formatMoneyIn({ amount: 27.68e9, currency: 'CNY', qualifier: 'exact' }, zh)).toBe('276.8亿元'); // no rate stated: nothing converted
    expect(formatMoneyUsdIn({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' }, zh)).toBe('超过4970万美元');
  });
  it('deal terms keep their three states apart', () => {
    expect(formatTermIn({ disclosure: 'given', amount: 5.6e9, currency: 'USD', qualifier: 'up-to' }, zh)).toBe('最高56亿美元');
    expect(formatTermIn({ disclosure: 'undisclosed' }, zh)).toBe('未披露');
    expect(formatTermIn({ disclosure: 'not-stated' }, zh)).toBe('未提及');
  });
  it('a lower bound stays a lower bound', () => {
    const floor = sumTerms([{ disclosure: 'given', amount: 50e6, currency: 'USD', qualifier: 'exact' }, { disclosure: 'undisclosed' }])!;
    expect(formatFigureIn(floor, 'USD', zh)).toBe('至少5000万美元');
    expect(formatFigureIn({ value: 3.7, qualifier: 'more-than' }, 'percent', zh)).toBe('超过3.7%');
  });
});

describe('Chinese percentages, other units and ranges', () => {
  it('percent, points, ratio, rank and count', () => {
    expect(formatValueIn(28, 'percent', 'about', zh)).toBe('约28%');
    expect(formatNumberIn(-2.9, 'percent', zh)).toBe('\u22122.9%');
    expect(formatNumberIn(222, 'percent', zh, { signed: true })).toBe('+222%');
    expect(formatNumberIn(5.2, 'percentage-points', zh)).toBe('5.2个百分点');
    expect(formatNumberIn(19, 'ratio', zh)).toBe('19倍');
    expect(formatNumberIn(2, 'rank', zh)).toBe('第2');
    expect(formatNumberIn(1234, 'count', zh)).toBe('1,234');
    expect(formatNumberIn(12_500, 'count', zh)).toBe('1.25万');
  });
  it('ranges with ～: the percent sign at both ends, a currency once', () => {
    expect(formatValueIn(30, 'percent', 'range', zh, 50)).toBe('30%～50%');
    expect(formatValueIn(1e9, 'USD', 'range', zh, 2e9)).toBe('10亿～20亿美元');
    expect(formatValueIn(2, 'ratio', 'range', zh, 3)).toBe('2～3倍');
  });
});

describe('Chinese dates', () => {
  it('at each precision, no spaces', () => {
    expect(formatPartialDateIn({ value: '2025-03-17', precision: 'day' }, zh)).toBe('2025年3月17日');
    expect(formatPartialDateIn({ value: '2025-03', precision: 'month' }, zh)).toBe('2025年3月');
    expect(formatPartialDateIn({ value: '2025', precision: 'year' }, zh)).toBe('2025年');
    expect(formatPartialDateIn({ value: '2025-03', precision: 'month' }, zh, { short: true })).toBe('2025年3月');
    expect(formatIsoDateIn('2024-02-29', zh)).toBe('2024年2月29日');
    expect(formatFlexibleDateIn('2026', zh)).toBe('2026年');
    expect(formatPartialDateIn(undefined, zh)).toBe('日期未提及');
    expect(formatPartialDateIn(undefined, zh, { short: true })).toBe('未提及');
  });
});
