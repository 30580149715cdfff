// Text widths measured with the font files the site ships, so vega lays out chart labels for the face
// readers actually see. The web fonts carry no kerning or ligature tables (files.ts drops them), so a
// browser draws a string exactly as wide as the sum of its advance widths: this measure is exact for
// every character the face has. Characters it lacks (CJK, arrows) fall back to a system face and are
// over-estimated on purpose (1 em), so they may leave room but never collide.
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { FONT_WEIGHTS, type FontWeight } from './faces.ts';

const require = createRequire(import.meta.url);

/** A @fontsource file of the face, by unicode subset and weight (node_modules path). */
export function sourceFontPath(source: 'latin' | 'latin-ext', weight: FontWeight): string {
  return require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-${source}-${weight}-normal.woff2`);
}

interface Advances {
  perChar: Map<number, number>; // code point → advance in em
}

const tables = new Map<FontWeight, Advances>();

function advances(weight: FontWeight): Advances {
  let t = tables.get(weight);
  if (t) return t;
  // Loaded on first use: commands that never measure text (import, validate) skip fontkit's start-up.
  const fontkit = require('fontkit') as typeof Fontkit;
  const perChar = new Map<number, number>();
  for (const source of ['latin-ext', 'latin'] as const) {
    const font = fontkit.openSync(sourceFontPath(source, weight)) as Fontkit.Font;
    for (const cp of font.characterSet) perChar.set(cp, font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm);
  }
  tables.set(weight, (t = { perChar }));
  return t;
}

/** The nearest weight the site ships: 600 for bold (≥ 550), else 400. */
export function shippedWeight(weight: number | string | undefined): FontWeight {
  const n = weight === 'bold' ? 700 : weight === 'normal' || weight == null ? 400 : Number(weight) || 400;
  return n >= 550 ? FONT_WEIGHTS[1] : FONT_WEIGHTS[0];
}

/** Width in px of `text` set in the site face at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: number | string = 400): number {
  const { perChar } = advances(shippedWeight(weight));
  let em = 0;
  for (const ch of text) em += perChar.get(ch.codePointAt(0) as number) ?? 1;
  return em * fontSize;
}
