import { describe, expect, it } from 'vitest';
import { charts, getChart } from '../../../src/charts/registry.ts';
import { escapeXml, getRenderTimings, normalizeIds, roundGeometry, renderChart, renderChartSvg } from '../../../src/charts/render.ts';
import { fixtureDataset } from '../../fixtures/charts/dataset.ts';

describe('render (fixture data)', () => {
  it('labels the SVG for screen readers and makes it responsive', async () => {
    const def = getChart('asset-stage-shift');
    const svg = await renderChartSvg(def, fixtureDataset());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart-svg" data-chart="asset-stage-shift" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('role="img" aria-labelledby="chart-asset-stage-shift-title chart-asset-stage-shift-desc"');
    expect(svg).toContain(`<title id="chart-asset-stage-shift-title">${escapeXml(def.title)}</title>`);
    expect(svg).toContain('<desc id="chart-asset-stage-shift-desc">');
    expect(svg).toContain('aria-label="around 2020 · Registration and commercialization — Share of deals: about 28%"');
    expect(svg).not.toMatch(/\d\.\d{3,}/); // geometry rounded
    expect(svg).toContain('>about 28% · around 2020<');
    expect(svg).not.toMatch(/<rect[^>]*fill="white"/); // transparent background
  });

  it('escapes hostile text from data everywhere', async () => {
    const ds = fixtureDataset();
    for (const id of ['top-deals', 'billion-deals-by-modality']) {
      const svg = await renderChartSvg(getChart(id), ds);
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<img');
      expect(svg).not.toMatch(/"><img/);
      expect(svg).toContain('&lt;script&gt;');
    }
  });

  it('is deterministic: the same input gives the same bytes, whatever was rendered before', async () => {
    for (const def of charts) {
      const a = await renderChartSvg(def, fixtureDataset());
      const b = await renderChartSvg(def, fixtureDataset()); // a new dataset object: no cache hit
      expect(b).toBe(a);
    }
  });

  it('caches per dataset and chart, and records a timing per chart', async () => {
    const ds = fixtureDataset();
    const a = await renderChart(getChart('territory-rights'), ds);
    expect(await renderChart(getChart('territory-rights'), ds)).toBe(a);
    expect(getRenderTimings().get('territory-rights')).toBeGreaterThan(0);
  });

  it('roundGeometry rounds numbers in geometry attributes only', () => {
    expect(roundGeometry('<path d="M0.123456,1.5h2.0049" aria-label="3.14159"/>')).toBe('<path d="M0.12,1.5h2" aria-label="3.14159"/>');
  });

  it('normalizeIds scopes ids and their references to the chart', () => {
    const svg = '<g clip-path="url(#clip7)"/><defs><clipPath id="clip7"/><linearGradient id="gradient3"/></defs><use href="#gradient3"/>';
    expect(normalizeIds(svg, 'x')).toBe('<g clip-path="url(#x-1)"/><defs><clipPath id="x-1"/><linearGradient id="x-2"/></defs><use href="#x-2"/>');
  });

  it('ids are unique across all charts on one page', async () => {
    const ds = fixtureDataset();
    const ids = (await Promise.all(charts.map((c) => renderChartSvg(c, ds)))).flatMap((s) => [...s.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
