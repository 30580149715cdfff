// Figures the way each language writes them: "$5.6B" / "56억 달러" / "56亿美元", "about 28%" / "약 28%" / "约28%".
// Pure. Every language shows the figure English shows (src/lib/format.ts rounds it), only in its own units,
// so a page never says more, or less, in one language than in another. English output is format.ts's, exactly.
import { CURRENCIES } from '../../schema/vocab.ts';
import type { Currency, Qualifier, Unit } from '../../schema/vocab.ts';
import { shortNumber, shortScale, signed, trimNumber } from '../format.ts';
import { LOCALES } from './locales.ts';
import type { Locale } from './locales.ts';
import { NUMBER_STYLES, fill } from './number-styles.ts';

const isCurrency = (u: string): u is Currency => u in CURRENCIES;

/** What a figure is counted in: a unit of a metric series, or any currency a deal term is stated in. */
export type Measure = Unit | Currency;

/** An exact decimal for Intl (mantissa × 10^exponent): Intl reads a string without passing through a float. */
const decimal = (mantissa: string, exponent = 0) => `${mantissa}e${exponent}` as Intl.StringNumericLiteral;

const intlCache = new Map<string, Intl.NumberFormat>();
function intl(locale: Locale, grouping: 'auto' | 'min2'): Intl.NumberFormat {
  const key = `${locale} ${grouping}`;
  let f = intlCache.get(key);
  if (!f) {
    // 20 fraction digits: the figure arrives rounded, Intl only writes it. "min2" is how CLDR's compact
    // formats group a count of units: 4970만, but 10,000조.
    f = new Intl.NumberFormat(LOCALES[locale].intl, { maximumFractionDigits: 20, useGrouping: grouping });
    intlCache.set(key, f);
  }
  return f;
}

/**
 * A magnitude in the language's units, no sign: 5.6e9 → "5.6B" / "56억" / "56亿"; 27.68e9 → "276.8억".
 * English rounds (two decimals of its K/M/B/T); the others write that same figure in 만/억/조 or 万/亿/万亿,
 * as an exact decimal string so that 27.68B never becomes 276.79999억.
 */
export function shortNumberIn(abs: number, locale: Locale): string {
  const { myriads } = NUMBER_STYLES[locale];
  if (!myriads) return shortNumber(abs);
  const key = `${locale} ${abs}`;
  let text = shortWritten.get(key);
  if (text === undefined) {
    text = inMyriads(abs, locale, myriads);
    if (shortWritten.size >= WRITTEN_LIMIT) shortWritten.clear();
    shortWritten.set(key, text);
  }
  return text;
}

/**
 * Figures already written, by language and value: Intl's format is slow next to the rest of a page, and
 * Korean and Chinese pages write the same amounts again and again (each deal's on its page, its company's,
 * its lists).
 */
const shortWritten = new Map<string, string>();
const WRITTEN_LIMIT = 100_000;

function inMyriads(abs: number, locale: Locale, myriads: NonNullable<(typeof NUMBER_STYLES)[Locale]['myriads']>): string {
  const scale = shortScale(abs);
  const mantissa = scale ? trimNumber(abs / 10 ** scale.exponent) : trimNumber(abs);
  const exponent = scale?.exponent ?? 0;
  const shown = Number(decimal(mantissa, exponent));
  const myriad = myriads.find(([e]) => shown >= 10 ** e);
  if (!myriad) return intl(locale, 'auto').format(decimal(mantissa, exponent));
  return intl(locale, 'min2').format(decimal(mantissa, exponent - myriad[0])) + myriad[1];
}

/** The figure of a count: in full below 10,000 ("1,234"), as English writes it; larger counts are short. */
function countIn(abs: number, locale: Locale): string {
  if (abs >= 1e4) return shortNumberIn(abs, locale);
  return locale === 'en' ? abs.toLocaleString('en-US', { maximumFractionDigits: 2 }) : intl(locale, 'auto').format(decimal(trimNumber(abs)));
}

/** The figure without its unit and sign: "56억" for 5.6e9 USD, "28" for 28 percent. */
function digitsIn(abs: number, unit: Measure, locale: Locale): string {
  if (isCurrency(unit)) return shortNumberIn(abs, locale);
  if (unit === 'count') return countIn(abs, locale);
  if (unit === 'rank') return trimNumber(abs, 0);
  // Percentages, points and ratios keep English's one decimal; Intl's ko and zh percent patterns write the same.
  return trimNumber(abs, 1);
}

function unitPattern(unit: Measure, locale: Locale): string {
  const style = NUMBER_STYLES[locale];
  return isCurrency(unit) ? style.currencies[unit] : style.units[unit];
}

export interface NumberOptions {
  /** Write "+" before a positive figure (a change). */
  signed?: boolean;
}

/** A number in a unit, no qualifier: 5.6e9 USD → "56억 달러"; −2.9 percent → "−2.9%"; 2 rank → "第2". */
export function formatNumberIn(value: number, unit: Measure, locale: Locale, opts: NumberOptions = {}): string {
  const abs = Math.abs(value);
  const body = fill(unitPattern(unit, locale), digitsIn(abs, unit, locale));
  // A rank has no sign in any language ("#2", not "+#2").
  return unit === 'rank' ? body : signed(value, body, !!opts.signed);
}

/** An amount in a currency: formatAmountIn(66e9, 'KRW', 'ko') → "660억 원"; 'en' → "₩66B". */
export function formatAmountIn(amount: number, currency: Currency, locale: Locale): string {
  return formatNumberIn(amount, currency, locale);
}

/** A figure inside its qualifier: "최대 10억 달러", "660억 원 이상", "超过…"; exact and range add nothing. */
export function qualifyIn(text: string, qualifier: Qualifier, locale: Locale): string {
  return qualifier === 'exact' || qualifier === 'range' ? text : fill(NUMBER_STYLES[locale].qualifiers[qualifier], text);
}

/** Two figures as a range: "30–50%" / "30~50%" / "30%～50%"; "10억~20억 달러" writes the unit once. */
function rangeIn(value: number, upper: number, unit: Measure, locale: Locale, opts: NumberOptions): string {
  const { range } = NUMBER_STYLES[locale];
  const hi = formatNumberIn(upper, unit, locale, opts);
  const both = range.unitAtBothEnds.includes(isCurrency(unit) ? 'currency' : unit);
  const lo = both ? formatNumberIn(value, unit, locale, opts) : signed(value, digitsIn(Math.abs(value), unit, locale), !!opts.signed);
  return lo + range.dash + hi;
}

/**
 * A figure with its qualifier: formatValueIn(28, 'percent', 'about', 'ko') → "약 28%";
 * a range needs upper: formatValueIn(30, 'percent', 'range', 'zh-Hans', 50) → "30%～50%".
 */
export function formatValueIn(value: number, unit: Measure, qualifier: Qualifier, locale: Locale, upper?: number, opts: NumberOptions = {}): string {
  if (qualifier === 'range' && upper !== undefined) return rangeIn(value, upper, unit, locale, opts);
  return qualifyIn(formatNumberIn(value, unit, locale, opts), qualifier, locale);
}

/** A derived figure (src/lib/deal-terms.ts): a lower bound stays one, "최소 3.7%", "超过4970万美元". */
export function formatFigureIn(f: { value: number; qualifier: Qualifier }, unit: Measure, locale: Locale): string {
  return formatValueIn(f.value, unit, f.qualifier, locale);
}
