// How each language writes figures: its units of magnitude, currency words, unit signs, qualifiers, ranges and
// the converted figure beside the original. Data only; src/lib/i18n/format-number.ts applies it. "{}" in a
// pattern is the figure. Conventions and their sources: docs/architecture.md, "Numbers per language".
import { CURRENCIES, QUALIFIERS } from '../../schema/vocab.ts';
import type { Currency, Qualifier, Unit } from '../../schema/vocab.ts';
import { TERM_WITHOUT_AMOUNT } from '../format.ts';
import type { Locale } from './locales.ts';

/** The qualifiers a figure is written with; "exact" adds nothing and "range" joins two figures. */
export type Bound = Exclude<Qualifier, 'exact' | 'range'>;

/** Units a figure carries that are not currencies. */
export type PlainUnit = Exclude<Unit, Currency>;

export interface NumberStyle {
  /**
   * Units of magnitude, largest first, as 10^exponent and the word: 억 is 10^8. A figure of at least one is
   * written in the largest it reaches (56억); below the smallest, in full (5,000). None: English keeps its
   * K/M/B/T suffixes (src/lib/format.ts).
   */
  myriads?: readonly (readonly [exponent: number, word: string])[];
  /** An amount in each currency around its written magnitude: "$5.6B", "56억 달러", "56亿美元". */
  currencies: Record<Currency, string>;
  /** A figure in each other unit: "28%", "5.2%p", "5.2个百分点". */
  units: Record<PlainUnit, string>;
  /** Each qualifier around the figure it qualifies, placed where the language puts it: "최대 {}", "{} 이상". */
  qualifiers: Record<Bound, string>;
  /** A range: the dash between its ends, and the units written at both ends (the rest only after the upper). */
  range: { dash: string; unitAtBothEnds: readonly (PlainUnit | 'currency')[] };
  /** The original figure with its converted one beside it: "{} ({})". */
  gloss: string;
  /** What a deal term without an amount says (src/lib/format.ts, TERM_WITHOUT_AMOUNT, in English). */
  termWithoutAmount: Record<keyof typeof TERM_WITHOUT_AMOUNT, string>;
}

const mapValues = <K extends string, V, W>(o: Record<K, V>, f: (v: V) => W) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as V)])) as Record<K, W>;

const en: NumberStyle = {
  currencies: mapValues(CURRENCIES, (symbol) => `${symbol}{}`),
  units: { count: '{}', percent: '{}%', 'percentage-points': '{} pp', ratio: '{}×', rank: '#{}' },
  qualifiers: {
    'up-to': `${QUALIFIERS['up-to']} {}`,
    about: `${QUALIFIERS.about} {}`,
    nearly: `${QUALIFIERS.nearly} {}`,
    'more-than': `${QUALIFIERS['more-than']} {}`,
    'at-least': `${QUALIFIERS['at-least']} {}`,
  },
  // "30–50%" but "$1B–$2B" and "5 pp–7 pp", as src/lib/format.ts has always written them.
  range: { dash: '–', unitAtBothEnds: ['currency', 'count', 'percentage-points', 'ratio', 'rank'] },
  gloss: '{} ({})',
  termWithoutAmount: TERM_WITHOUT_AMOUNT,
};

// Korean: 만/억/조 (CLDR ko compact patterns); a unit noun after a space (한글 맞춤법 제43항: 56억 달러);
// "이상" and "가까이" follow the figure, "최대", "약", "최소" precede it; ranges with "~", the unit once.
const ko: NumberStyle = {
  myriads: [
    [12, '조'],
    [8, '억'],
    [4, '만'],
  ],
  currencies: { USD: '{} 달러', KRW: '{} 원', CNY: '{} 위안', EUR: '{} 유로', GBP: '{} 파운드', CHF: '{} 스위스 프랑' },
  units: { count: '{}', percent: '{}%', 'percentage-points': '{}%p', ratio: '{}배', rank: '{}위' },
  qualifiers: { 'up-to': '최대 {}', about: '약 {}', nearly: '{} 가까이', 'more-than': '{} 이상', 'at-least': '최소 {}' },
  range: { dash: '~', unitAtBothEnds: [] },
  gloss: '{}({})',
  termWithoutAmount: { undisclosed: '비공개', 'not-stated': '언급 없음' },
};

// Simplified Chinese: 万/亿/万亿 (CLDR zh compact patterns); no spaces; qualifiers before the figure; ranges
// with "～" and a percent sign at both ends (GB/T 15835-2011); full-width parentheses.
const zhHans: NumberStyle = {
  myriads: [
    [12, '万亿'],
    [8, '亿'],
    [4, '万'],
  ],
  currencies: { USD: '{}美元', KRW: '{}韩元', CNY: '{}元', EUR: '{}欧元', GBP: '{}英镑', CHF: '{}瑞士法郎' },
  units: { count: '{}', percent: '{}%', 'percentage-points': '{}个百分点', ratio: '{}倍', rank: '第{}' },
  qualifiers: { 'up-to': '最高{}', about: '约{}', nearly: '近{}', 'more-than': '超过{}', 'at-least': '至少{}' },
  range: { dash: '～', unitAtBothEnds: ['percent', 'rank'] },
  gloss: '{}（{}）',
  termWithoutAmount: { undisclosed: '未披露', 'not-stated': '未提及' },
};

export const NUMBER_STYLES: Record<Locale, NumberStyle> = { en, ko, 'zh-Hans': zhHans };

/** Puts figures into a pattern's "{}", in order. A function replacement: a "$" in a figure is only a "$". */
export function fill(pattern: string, ...figures: string[]): string {
  let i = 0;
  return pattern.replace(/\{\}/g, () => figures[i++] ?? '');
}
