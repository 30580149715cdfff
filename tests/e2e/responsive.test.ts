// No horizontal overflow at 360 px (tables scroll inside their .table-wrap), in light and dark.
// With SHOTS_DIR set (e.g. SHOTS_DIR=/tmp/e2e-shots), also saves full-page screenshots at 360 and 1280 px
// for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './helpers/browser.ts';
import { sitePath } from './helpers/dist.ts';

const site = useSite();
const shots = process.env.SHOTS_DIR;
if (shots) mkdirSync(shots, { recursive: true });

const PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['briefing', '/briefings/china-going-global-2024-h1-2025/'],
  ['deals', '/deals/'],
  ['topic', '/topics/licensee-countries/'],
  ['chart', '/charts/capital-vs-license-out/'],
  ['sources', '/sources/'],
  ['company', '/companies/novartis/'],
  ['deal', '/deals/alteogen-astrazeneca-2025/'],
  ['search', '/search/?q=Novartis'],
  // Korean and Chinese words wrap differently: the same pages must fit too.
  ['home (ko)', '/ko/'],
  ['briefing (zh)', '/zh/briefings/china-going-global-2024-h1-2025/'],
  ['deals (ko)', '/ko/deals/'],
  ['chart (zh)', '/zh/charts/capital-vs-license-out/'],
  ['company (ko)', '/ko/companies/alteogen/'],
  ['deal (zh)', '/zh/deals/alteogen-astrazeneca-2025/'],
];

describe('360 px', () => {
  it.each(PAGES)('%s (%s) does not scroll sideways', async (_name, p) => {
    const ctx = await site.context({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath(p)));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { scrollWidth, culprits } = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        // The widest elements that stick out, outside any scroll container, to name in the failure.
        const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > vw + 1 && !el.closest('.table-wrap, .figure-interactive, pre'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`);
        return { scrollWidth: document.scrollingElement!.scrollWidth, culprits };
      });
      expect(scrollWidth, `${p} (${scheme}) is ${scrollWidth}px wide: ${culprits.join(', ')}`).toBeLessThanOrEqual(361);
    }
    // Wide tables scroll inside their wrapper instead.
    const wraps = await page.locator('.table-wrap').evaluateAll((ws) => ws.map((w) => ({ client: w.clientWidth, overflow: getComputedStyle(w).overflowX })));
    for (const w of wraps) {
      expect(w.client).toBeLessThanOrEqual(360);
      expect(w.overflow).toMatch(/auto|scroll/);
    }
  });
});

describe('briefing contents (TOC)', () => {
  const p = '/briefings/china-going-global-2024-h1-2025/';
  it('sits between the title and the text at 360 px', async () => {
    const ctx = await site.context({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath(p)));
    const [h1, toc, body] = await Promise.all(['h1', 'nav.toc', '.prose h2'].map((s) => page.locator(s).first().boundingBox()));
    expect(toc!.y).toBeGreaterThan(h1!.y);
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(body!.y);
  });
  it('is a right-hand column beside the text at 1280 px', async () => {
    const ctx = await site.context({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath(p)));
    const [h1, toc, prose] = await Promise.all(['h1', 'nav.toc', '.prose'].map((s) => page.locator(s).first().boundingBox()));
    expect(toc!.x).toBeGreaterThanOrEqual(prose!.x + prose!.width);
    expect(Math.abs(toc!.y - h1!.y)).toBeLessThan(80); // level with the title
  });
});

describe.skipIf(!shots)('screenshots', () => {
  it.each(PAGES.slice(0, 5))('%s', async (name, p) => {
    for (const width of [360, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const ctx = await site.context({ viewport: { width, height: 900 }, colorScheme });
        const page = await ctx.newPage();
        await page.goto(site.url(sitePath(p)));
        await page.screenshot({ path: path.join(shots!, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        await ctx.close();
      }
    }
  });
});

describe('charts on phones', () => {
  // The figure box picks the render (container queries from theme.ts FIGURE_LAYOUTS): on a phone the NARROW
  // render, laid out for phones, drawn across the whole box; at desktop width the WIDE one. Neither scrolls
  // sideways.
  it.each([['/charts/korea-licensing-exports/'], ['/charts/top-deals/']])('%s shows the phone render across its box', async (p) => {
    const ctx = await site.context({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath(p)));
    expect(await page.locator('.figure-render-wide').first().isVisible()).toBe(false);
    const svg = page.locator('.figure-render-narrow svg.chart-svg').first();
    expect(await svg.isVisible()).toBe(true);
    const { drawn, box } = await svg.evaluate((el) => ({ drawn: el.getBoundingClientRect().width, box: el.closest('figure')!.getBoundingClientRect().width }));
    expect(Math.abs(drawn - box)).toBeLessThan(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('.figure-render-wide svg').first().isVisible()).toBe(true);
    expect(await page.locator('.figure-render-narrow').first().isVisible()).toBe(false);
    await ctx.close();
  });
});

describe('reading layout', () => {
  // Text at --measure (40rem = 680 px on the 17 px root), figures and tables wider (--figure-max, 850 px),
  // both centred on one axis; on a phone both are the viewport minus the 1rem (17 px) gutters.
  const box = (page: Page, sel: string) => page.locator(sel).first().evaluate((el) => { const r = el.getBoundingClientRect(); return { w: r.width, mid: r.left + r.width / 2 }; });
  it.each([['/topics/licensee-countries/'], ['/briefings/china-going-global-2024-h1-2025/']])('%s: prose at the measure, figures wider, on the same axis', async (p) => {
    const ctx = await site.context({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath(p)));
    const [text, figure] = await Promise.all([box(page, '.prose > p'), box(page, '.prose > .figure')]);
    expect(text.w).toBeCloseTo(680, 0);
    expect(figure.w).toBeGreaterThan(text.w);
    expect(figure.w).toBeLessThanOrEqual(850);
    expect(Math.abs(figure.mid - text.mid)).toBeLessThan(1);
    await page.setViewportSize({ width: 360, height: 740 });
    const [phoneText, phoneFigure] = await Promise.all([box(page, '.prose > p'), box(page, '.prose > .figure')]);
    expect([phoneText.w, phoneFigure.w]).toEqual([326, 326]); // 360 - 2 × 1rem (17 px)
  });

  it('the header keeps the site name clear of the search field at 360 px', async () => {
    const ctx = await site.context({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/')));
    const [brand, search] = await Promise.all(['.site-header .brand', '.site-header .site-search'].map((s) => page.locator(s).boundingBox()));
    const apart = brand!.x + brand!.width <= search!.x || brand!.y + brand!.height <= search!.y || search!.y + search!.height <= brand!.y;
    expect(apart, `brand ${JSON.stringify(brand)} overlaps search ${JSON.stringify(search)}`).toBe(true);
    expect(search!.x + search!.width).toBeLessThanOrEqual(360);
  });
});
