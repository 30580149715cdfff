// Text widths measured with the font files the site ships, so vega lays out chart labels for the face
// readers actually see. The web fonts carry no kerning or ligature tables (files.ts drops them), so a
// browser draws a string exactly as wide as the sum of its advance widths: this measure is exact for
// every character the face has. Characters Plex lacks are measured in the CJK faces Korean and Chinese
// pages draw them in (Hangul in Noto Sans KR, Han and CJK punctuation in either: the two agree on every
// character both have that Plex lacks). Characters no face has (arrows) fall back to a system face and are
// over-estimated on purpose (1 em), so they may leave room but never collide.
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { CJK_FACES, FONT_WEIGHTS, type CjkLocale, type FontWeight } from './faces.ts';

const require = createRequire(import.meta.url);

/** A @fontsource file of the face, by unicode subset and weight (node_modules path). */
export function sourceFontPath(source: 'latin' | 'latin-ext', weight: FontWeight): string {
  return require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-${source}-${weight}-normal.woff2`);
}

/** The @fontsource file of a language's CJK face (its script's full subset), by weight. */
export function cjkSourcePath(locale: CjkLocale, weight: FontWeight): string {
  const face = CJK_FACES[locale];
  return require.resolve(`${face.pkg}/files/noto-sans-${face.name}-${face.source}-${weight}-normal.woff2`);
}

type Advances = Map<number, number>; // code point → advance in em

/**
 * A font file's advance per character. Read from its cmap and hmtx tables directly: fontkit's
 * glyphForCodePoint builds a glyph object per character, about 1.8 s for the 11,000 of a CJK face.
 */
function readAdvances(file: string): Advances {
  // Loaded on first use: commands that never measure text (import, validate) skip fontkit's start-up.
  const fontkit = require('fontkit') as typeof Fontkit;
  const font = fontkit.openSync(file) as Fontkit.Font & {
    _cmapProcessor: { lookup(cp: number): number };
    hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
  };
  const { metrics } = font.hmtx;
  const out: Advances = new Map();
  // Glyphs past the last hmtx entry share its advance (OpenType hmtx).
  for (const cp of font.characterSet) out.set(cp, metrics.get(Math.min(font._cmapProcessor.lookup(cp), metrics.length - 1)).advance / font.unitsPerEm);
  return out;
}

const plexTables = new Map<FontWeight, Advances>();
const cjkTables = new Map<FontWeight, Advances>();

function plexAdvances(weight: FontWeight): Advances {
  let t = plexTables.get(weight);
  if (!t) plexTables.set(weight, (t = new Map([...readAdvances(sourceFontPath('latin-ext', weight)), ...readAdvances(sourceFontPath('latin', weight))])));
  return t;
}

/**
 * The CJK faces' advances (the first to have a character wins), for the characters their unicode-range
 * gives them (what a browser draws in them); read only when a text has one.
 */
function cjkAdvances(weight: FontWeight): Advances {
  let t = cjkTables.get(weight);
  if (!t) {
    t = new Map();
    for (const locale of Object.keys(CJK_FACES) as CjkLocale[]) {
      for (const [cp, w] of readAdvances(cjkSourcePath(locale, weight))) if (!t.has(cp) && inCjkRange(cp)) t.set(cp, w);
    }
    cjkTables.set(weight, t);
  }
  return t;
}

const inCjkRange = (cp: number) => Object.values(CJK_FACES).some((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b));

/** The nearest weight the site ships: 600 for bold (≥ 550), else 400. */
export function shippedWeight(weight: number | string | undefined): FontWeight {
  const n = weight === 'bold' ? 700 : weight === 'normal' || weight == null ? 400 : Number(weight) || 400;
  return n >= 550 ? FONT_WEIGHTS[1] : FONT_WEIGHTS[0];
}

/** Width in px of `text` set in the site face at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: number | string = 400): number {
  const w = shippedWeight(weight);
  const plex = plexAdvances(w);
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    em += plex.get(cp) ?? (inCjkRange(cp) ? cjkAdvances(w).get(cp) : undefined) ?? 1;
  }
  return em * fontSize;
}
