// Golden SVGs: every chart, rendered from the chart fixture dataset (tests/fixtures/charts/dataset.ts), against
// its reviewed reference in __golden__/. A fixture, not data/: publishing deals or figures must not change them;
// only a new or changed chart does. The real data's charts are checked by validation and the e2e tests.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { charts, chartIds, getChart } from '../../../src/charts/registry.ts';
import { renderChartSvg } from '../../../src/charts/render.ts';
import { fixtureDataset } from '../../fixtures/charts/dataset.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { LAYOUTS, type Layout } from '../../../src/charts/theme.ts';
import { checkGolden, lineDiff, normalizeSvg, UPDATE_COMMAND } from './golden.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const goldenDir = path.join(root, 'tests/unit/charts/__golden__');
const goldenName = (id: string, layout: Layout) => (layout === 'wide' ? `${id}.svg` : `${id}.${layout}.svg`);

const saved = { CI: process.env.CI, UPDATE_GOLDEN: process.env.UPDATE_GOLDEN };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
});

describe('golden helpers', () => {
  it('normalizes to one element per line with rounded numbers', () => {
    expect(normalizeSvg('<a x="1.23456"><b/></a>')).toBe('<a x="1.23">\n<b/>\n</a>\n');
  });
  it('shows a readable diff', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toBe('  1  a\n- 2  b\n+ 2  B');
  });
  it('never writes on CI; a missing reference fails there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    process.env.CI = '1';
    process.env.UPDATE_GOLDEN = '1';
    expect(checkGolden(dir, 'x.svg', 'new').ok).toBe(false);
    writeFileSync(path.join(dir, 'x.svg'), 'old');
    const r = checkGolden(dir, 'x.svg', 'new');
    expect(r.ok).toBe(false);
    expect(r.message).toContain('- 1  old');
    expect(readFileSync(path.join(dir, 'x.svg'), 'utf8')).toBe('old');
  });
  it('a missing reference on CI names the file and the command that creates it, and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    process.env.CI = '1';
    delete process.env.UPDATE_GOLDEN;
    const r = checkGolden(dir, 'new-chart.svg', 'new');
    expect(r.ok).toBe(false);
    expect(r.message).toContain(path.join(dir, 'new-chart.svg'));
    expect(r.message).toContain(UPDATE_COMMAND);
    expect(existsSync(path.join(dir, 'new-chart.svg'))).toBe(false);
  });
  it('UPDATE_GOLDEN=1 rewrites locally', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    delete process.env.CI;
    process.env.UPDATE_GOLDEN = '1';
    writeFileSync(path.join(dir, 'x.svg'), 'old');
    expect(checkGolden(dir, 'x.svg', 'new').ok).toBe(true);
    expect(readFileSync(path.join(dir, 'x.svg'), 'utf8')).toBe('new');
  });
});

describe('golden SVGs (chart fixture dataset)', () => {
  const dataset = fixtureDataset();
  // Each chart in both designed layouts: <id>.svg (wide) and <id>.narrow.svg.
  const cases = chartIds.flatMap((id) => LAYOUTS.map((layout) => [id, layout] as const));
  it.each(cases)('%s (%s) matches its reference', async (id, layout) => {
    const svg = await renderChartSvg(getChart(id), dataset, { accent: siteConfig.accent, layout });
    const r = checkGolden(goldenDir, goldenName(id, layout), normalizeSvg(svg));
    if (!r.ok) throw new Error(r.message);
  });
  it('every chart has rows in the fixture', () => {
    for (const def of charts) expect(def.rows(dataset).length, def.id).toBeGreaterThan(0);
  });
  it('every reference is a chart\'s (a removed or renamed chart leaves none behind)', () => {
    const names = new Set(cases.map(([id, layout]) => goldenName(id, layout)));
    const stray = readdirSync(goldenDir).filter((f) => !names.has(f));
    expect(stray, `references of no chart in ${goldenDir}: delete them`).toEqual([]);
  });
});
