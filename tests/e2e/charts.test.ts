// Charts work without JavaScript (inline SVG + data table) and, with it, show a tooltip with the
// mark's values on hover and on keyboard focus (src/client/figure.ts reads the marks' aria-labels).
import { describe, expect, it } from 'vitest';
import { useSite, watchErrors } from './helpers/browser.ts';
import { dirIds, sitePath } from './helpers/dist.ts';

const site = useSite();
const chartIds = dirIds('charts');
// Data marks; vega also labels sub-chart titles as graphics-symbol (aria-roledescription="title").
const MARK = '.figure-render-wide [role="graphics-symbol"][aria-label]:not([aria-roledescription="title"])';

describe('charts without JavaScript', () => {
  it('found the chart pages', () => expect(chartIds.length).toBeGreaterThanOrEqual(11));

  it.each(chartIds)('/charts/%s/ shows its SVG and data table', async (id) => {
    const ctx = await site.context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    const res = await page.goto(site.url(sitePath(`/charts/${id}/`)));
    expect(res?.status()).toBe(200);
    const svg = page.locator('.figure-render-wide svg').first();
    expect(await svg.isVisible()).toBe(true);
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(50);
    expect(await page.locator(MARK).count()).toBeGreaterThan(0);
    // "Interact / export" needs scripts, so it stays hidden
    expect(await page.locator('.figure-interact').isVisible()).toBe(false);
    // the data table is native <details>: opening it needs no script
    await page.locator('.figure-table > summary').click();
    const rows = page.locator('.figure-table table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().isVisible()).toBe(true);
    expect(await page.locator('.figure-table table thead th').count()).toBeGreaterThan(1);
    await ctx.close();
  });
});

describe('chart tooltips', () => {
  it.each(chartIds)('/charts/%s/: hovering a mark shows its values', async (id) => {
    const ctx = await site.context();
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(site.url(sitePath(`/charts/${id}/`)));
    const tip = page.locator('.figure-render-wide .figure-tooltip');
    await tip.waitFor({ state: 'attached' }); // added by the script
    expect(await tip.isVisible()).toBe(false);
    const marks = page.locator(MARK);
    const n = await marks.count();
    for (const i of [0, n - 1]) {
      const mark = marks.nth(i);
      const label = (await mark.getAttribute('aria-label'))!;
      expect(label).toMatch(/\d/); // carries a value
      await mark.hover({ force: true });
      await tip.waitFor({ state: 'visible' });
      expect(await tip.textContent()).toBe(label);
      // the tooltip sits inside the chart box, near the mark
      const [t, box] = await Promise.all([tip.boundingBox(), page.locator('.figure-render-wide').first().boundingBox()]);
      expect(t!.x).toBeGreaterThanOrEqual(box!.x - 1);
      expect(t!.x + t!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    }
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await ctx.close();
  });

  // Narrower boxes show another render (theme.ts FIGURE_LAYOUTS); its marks get tooltips too.
  it.each([768, 540, 360])('at %i px the render shown has tooltips', async (width) => {
    const ctx = await site.context({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/charts/top-deals/')));
    await page.locator('.figure-render .figure-tooltip').first().waitFor({ state: 'attached' });
    const shown = page.locator('.figure-render:visible');
    expect(await shown.count()).toBe(1);
    const layout = await shown.getAttribute('class');
    if (width < 850) expect(layout).not.toContain('figure-render-wide');
    const mark = shown.locator(MARK.replace('.figure-render-wide ', '')).first();
    const label = (await mark.getAttribute('aria-label'))!;
    await mark.hover({ force: true });
    const tip = shown.locator('.figure-tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toBe(label);
    await ctx.close();
  });

  it('keyboard focus on a mark shows its tooltip; Escape and blur hide it', async () => {
    const ctx = await site.context();
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/charts/korea-licensing-exports/')));
    const tip = page.locator('.figure-render-wide .figure-tooltip');
    await tip.waitFor({ state: 'attached' });
    // Tab from the breadcrumb link (the last focusable element before the chart) onto the first mark.
    await page.locator('main .breadcrumbs a').first().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ role: document.activeElement?.getAttribute('role'), label: document.activeElement?.getAttribute('aria-label') }));
    expect(focused.role).toBe('graphics-symbol');
    expect(focused.label).toMatch(/\d/);
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toBe(focused.label);
    // next mark
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(focused.label);
    await expect.poll(() => tip.textContent()).toBe(second);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await ctx.close();
  });

  it('sub-chart titles are not tab stops and get no tooltip (only data marks do)', async () => {
    const ctx = await site.context();
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/charts/licensee-countries/')));
    await page.locator('.figure-render-wide .figure-tooltip').waitFor({ state: 'attached' });
    const titles = page.locator('.figure-render-wide [aria-roledescription="title"]');
    expect(await titles.count()).toBeGreaterThan(0);
    expect(await titles.evaluateAll((ts) => ts.filter((t) => t.hasAttribute('tabindex')).map((t) => t.getAttribute('aria-label')))).toEqual([]);
    expect(await page.locator(`${MARK}[tabindex="0"]`).count()).toBe(await page.locator(MARK).count());
    await ctx.close();
  });
});
