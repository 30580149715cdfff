// Every character of the Korean and Chinese interface words must be in a face their pages load: IBM Plex
// (its cut ranges) or the language's CJK face. A character in neither is drawn from whatever the reader's
// system has, and a PDF prints it emboldened as Type 3 glyphs: the Korean deals caption's 「」 did, since the
// Korean face's source file (fontsource's "korean" subset) has no CJK brackets.
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CJK_FACES, FACE_SUBSETS, FONT_WEIGHTS, type CjkLocale } from '../../../src/fonts/faces.ts';
import { cjkSourcePath, sourceFontPath } from '../../../src/fonts/metrics.ts';

/** Every string in a language's messages file (values may be nested, as plural forms are). */
const messageText = (locale: CjkLocale): string => {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
  return strings(JSON.parse(readFileSync(new URL(`../../../src/lib/i18n/messages/${locale}.json`, import.meta.url), 'utf8'))).join('');
};

const drawnBy = (file: string) => {
  const font = fontkit.create(readFileSync(file)) as fontkit.Font;
  return (c: number) => font.hasGlyphForCodePoint(c);
};
// Arrows: no face the site ships has them, on any page; browsers draw them from the system (src/fonts/metrics.ts).
const ARROWS: [number, number] = [0x2190, 0x21ff];

describe('the Korean and Chinese messages’ characters', () => {
  for (const locale of Object.keys(CJK_FACES) as CjkLocale[]) {
    it(`${locale}: each is in Plex or ${CJK_FACES[locale].family}, in both weights`, () => {
      const plex = FACE_SUBSETS.flatMap((s) => FONT_WEIGHTS.map((w) => ({ ranges: s.ranges, has: drawnBy(sourceFontPath(s.source, w)) })));
      const cjk = FONT_WEIGHTS.map((w) => drawnBy(cjkSourcePath(locale, w)));
      const inPlex = (c: number) => plex.some((p) => p.ranges.some(([a, b]) => c >= a && c <= b) && p.has(c));
      const text = messageText(locale);
      const lacking = [...new Set(text)].filter((ch) => {
        const c = ch.codePointAt(0)!;
        if (c < 0x20 || (c >= ARROWS[0] && c <= ARROWS[1])) return false;
        return !inPlex(c) && !cjk.every((has) => has(c));
      });
      expect(lacking).toEqual([]);
    });
  }
});
