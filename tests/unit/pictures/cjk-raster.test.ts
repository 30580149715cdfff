// Korean and Chinese text in pictures (src/pictures/raster.ts) is drawn in the CJK faces the pages use, cut
// to the characters of a fixture project's messages (src/fonts/cjk-text.ts): not in missing-glyph boxes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY, fontStack } from '../../../src/fonts/faces.ts';
import { fontFiles, trueTypeFiles } from '../../../src/fonts/files.ts';
import { fontsFor, resvgRenderer } from '../../../src/pictures/raster.ts';

const KO = ['연구개발 기술이전', '항체약물접합체 임상']; // same length, different syllables
const ZH = ['创新药对外授权', '首付款里程碑付'];

let root: string;
let files: { path: string; family: string }[];
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cjk-fonts-'));
  const messages = join(root, 'src', 'lib', 'i18n', 'messages');
  mkdirSync(messages, { recursive: true });
  writeFileSync(join(messages, 'ko.json'), JSON.stringify({ 'a.b': KO.join(' ') }));
  writeFileSync(join(messages, 'zh-Hans.json'), JSON.stringify({ 'a.b': ZH.join('，') }));
  files = await trueTypeFiles(join(root, 'fonts'), root);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const svg = (text: string, stack: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="260" height="40" font-family="${stack.replaceAll('"', '&quot;')}">` +
  `<rect width="260" height="40" fill="#fff"/><text x="4" y="28" font-size="24">${text}</text></svg>`;

const draw = (text: string, stack: string, paths: string[]) => resvgRenderer({ svg: svg(text, stack), zoom: 1, fonts: paths });
const plexOnly = () => files.filter((f) => f.family === FONT_FAMILY).map((f) => f.path);
const site = (s: string) => fontsFor(s, { paths: files.map((f) => f.path), families: files.map((f) => f.family), hash: '' });

describe('CJK text in pictures', () => {
  for (const [locale, texts] of [['ko', KO], ['zh-Hans', ZH]] as const) {
    it(`${locale}: drawn in its Noto face, not as missing glyphs`, async () => {
      const stack = fontStack(locale);
      const [a, b] = await Promise.all(texts.map((t) => draw(t, stack, site(svg(t, stack)))));
      const [noCjkA, noCjkB] = await Promise.all(texts.map((t) => draw(t, stack, plexOnly())));
      // With the CJK face the picture is not what Plex alone draws (boxes or nothing) …
      expect(a!.equals(noCjkA!)).toBe(false);
      // … and two strings of as many characters differ: missing-glyph boxes would all look alike.
      expect(noCjkA!.equals(noCjkB!)).toBe(true);
      expect(a!.equals(b!)).toBe(false);
    });
  }

  it('a picture naming one CJK face is drawn with Plex and that face only', () => {
    const families = (s: string) => [...new Set(site(s).map((p) => files.find((f) => f.path === p)!.family))].sort();
    expect(families(svg(ZH[0]!, fontStack('zh-Hans')))).toEqual([FONT_FAMILY, 'Noto Sans SC']);
    expect(families(svg(KO[0]!, fontStack('ko')))).toEqual([FONT_FAMILY, 'Noto Sans KR']);
    // An English picture names neither: every face, so a Korean name in it still draws.
    expect(families(svg(KO[0]!, fontStack('en')))).toEqual([FONT_FAMILY, 'Noto Sans KR', 'Noto Sans SC']);
  });

  it('the CJK files carry the family resvg finds them by, in both weights, cut to the project’s characters', async () => {
    const cjk = (await fontFiles(root)).filter((f) => f.locale);
    expect(cjk.map((f) => `${f.family} ${f.weight}`)).toEqual(['Noto Sans KR 400', 'Noto Sans KR 600', 'Noto Sans SC 400', 'Noto Sans SC 600']);
    // Pages load the 600s for print only (on screen their bold is emboldened); pictures draw with both.
    expect(cjk.filter((f) => f.media === 'print').map((f) => `${f.family} ${f.weight}`)).toEqual(['Noto Sans KR 600', 'Noto Sans SC 600']);
    for (const f of cjk) {
      const font = fontkit.create(f.ttf) as fontkit.Font;
      expect(font.familyName).toBe(f.family);
      expect(font.postscriptName).toBe(`${f.family.replaceAll(' ', '')}-${f.weight === 600 ? 'SemiBold' : 'Regular'}`);
      const text = f.family.endsWith('KR') ? KO.join('') : ZH.join('');
      for (const ch of text.replace(/\s/g, '')) expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
      expect(font.hasGlyphForCodePoint('가'.codePointAt(0)!) && f.family.endsWith('SC')).toBe(false);
    }
  });
});
