// Charts are laid out for their designed widths (theme.ts LAYOUT: WIDE 800, MEDIUM 580, COMPACT 440 and
// NARROW 340 px, labels included): the drawing fills exactly that width, its text is at least the sizes
// FIGURE_LAYOUTS states for the layout (its box widths are computed from them: figure-layouts.test.ts),
// nothing is cut or truncated, and scales are honest (bars from zero, shares to 100%, no axis stretched
// for a label). Every language's render (English, Korean, Chinese) keeps these rules.
import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/registry.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { FIGURE_LAYOUTS, LAYOUT, LAYOUTS, PAD_X, makeTheme } from '../../../src/charts/theme.ts';
import { chooseTicks, tickText } from '../../../src/charts/ticks.ts';
import { inkOn, rightGutter } from '../../../src/charts/specs/bars.ts';
import { wrapText } from '../../../src/charts/wrap.ts';
import { textWidth } from '../../../src/charts/text-width.ts';
import { fixtureDataset } from '../../fixtures/charts/dataset.ts';
import { LOCALE_IDS } from '../../../src/lib/i18n/locales.ts';

const cases = charts.flatMap((def) => LAYOUTS.flatMap((layout) => LOCALE_IDS.map((locale) => [def.id, layout, locale, def] as const)));

/** Every <text> of an SVG with its font size, text and whether it is an axis label. */
function texts(svg: string): { size: number; text: string; axis: boolean }[] {
  const out: { size: number; text: string; axis: boolean }[] = [];
  let axisDepth = 0;
  for (const m of svg.matchAll(/<g\b[^>]*class="([^"]*)"[^>]*>|<\/g>|<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
    if (m[0].startsWith('<g')) axisDepth += m[1].includes('role-axis-label') || axisDepth ? 1 : 0;
    else if (m[0] === '</g>') axisDepth = Math.max(0, axisDepth - 1);
    else out.push({ size: Number(/font-size="([\d.]+)px"/.exec(m[2])?.[1]), text: m[3].replace(/<[^>]+>/g, ' '), axis: axisDepth > 0 });
  }
  return out;
}

describe.each(cases)('%s (%s, %s)', (_id, layout, locale, def) => {
  const L = LAYOUT[layout];
  it('fills exactly its designed width', async () => {
    const r = await renderChart(def, fixtureDataset(), { layout, locale });
    expect(r.width).toBe(L.width);
    expect(r.svg).toMatch(new RegExp(`^<svg [^>]*width="${L.width}" height="[\\d.]+" viewBox="0 0 ${L.width} `));
    // vega's own size of the drawing (labels included) is the designed width: no empty margin, no overflow.
    expect(Math.abs(r.drawnWidth - L.width)).toBeLessThanOrEqual(PAD_X);
  });
  it('draws text no smaller than its layout states, and truncates nothing', async () => {
    const t = texts((await renderChart(def, fixtureDataset(), { layout, locale })).svg);
    const f = FIGURE_LAYOUTS.find((x) => x.layout === layout)!;
    expect(t.length).toBeGreaterThan(0);
    expect(t.some((x) => !x.axis)).toBe(true);
    for (const x of t) {
      expect(x.size, x.text).toBeGreaterThanOrEqual(x.axis ? f.axisFont : f.directFont);
      expect(x.text).not.toContain('…');
    }
  });
  it('starts bars at zero and stretches no axis beyond its data (shares end at 100%)', () => {
    const spec = def.spec(def.rows(fixtureDataset()), makeTheme({ layout, locale }));
    const layers: Record<string, any>[] = [];
    const walk = (x: unknown) => {
      if (!x || typeof x !== 'object') return;
      if (Array.isArray(x)) return x.forEach(walk);
      const o = x as Record<string, any>;
      if (o.mark === 'bar' || o.mark?.type === 'bar') layers.push(o);
      Object.entries(o).forEach(([k, v]) => k !== 'config' && walk(v));
    };
    walk(spec);
    expect(layers.length).toBeGreaterThan(0);
    for (const l of layers) {
      const enc = l.encoding.x?.scale?.domain ? l.encoding.x : l.encoding.y;
      const [lo, hi] = enc.scale.domain as [number, number];
      const values = (l.data?.values ?? (spec as any).data?.values ?? []).map((d: { value: number }) => d.value) as number[];
      expect(lo).toBe(Math.min(0, ...values));
      const share = hi === 100 && Math.max(...values) <= 100 && ['asset-stage-shift', 'billion-deals-by-modality', 'territory-rights', 'licensee-countries'].includes(def.id);
      if (!share) expect(hi).toBe(Math.max(0, ...values));
      if (['asset-stage-shift', 'billion-deals-by-modality', 'territory-rights'].includes(def.id)) expect(hi).toBe(100);
      const ticks = enc.axis?.values as number[] | undefined;
      if (ticks && enc === l.encoding.x) expect(ticks.length).toBeLessThanOrEqual(L.maxTicks);
    }
  });
});

describe('long and hostile names', () => {
  it('are wrapped, never cut or truncated, at every width', async () => {
    const ds = fixtureDataset();
    const long = 'Jiangsu Hengrui Pharmaceuticals Company Limited Innovative Biologics Division of the Greater Shanghai Area';
    ds.companies[0].name = long;
    const def = charts.find((c) => c.id === 'top-deals')!;
    for (const layout of LAYOUTS) {
      const r = await renderChart(def, ds, { layout });
      const drawn = texts(r.svg).map((t) => t.text).join(' ').replace(/\s+/g, ' ');
      for (const word of long.split(' ')) expect(drawn).toContain(word);
      for (const part of ['"&gt;&lt;img', 'src=x', 'onerror=alert(1)&gt;']) expect(drawn).toContain(part);
      expect(drawn).not.toContain('…');
      expect(Math.abs(r.drawnWidth - r.width)).toBeLessThanOrEqual(PAD_X);
    }
  });
});

describe('layout helpers', () => {
  it('wrapText breaks at spaces, and inside a word only when the word alone is too wide', () => {
    expect(wrapText('a b c', 1000, 12)).toEqual(['a b c']);
    const lines = wrapText('RemeGen → AbbVie (2026)', textWidth('RemeGen → AbbVie', 12) + 1, 12);
    expect(lines).toEqual(['RemeGen → AbbVie', '(2026)']);
    const word = 'x'.repeat(60);
    const broken = wrapText(word, 100, 12);
    expect(broken.join('')).toBe(word);
    for (const l of broken) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
  });
  it('ticks are compact, and fewer when their labels would crowd', () => {
    expect([0, 2e9, 4e9].map((v) => tickText(v, 'USD'))).toEqual(['$0', '$2B', '$4B']);
    expect(tickText(2e10, 'CNY')).toBe('CN¥20B');
    expect(tickText(-2.5, 'percentage-points')).toBe('\u22122.5 pp');
    const o = { lo: 0, hi: 87.82e9, unit: 'CNY' as const, fontSize: 12, maxTicks: 5, orient: 'x' as const };
    const wide = chooseTicks({ ...o, length: 600 });
    const narrow = chooseTicks({ ...o, length: 120 });
    expect(wide.values.length).toBeGreaterThan(narrow.values.length);
    expect(narrow.values.length).toBeGreaterThanOrEqual(2);
    // Labels keep at least one em apart at their measured widths.
    const span = (t: typeof narrow, i: number) => (t.values[i] / o.hi) * 120;
    for (let i = 1; i < narrow.values.length; i++) {
      const gap = span(narrow, i) - span(narrow, i - 1) - (textWidth(narrow.labels[i], 12) + textWidth(narrow.labels[i - 1], 12)) / 2;
      expect(gap).toBeGreaterThanOrEqual(0);
    }
  });
  it('the right gutter is just wide enough for the label reaching furthest', () => {
    // A label of 100 px after a bar spanning the whole plot needs 100 px; one after a half bar needs none.
    expect(rightGutter([{ at: 1, width: 100 }], 500)).toBe(100);
    expect(rightGutter([{ at: 0.5, width: 100 }], 500)).toBe(0);
  });
  it('text on a bar takes the colour that contrasts with it', () => {
    expect(inkOn('#0f5e8c')).toBe('#fff');
    expect(inkOn('#E69F00')).not.toBe('#fff');
    expect(inkOn('#8C959F')).not.toBe('#fff');
  });
});
