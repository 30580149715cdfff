// Charts fill their figure and read at every width: on every chart page found in dist/ and on one briefing
// with charts, at a desktop, a small laptop, a tablet and a phone width, each figure shows one chart that
// spans its box (≥ 90%), nothing overflows the box or the viewport, no text leaves its SVG (which would be
// clipped), and chart text as drawn is what issue 16 asks: on screens of 600 px and more, axis labels at
// least 12 px and every other label at least 13 px; on a 360 px phone nothing under 11 px; and no render
// is scaled up past 1.35x (oversized text). With JavaScript off the chart and its data table are still there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './helpers/browser.ts';
import { dirIds, distDir, sitePath } from './helpers/dist.ts';

const site = useSite();

/** A briefing page of the build that places at least one figure (found in dist/, not named here). */
function briefingWithCharts(): string | undefined {
  const dir = path.join(distDir, 'briefings');
  const slug = readdirSync(dir)
    .sort()
    .find((s) => existsSync(path.join(dir, s, 'index.html')) && /<figure class="figure/.test(readFileSync(path.join(dir, s, 'index.html'), 'utf8')));
  return slug && `/briefings/${slug}/`;
}

const pages = [...dirIds('charts').map((id) => `/charts/${id}/`), briefingWithCharts()].filter((p): p is string => !!p);
const WIDTHS = [1280, 1024, 768, 360] as const;

interface Fit {
  figures: number;
  problems: string[];
  /** Smallest axis label and smallest other chart text as drawn, in CSS px. */
  minAxisPx: number;
  minDirectPx: number;
  /** Largest scale of a shown render (drawn width / designed width). */
  maxScale: number;
}

/** Measures every figure's visible chart on the page; returns what does not fit. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let minAxisPx = Infinity;
    let minDirectPx = Infinity;
    let maxScale = 0;
    const vw = document.documentElement.clientWidth;
    const figures = [...document.querySelectorAll<HTMLElement>('figure.figure[data-chart]')];
    for (const fig of figures) {
      const id = fig.dataset.chart;
      const svgs = [...fig.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((s) => s.getClientRects().length > 0 && getComputedStyle(s).visibility !== 'hidden');
      if (svgs.length !== 1) {
        problems.push(`${id}: ${svgs.length} visible chart SVGs`);
        continue;
      }
      const svg = svgs[0];
      const f = fig.getBoundingClientRect();
      const s = svg.getBoundingClientRect();
      if (s.width < 0.9 * f.width) problems.push(`${id}: chart ${s.width.toFixed(0)} px wide in a ${f.width.toFixed(0)} px figure`);
      if (s.left < f.left - 1 || s.right > f.right + 1) problems.push(`${id}: chart [${s.left.toFixed(0)}, ${s.right.toFixed(0)}] overflows its figure [${f.left.toFixed(0)}, ${f.right.toFixed(0)}]`);
      if (s.left < -1 || s.right > vw + 1) problems.push(`${id}: chart [${s.left.toFixed(0)}, ${s.right.toFixed(0)}] overflows the ${vw} px viewport`);
      // A scroll region around the chart means readers scroll sideways to see it.
      for (let el = svg.parentElement; el && el !== fig; el = el.parentElement) {
        if (el.scrollWidth > el.clientWidth + 1) problems.push(`${id}: ${el.className} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
      const scale = s.width / svg.viewBox.baseVal.width;
      maxScale = Math.max(maxScale, scale);
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent?.trim()) continue;
        const r = t.getBoundingClientRect();
        if (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1) {
          problems.push(`${id}: text "${t.textContent}" [${r.left.toFixed(0)}, ${r.right.toFixed(0)}] leaves the chart [${s.left.toFixed(0)}, ${s.right.toFixed(0)}]`);
        }
        if (t.textContent.includes('…')) problems.push(`${id}: truncated text "${t.textContent}"`);
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (t.closest('.role-axis-label')) minAxisPx = Math.min(minAxisPx, px);
        else minDirectPx = Math.min(minDirectPx, px);
      }
    }
    return { figures: figures.length, problems, minAxisPx, minDirectPx, maxScale };
  });
}

describe('charts fill their figure and fit the screen', () => {
  it('found chart pages and a briefing with charts in dist/', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.some((p) => p.startsWith('/briefings/'))).toBe(true);
  });

  for (const width of WIDTHS) {
    it.each(pages)(`%s at ${width} px`, async (p) => {
      const ctx = await site.context({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      const page = await ctx.newPage();
      await page.goto(site.url(sitePath(p)));
      const fit = await measure(page);
      expect(fit.figures).toBeGreaterThan(0);
      expect(fit.problems).toEqual([]);
      if (width >= 600) {
        expect(fit.minAxisPx, 'axis labels').toBeGreaterThanOrEqual(12);
        expect(fit.minDirectPx, 'direct labels').toBeGreaterThanOrEqual(13);
      } else expect(Math.min(fit.minAxisPx, fit.minDirectPx)).toBeGreaterThanOrEqual(11);
      expect(fit.maxScale).toBeLessThanOrEqual(1.35);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(width);
    });
  }
});

describe('charts without JavaScript', () => {
  it.each(WIDTHS)('chart and data table are shown at %i px', async (width) => {
    const ctx = await site.context({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const p of pages) {
      await page.goto(site.url(sitePath(p)));
      const figures = page.locator('figure.figure[data-chart]');
      const n = await figures.count();
      expect(n, p).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const fig = figures.nth(i);
        const visible = await fig.locator('svg.chart-svg').evaluateAll((svgs) => svgs.filter((s) => s.getClientRects().length > 0).length);
        expect(visible, `${p} figure ${i}`).toBe(1);
        // Compact figures (none on these pages) carry no table; every figure here does.
        const table = fig.locator('details.figure-table');
        expect(await table.count(), `${p} figure ${i} table`).toBe(1);
        expect(await table.locator('summary').isVisible()).toBe(true);
        expect(await table.locator('table tbody tr').count()).toBeGreaterThan(0);
      }
    }
  });
});

describe('the /charts/ thumbnails', () => {
  it.each([360, 1280] as const)('at %i px every thumbnail draws its chart text at 11 px or more, inside its card', async (width) => {
    const ctx = await site.context({ viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/charts/')));
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.chart-card-thumb svg.chart-svg')].map((svg) => {
        const s = svg.getBoundingClientRect();
        const card = svg.closest('.chart-card')!.getBoundingClientRect();
        const scale = s.width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        return { chart: svg.dataset.chart, minPx: Math.min(...sizes), inside: s.left >= card.left - 1 && s.right <= card.right + 1 };
      }),
    );
    expect(found.length).toBe(dirIds('charts').length);
    for (const t of found) {
      expect(t.minPx, `${t.chart} thumbnail text`).toBeGreaterThanOrEqual(11);
      expect(t.inside, `${t.chart} inside its card`).toBe(true);
    }
  });
});
