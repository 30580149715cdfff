import { describe, expect, it } from 'vitest';
import { formatCurrencyShort, formatMoney, formatMoneyUsd, formatNumber, formatTerm, formatUsdShort, formatValue, shortNumber } from '../../../src/lib/format.ts';

describe('short numbers and currencies', () => {
  it.each([
    [5.6e9, '$5.6B'],
    [1.35e9, '$1.35B'],
    [630e6, '$630M'],
    [49.7e6, '$49.7M'],
    [50e6, '$50M'],
    [999.999e6, '$1B'],
    [940, '$940'],
    [0, '$0'],
  ])('formatUsdShort(%d) = %s', (n, s) => expect(formatUsdShort(n)).toBe(s));

  it('uses the vocabulary symbols', () => {
    expect(formatCurrencyShort(5.5e12, 'KRW')).toBe('₩5.5T');
    expect(formatCurrencyShort(66e9, 'KRW')).toBe('₩66B');
    expect(formatCurrencyShort(87.82e9, 'CNY')).toBe('CN¥87.82B');
    expect(shortNumber(12_500)).toBe('12.5K');
  });
});

describe('formatValue', () => {
  it('puts the qualifier before the figure', () => {
    expect(formatValue(28, 'percent', 'about')).toBe('about 28%');
    expect(formatValue(60, 'percent', 'more-than')).toBe('more than 60%');
    expect(formatValue(5.6e9, 'USD', 'up-to')).toBe('up to $5.6B');
    expect(formatValue(50e9, 'USD', 'nearly')).toBe('nearly $50B');
    expect(formatValue(42, 'percent', 'exact')).toBe('42%');
    expect(formatValue(17, 'count', 'at-least')).toBe('at least 17');
  });
  it('formats ranges and signs', () => {
    expect(formatValue(30, 'percent', 'range', 50)).toBe('30–50%');
    expect(formatValue(1e9, 'USD', 'range', 2e9)).toBe('$1B–$2B');
    expect(formatValue(-2.9, 'percent', 'exact')).toBe('\u22122.9%');
    expect(formatValue(0.3, 'percent', 'exact', undefined, { signed: true })).toBe('+0.3%');
    expect(formatValue(-5.2, 'percentage-points', 'exact')).toBe('\u22125.2 pp');
    expect(formatNumber(19, 'ratio')).toBe('19×');
    expect(formatNumber(2, 'rank')).toBe('#2');
    expect(formatNumber(625, 'count')).toBe('625');
  });
});

describe('formatMoney', () => {
  it('keeps the stated currency and adds the stated dollar figure', () => {
    expect(formatMoney({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' })).toBe('more than ₩66B ($49.7M)');
    expect(formatMoney({ amount: 5.6e9, currency: 'USD', qualifier: 'up-to' })).toBe('up to $5.6B');
  });
  it('a deal term keeps its three states apart', () => {
    expect(formatTerm({ disclosure: 'given', amount: 5.6e9, currency: 'USD', qualifier: 'up-to' })).toBe('up to $5.6B');
    expect(formatTerm({ disclosure: 'undisclosed' })).toBe('not disclosed');
    expect(formatTerm({ disclosure: 'not-stated' })).toBe('not stated');
  });
  it('formatMoneyUsd gives only dollar figures', () => {
    expect(formatMoneyUsd({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' })).toBe('more than $49.7M');
    expect(formatMoneyUsd({ amount: 66e9, currency: 'KRW', qualifier: 'exact' })).toBeUndefined();
  });
});
