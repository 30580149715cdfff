// Pure formatters for figures as readers see them: "$5.6B", "₩5.5T", "about 28%", "up to $5.6B".
import { CURRENCIES, QUALIFIERS } from '../schema/vocab.ts';
import type { Currency, Qualifier, Unit } from '../schema/vocab.ts';
import type { Money } from '../schema/primitives.ts';
import type { Term } from '../schema/deal-terms.ts';

const MINUS = '\u2212';
const SCALES: [exponent: number, suffix: string][] = [
  [12, 'T'],
  [9, 'B'],
  [6, 'M'],
  [3, 'K'],
];

/** Up to two decimals, trailing zeros trimmed: 1.35 → "1.35", 5.60 → "5.6", 630 → "630". */
export function trimNumber(n: number, maxDecimals = 2): string {
  const fixed = n.toFixed(maxDecimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * The scale a short number is written in: 10^exponent and its suffix (5.6e9 → 9, "B"); undefined below 1,000.
 * Other languages round to the same figure before writing it in their own units (src/lib/i18n).
 */
export function shortScale(abs: number): { exponent: number; suffix: string } | undefined {
  // Round first so 999.996M becomes "1B" rather than "1000M".
  const found = SCALES.find(([exponent]) => abs >= 10 ** exponent * 0.9995);
  return found && { exponent: found[0], suffix: found[1] };
}

/** 5.6e9 → "5.6B", 49.7e6 → "49.7M", 940 → "940". No sign handling: callers pass magnitudes. */
export function shortNumber(n: number): string {
  const abs = Math.abs(n);
  const scale = shortScale(abs);
  return scale ? trimNumber(abs / 10 ** scale.exponent) + scale.suffix : trimNumber(abs);
}

/** A formatted magnitude with its sign: U+2212 for a negative value, "+" for a positive one when asked. */
export function signed(n: number, body: string, showPlus: boolean): string {
  if (n < 0) return MINUS + body;
  return showPlus && n > 0 ? '+' + body : body;
}

/** An amount in a currency, short: formatCurrencyShort(5.5e12, 'KRW') → "₩5.5T". */
export function formatCurrencyShort(amount: number, currency: Currency): string {
  return signed(amount, CURRENCIES[currency] + shortNumber(amount), false);
}

/** formatUsdShort(5.6e9) → "$5.6B". */
export function formatUsdShort(amount: number): string {
  return formatCurrencyShort(amount, 'USD');
}

/** The words put before a figure: "up to ", "about ", "" for exact. */
export function qualifierPrefix(q: Qualifier): string {
  if (q === 'exact' || q === 'range') return '';
  return QUALIFIERS[q] + ' ';
}

const isCurrency = (u: string): u is Currency => u in CURRENCIES;

/** A bare number in a unit, no qualifier: 42 percent → "42%", 5.2 pp → "5.2 pp", 5.6e9 USD → "$5.6B". */
export function formatNumber(value: number, unit: Unit, opts: { signed?: boolean } = {}): string {
  const plus = !!opts.signed;
  if (isCurrency(unit)) return signed(value, CURRENCIES[unit] + shortNumber(value), plus);
  const abs = Math.abs(value);
  switch (unit) {
    case 'percent':
      return signed(value, trimNumber(abs, 1) + '%', plus);
    case 'percentage-points':
      return signed(value, trimNumber(abs, 1) + ' pp', plus);
    case 'ratio':
      return signed(value, trimNumber(abs, 1) + '×', plus);
    case 'rank':
      return '#' + trimNumber(abs, 0);
    case 'count':
    default:
      return signed(value, abs >= 1e4 ? shortNumber(abs) : abs.toLocaleString('en-US', { maximumFractionDigits: 2 }), plus);
  }
}

/**
 * A figure with its qualifier: formatValue(28, 'percent', 'about') → "about 28%";
 * a range needs upper: formatValue(30, 'percent', 'range', 50) → "30–50%".
 */
export function formatValue(value: number, unit: Unit, qualifier: Qualifier, upper?: number, opts: { signed?: boolean } = {}): string {
  if (qualifier === 'range' && upper !== undefined) {
    const hi = formatNumber(upper, unit, opts);
    // "30–50%" reads better than "30%–50%"; keep both ends whole for money ("$1B–$2B"). A negative end keeps its sign.
    const lo = unit === 'percent' ? signed(value, trimNumber(Math.abs(value), 1), !!opts.signed) : formatNumber(value, unit, opts);
    return `${lo}–${hi}`;
  }
  return qualifierPrefix(qualifier) + formatNumber(value, unit, opts);
}

/**
 * Money as the source states it, with the dollar figure alongside when the amount is in another currency:
 * "up to $5.6B", "more than ₩66B ($49.7M)".
 */
export function formatMoney(money: Money): string {
  const main = qualifierPrefix(money.qualifier) + formatCurrencyShort(money.amount, money.currency);
  if (money.currency !== 'USD' && money.usd !== undefined) return `${main} (${formatUsdShort(money.usd)})`;
  return main;
}

/** The USD figure of a money term with its qualifier ("up to $5.6B"), or undefined when none is given. */
export function formatMoneyUsd(money: Money | undefined): string | undefined {
  if (!money) return undefined;
  const usd = money.currency === 'USD' ? money.amount : money.usd;
  if (usd === undefined) return undefined;
  return qualifierPrefix(money.qualifier) + formatUsdShort(usd);
}

/** USD value of a money term: the amount itself for USD, else the stated/converted usd figure. */
export function usdOf(money: Money | undefined): number | undefined {
  if (!money) return undefined;
  return money.currency === 'USD' ? money.amount : money.usd;
}

/** What a page says for a deal term that carries no amount. */
export const TERM_WITHOUT_AMOUNT = { undisclosed: 'not disclosed', 'not-stated': 'not stated' } as const;

/** A deal term as its page and table show it: "up to $5.6B", "not disclosed" or "not stated". */
export function formatTerm(term: Term): string {
  return term.disclosure === 'given' ? formatMoney(term) : TERM_WITHOUT_AMOUNT[term.disclosure];
}

/** The USD figure of a deal term whose amount is given, else undefined. */
export function termUsd(term: Term | undefined): number | undefined {
  return term?.disclosure === 'given' ? usdOf(term) : undefined;
}

/** A derived figure ("at least 3.7%", "more than $49.7M"). */
export function formatFigure(f: { value: number; qualifier: Qualifier }, unit: Unit): string {
  return formatValue(f.value, unit, f.qualifier);
}

/** A file's size as a download link shows it: "1 KB" at least, "12 KB", "2.3 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
