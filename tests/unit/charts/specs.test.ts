import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { charts, chartIds, getChart } from '../../../src/charts/registry.ts';
import { FONT, makeTheme } from '../../../src/charts/theme.ts';
import { fixtureDataset } from '../../fixtures/charts/dataset.ts';

const ds = fixtureDataset();
const theme = makeTheme();
// The registry is the one list of charts: each is a definition file named by its id (validation points there).
const definitionFiles = readdirSync(fileURLToPath(new URL('../../../src/charts/definitions/', import.meta.url)))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

/** Every string drawn by text marks or used as band labels in the inlined data. */
function inlineValues(spec: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (x: unknown) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    const o = x as Record<string, unknown>;
    if (o.data && typeof o.data === 'object' && Array.isArray((o.data as { values?: unknown }).values)) out.push(...((o.data as { values: Record<string, unknown>[] }).values));
    Object.entries(o).forEach(([k, v]) => k !== 'config' && walk(v));
  };
  walk(spec);
  return out;
}
/** The value labels drawn beside (or on) the bars, each as one string; column labels too. */
const texts = (id: string) => {
  const def = getChart(id);
  return inlineValues(def.spec(def.rows(ds), theme))
    .filter((d) => 'at' in d || 'top' in d)
    .map((d) => (d.lines as string[]).join(' '));
};

describe('registry', () => {
  it('has one chart per definition file, named by its id, and no id twice', () => {
    expect([...chartIds].sort()).toEqual([...definitionFiles].sort());
    expect(new Set(chartIds).size).toBe(chartIds.length);
  });
  it('getChart names an unknown id and lists the valid ones', () => {
    expect(() => getChart('nope')).toThrow(`Unknown chart id "nope". Valid chart ids: ${chartIds.join(', ')}`);
  });
});

describe.each(charts.map((c) => [c.id, c] as const))('%s', (_id, def) => {
  const rows = def.rows(ds);
  it('has rows with label, unit and citations (source, title, locator)', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.label).not.toBe('');
      expect(r.unit).toBeTruthy();
      expect(r.citations.length).toBeGreaterThan(0);
      for (const c of r.citations) {
        expect(c.source).toMatch(/^src-/);
        expect(c.locator).toBeTruthy();
        expect(c.sourceTitle).not.toBe(c.source);
      }
    }
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
  it('compiles to vega with aria descriptions on its bars', () => {
    const spec = def.spec(rows, theme);
    expect(() => compile(spec)).not.toThrow();
    const values = inlineValues(spec);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) if ('tip' in v) expect(String(v.tip)).toMatch(/: /);
  });
  it('shows only figures from rows (no invented numbers)', () => {
    const values = inlineValues(def.spec(rows, theme)).filter((v) => typeof v.value === 'number');
    for (const v of values) expect(rows.map((r) => r.value)).toContain(v.value);
  });
  it('draws an empty-data message instead of failing', () => {
    expect(() => compile(def.spec([], theme))).not.toThrow();
  });
});

describe('qualifiers are on the chart itself', () => {
  it('asset-stage-shift', () => {
    expect(texts('asset-stage-shift')).toEqual(expect.arrayContaining(['about 28% · around 2020', 'more than 60% · 2024']));
  });
  it('china-license-out-value keeps both 2024 totals, attributed', () => {
    expect(texts('china-license-out-value')).toEqual(['ARC: $51.9B', 'PharmCube: $52.3B', 'ARC: nearly $50B']);
  });
  it('top-deals shows USD only, with qualifiers, and the upfront', () => {
    const t = texts('top-deals').filter(Boolean);
    expect(t).toEqual(['up to $5.6B', '$1.35B · upfront more than $49.7M']);
    expect(getChart('top-deals').rows(ds).every((r) => r.unit === 'USD')).toBe(true);
  });
  it('billion-deals-by-modality pairs share with count', () => {
    expect(texts('billion-deals-by-modality')).toContain('33% (8 deals)');
  });
  it('capital-vs-license-out keeps CNY unconverted', () => {
    const rows = getChart('capital-vs-license-out').rows(ds);
    expect(rows.find((r) => r.series === 'china-primary-financing-value')).toMatchObject({ unit: 'CNY', label: 'CN¥87.82B' });
  });
  it('jpm shows signed moves and pp', () => {
    expect(texts('jpm-2026-market-reaction')).toEqual(['+0.3%', '\u22122.9%', '\u22125.2 pp']);
  });
  it('china-upfront-vs-headline pairs only periods with both figures', () => {
    const rows = getChart('china-upfront-vs-headline').rows(ds);
    expect(rows.map((r) => `${r.periodLabel} ${r.by} ${r.measure}`)).toEqual([
      '2024 ARC Total deal value', '2024 PharmCube Total deal value', '2024 ARC Upfront payments', '2024 PharmCube Upfront payments',
    ]);
    expect(rows.map((r) => r.order)).toEqual([0, 2, 1, 3]);
  });
});

describe('theme', () => {
  it('follows the accent and rejects non-colours', () => {
    expect(makeTheme({ accent: '#123456' }).palette[0]).toBe('#123456');
    expect(() => makeTheme({ accent: 'red;}' })).toThrow(/hex colour/);
  });
  it('draws chart text in the site font (the --font token of tokens.css)', () => {
    // The SVGs need the font stack written out (goldens, standalone files); this keeps the two the same.
    const css = readFileSync(fileURLToPath(new URL('../../../src/styles/tokens.css', import.meta.url)), 'utf8');
    expect(/--font:\s*([^;]+);/.exec(css)?.[1]?.replace(/'/g, '"')).toBe(FONT);
  });
});
