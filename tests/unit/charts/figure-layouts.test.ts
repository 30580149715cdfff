// Which render a figure box shows (theme.ts FIGURE_LAYOUTS, written to CSS by figure-layout-css.ts): at
// every box width from a small phone's to the widest figure column, chart text as drawn (designed size ×
// box / designed width) is at least what issue 16 asks on screen, and no render is scaled up so far that
// its text looks oversized. The layout test checks each render's text against the sizes stated here.
import { describe, expect, it } from 'vitest';
import { FIGURE_LAYOUTS, LAYOUT, LAYOUTS, MAX_UPSCALE, PHONE_MIN_PX, TEXT_MIN, layoutForBox, type FigureLayout } from '../../../src/charts/theme.ts';
import { DEFAULT_LAYOUT, figureLayoutCss, renderClass } from '../../../src/charts/figure-layout-css.ts';

/** The widest figure box: --figure-max, 50rem at the 17 px root. */
const FIGURE_MAX = 850;
/** A 360 px phone's figure box (the viewport less 1rem of page padding each side). */
const PHONE_BOX = 326;
const SMALLEST_BOX = 300;
/** Every box width from 300 to 850 px, in steps of a quarter pixel (boxes are fractional). */
const boxes = Array.from({ length: (FIGURE_MAX - SMALLEST_BOX) * 4 + 1 }, (_, i) => SMALLEST_BOX + i / 4);

const drawn = (f: FigureLayout, box: number) => ({ axis: (f.axisFont * box) / f.width, direct: (f.directFont * box) / f.width, scale: box / f.width });

describe('figure layouts', () => {
  it('list every layout once, narrowest first, with its designed width and smallest text', () => {
    expect(FIGURE_LAYOUTS.map((f) => f.layout).sort()).toEqual([...LAYOUTS].sort());
    for (const f of FIGURE_LAYOUTS) {
      const L = LAYOUT[f.layout];
      expect(f.width).toBe(L.width);
      expect(f.axisFont).toBe(L.tickFont);
      expect(f.directFont).toBe(Math.min(L.categoryFont, L.labelFont, L.titleFont));
    }
    const widths = FIGURE_LAYOUTS.map((f) => f.width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
  });

  it('cover every box width with exactly one layout', () => {
    expect(FIGURE_LAYOUTS[0].minBox).toBe(0);
    expect(FIGURE_LAYOUTS.at(-1)!.maxBox).toBe(Infinity);
    for (let i = 0; i + 1 < FIGURE_LAYOUTS.length; i++) expect(FIGURE_LAYOUTS[i].maxBox).toBe(FIGURE_LAYOUTS[i + 1].minBox);
    for (const box of boxes) expect(FIGURE_LAYOUTS.filter((f) => box >= f.minBox && box < f.maxBox)).toHaveLength(1);
  });

  it.each(boxes.filter((b) => Number.isInteger(b)))('a %i px box draws text at least 12/13 px (11 px on the smallest phones), scaled up at most 1.35x', (box) => {
    const f = layoutForBox(box);
    const d = drawn(f, box);
    expect(d.scale, f.layout).toBeLessThanOrEqual(MAX_UPSCALE);
    // Every box from the narrowest layout's designed width (340 px: a 374 px screen) up meets the minimums;
    // below it the narrowest render is scaled down, and a 360 px phone still draws nothing under 11 px.
    if (box >= FIGURE_LAYOUTS[0].width) {
      expect(d.axis, f.layout).toBeGreaterThanOrEqual(TEXT_MIN.axis);
      expect(d.direct, f.layout).toBeGreaterThanOrEqual(TEXT_MIN.direct);
    } else if (box >= PHONE_BOX) {
      expect(Math.min(d.axis, d.direct), f.layout).toBeGreaterThanOrEqual(PHONE_MIN_PX);
    }
  });

  it('hold between quarter pixels too', () => {
    for (const box of boxes) {
      const f = layoutForBox(box);
      const d = drawn(f, box);
      expect(d.scale).toBeLessThanOrEqual(MAX_UPSCALE);
      if (box >= FIGURE_LAYOUTS[0].width) expect(Math.min(d.axis - TEXT_MIN.axis, d.direct - TEXT_MIN.direct)).toBeGreaterThanOrEqual(0);
    }
  });

  it('the generated container queries show the render the list says, at every box width', () => {
    const css = figureLayoutCss();
    const rules = [...css.matchAll(/@container figure ([^{]+)\{([^{}]*\{[^}]*\})*\}/g)].map((m) => {
      const cond = m[1];
      const lo = Number(/\(width >= ([\d.]+)px\)/.exec(cond)?.[1] ?? -Infinity);
      const hi = Number(/\(width < ([\d.]+)px\)/.exec(cond)?.[1] ?? Infinity);
      const shown = /\.figure-render-(\w+)\{display:block\}/.exec(m[0])?.[1];
      return { lo, hi, shown };
    });
    expect(rules.length).toBe(FIGURE_LAYOUTS.length - 1);
    expect(css).toContain(`.${renderClass(DEFAULT_LAYOUT)}{display:block}`);
    for (const box of boxes) {
      const matching = rules.filter((r) => box >= r.lo && box < r.hi);
      expect(matching.length).toBeLessThanOrEqual(1);
      expect(matching[0]?.shown ?? DEFAULT_LAYOUT, `${box} px`).toBe(layoutForBox(box).layout);
    }
    // Print shows the default (wide) render whatever the box.
    expect(css).toMatch(new RegExp(`@media print\\{\\.figure \\.figure-render\\{display:none\\}\\.figure \\.${renderClass(DEFAULT_LAYOUT)}\\{display:block\\}\\}`));
  });
});
