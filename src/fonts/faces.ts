// The site's one text face, IBM Plex Sans: made for interfaces and figures, with tabular lining digits by
// default (every digit is 600 units wide), so numbers in tables and on chart axes line up.
// One list of faces feeds the web fonts (subset, hashed), the chart text metrics, the chart pictures
// (resvg) and, through the page CSS, the PDFs.

export const FONT_FAMILY = 'IBM Plex Sans';
/** CSS stack: Plex first, then metric-near system faces while it loads (font-display: swap). */
export const FONT_STACK = `"${FONT_FAMILY}", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

export type FontWeight = 400 | 600;
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 600];

/** Code point ranges, as [first, last] pairs. */
type Ranges = readonly (readonly [number, number])[];

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
