// Line breaking by the measured width of the site's face (src/pictures/wrap.ts).
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/fonts/metrics.ts';
import { wrapText } from '../../src/fonts/wrap.ts';

const TEXT = 'Chinese biotechs licensed a record number of assets to global pharma in the first half of 2025, most of them preclinical';

describe('wrapText', () => {
  it('breaks at words so that every line fits the width, as measured in the shipped font', () => {
    for (const [px, weight, width] of [[22, 600, 300], [15, 400, 240], [40, 600, 1088]] as const) {
      const lines = wrapText(TEXT, { px, weight, width });
      for (const line of lines) expect(textWidth(line, px, weight), line).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(TEXT);
      // Greedy: the next word would not have fitted on the line before.
      for (let i = 1; i < lines.length; i++)
        expect(textWidth(`${lines[i - 1]} ${lines[i]!.split(' ')[0]}`, px, weight)).toBeGreaterThan(width);
    }
  });

  it('wraps by width, not by character count: a line of wide letters breaks sooner than one of narrow ones', () => {
    const wide = wrapText('WWWW MMMM WWWW MMMM WWWW MMMM', { px: 20, width: 200 });
    const narrow = wrapText('iiii llll iiii llll iiii llll', { px: 20, width: 200 });
    expect(wide.length).toBeGreaterThan(narrow.length);
    // Bold takes more room than regular.
    expect(wrapText(TEXT, { px: 22, weight: 600, width: 400 }).length).toBeGreaterThanOrEqual(wrapText(TEXT, { px: 22, weight: 400, width: 400 }).length);
  });

  it('cuts to maxLines with an ellipsis that still fits; splits a word longer than the line', () => {
    const lines = wrapText(TEXT, { px: 24, width: 300, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1]!, 24)).toBeLessThanOrEqual(300);
    const url = 'deal-atlas.example/charts/a-very-long-chart-identifier-that-does-not-fit-on-one-line';
    const parts = wrapText(url, { px: 12, width: 120 });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(url);
    for (const p of parts) expect(textWidth(p, 12)).toBeLessThanOrEqual(120);
  });
});
