// The site's one text face, IBM Plex Sans: made for interfaces and figures, with tabular lining digits by
// default (every digit is 600 units wide), so numbers in tables and on chart axes line up.
// One list of faces feeds the web fonts (subset, hashed), the chart text metrics, the chart pictures
// (resvg) and, through the page CSS, the PDFs. Korean and Chinese pages add a CJK face after it (CJK_FACES).
import type { Locale } from '../lib/i18n/locales.ts';

export const FONT_FAMILY = 'IBM Plex Sans';
/** CSS stack: Plex first, then metric-near system faces while it loads (font-display: swap). */
export const FONT_STACK = `"${FONT_FAMILY}", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

export type FontWeight = 400 | 600;
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 600];

/** Code point ranges, as [first, last] pairs. */
export type Ranges = readonly (readonly [number, number])[];

export interface FaceSubset {
  /** Short name used in file names. */
  name: 'core' | 'ext';
  /** The @fontsource file the glyphs come from. */
  source: 'latin' | 'latin-ext';
  ranges: Ranges;
  /** Preloaded: the core face is on every page; the extension only where ₩ or an accented name appears. */
  preload: boolean;
}

export const FACE_SUBSETS: readonly FaceSubset[] = [
  {
    name: 'core',
    source: 'latin',
    // ASCII, Latin-1 (¥, ×, ·, accented Western names), dashes/quotes/bullet/ellipsis, ‰ and guillemets, €, ™, minus.
    ranges: [[0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x203a], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2212, 0x2212]],
    preload: true,
  },
  {
    name: 'ext',
    source: 'latin-ext',
    // Latin Extended-A (Central European names) and the won sign.
    ranges: [[0x100, 0x17f], [0x20a9, 0x20a9]],
    preload: false,
  },
];

export function unicodeRange(ranges: Ranges): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

export function rangeText(ranges: Ranges): string {
  let s = '';
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) s += String.fromCodePoint(c);
  return s;
}

/**
 * The CJK faces, one per language that needs one: Noto Sans KR for Korean pages, Noto Sans SC for Chinese.
 * They come after Plex in the page's stack, so Latin letters and every digit stay Plex and only the
 * characters Plex lacks (Hangul, Han, CJK punctuation) are drawn in Noto. English pages do not list them:
 * they never download a CJK file (a Korean name marked lang="ko" there falls back to a system face).
 */
export interface CjkFace {
  family: string;
  /** Short name used in file names. */
  name: 'kr' | 'sc';
  /** The @fontsource package and the file of it the glyphs come from (its script's full subset). */
  pkg: '@fontsource/noto-sans-kr' | '@fontsource/noto-sans-sc';
  source: 'korean' | 'chinese-simplified';
  /** Which characters of the dataset (shared by every language) this face takes: its own script's. */
  script: RegExp;
  /** The blocks the browser may fetch it for (unicode-range); characters outside the subset fall back. */
  ranges: Ranges;
}

// CJK symbols and punctuation (、。「」), CJK Compatibility Ideographs, half- and fullwidth forms (，：（）).
const CJK_PUNCTUATION: Ranges = [[0x3000, 0x303f], [0xf900, 0xfaff], [0xff00, 0xffef]];
const HAN: Ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff]];

export const CJK_FACES = {
  ko: {
    family: 'Noto Sans KR',
    name: 'kr',
    pkg: '@fontsource/noto-sans-kr',
    source: 'korean',
    script: /\p{Script=Hangul}/u,
    // Hangul Jamo, compatibility Jamo, syllables; Han as Korean text may write it; CJK punctuation.
    ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af], ...CJK_PUNCTUATION, ...HAN],
  },
  'zh-Hans': {
    family: 'Noto Sans SC',
    name: 'sc',
    pkg: '@fontsource/noto-sans-sc',
    source: 'chinese-simplified',
    script: /\p{Script=Han}/u,
    ranges: [...CJK_PUNCTUATION, ...HAN],
  },
} as const satisfies Partial<Record<Locale, CjkFace>>;

export type CjkLocale = keyof typeof CJK_FACES;

/**
 * The language switcher names 한국어 and 简体中文 on every page, in their own scripts. A face of just those
 * characters (a few glyphs of each CJK face, about a kilobyte) draws them where the page's own face does not:
 * on English pages, and 한국어 on Chinese pages (Noto Sans SC has no Hangul), instead of a system face that
 * may have none.
 */
export const LANGUAGE_NAMES_FAMILY = 'Deal Atlas Language Names';

export function isCjkLocale(locale: Locale): locale is CjkLocale {
  return Object.hasOwn(CJK_FACES, locale);
}

/** A language's CSS stack: Plex, then its CJK face if it has one, then the system faces. */
export function fontStack(locale: Locale): string {
  return isCjkLocale(locale) ? FONT_STACK.replace(`"${FONT_FAMILY}", `, `"${FONT_FAMILY}", "${CJK_FACES[locale].family}", `) : FONT_STACK;
}
