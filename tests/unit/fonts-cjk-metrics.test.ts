// Chart text widths (src/fonts/metrics.ts) for Korean and Chinese labels: Hangul, Han and CJK punctuation in
// the advances of the Noto faces Korean and Chinese pages draw them in; Latin and digits stay Plex.
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { vegaTextWidth } from '../../src/charts/text-width.ts';
import { cjkSourcePath, sourceFontPath, textWidth } from '../../src/fonts/metrics.ts';
import type { CjkLocale, FontWeight } from '../../src/fonts/faces.ts';

/** Width of `text` from the font file itself, through fontkit's own glyph API. */
function advanceSum(file: string, text: string, px: number): number {
  const font = fontkit.openSync(file) as fontkit.Font;
  let em = 0;
  for (const ch of text) em += font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / font.unitsPerEm;
  return em * px;
}
const cjk = (locale: CjkLocale, text: string, px: number, weight: FontWeight = 400) => advanceSum(cjkSourcePath(locale, weight), text, px);
const plex = (text: string, px: number, weight: FontWeight = 400) => advanceSum(sourceFontPath('latin', weight), text, px);

describe('CJK text widths', () => {
  it('Hangul in Noto Sans KR’s advances (narrower than the 1 em a missing face would count), both weights', () => {
    for (const weight of [400, 600] as const) {
      const label = '기술이전 계약 상위 10개사';
      const w = textWidth(label, 12, weight);
      expect(w).toBeCloseTo(cjk('ko', '기술이전계약상위개사', 12, weight) + plex('   10', 12, weight), 6);
      expect(w).toBeLessThan(([...label].length - 4) * 12 + plex('   10', 12, weight));
    }
  });

  it('Chinese in Noto Sans SC’s advances, with CJK punctuation; Latin and digits in Plex', () => {
    const label = '对外授权：首付款（2025年）';
    expect(textWidth(label, 11)).toBeCloseTo(cjk('zh-Hans', '对外授权：首付款（年）', 11) + plex('2025', 11), 6);
  });

  it('a character neither face draws for a page (an arrow) still counts 1 em; vega’s measure agrees and keeps its limit', () => {
    expect(textWidth('→', 10)).toBe(10);
    expect(vegaTextWidth({ fontSize: 12 }, '한국 바이오텍')).toBeCloseTo(textWidth('한국 바이오텍', 12), 9);
    expect(vegaTextWidth({ fontSize: 12, limit: 30 }, '한국 바이오텍 기술수출 총액')).toBe(30);
  });
});
