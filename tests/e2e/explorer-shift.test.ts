// The explorer holds still while its script starts: the controls, sort buttons and counts are in the page's
// HTML in their final place and size, and starting the script moves nothing. Layout shifts are read with a
// buffered PerformanceObserver over the load and the script's start (a behaviour check: no timing).
import { describe, expect, it } from 'vitest';
import { useSite, watchErrors } from './helpers/browser.ts';
import { sitePath } from './helpers/dist.ts';

const site = useSite();

describe('deal explorer start', () => {
  it.each([
    [360, 740],
    [1280, 900],
  ])('at %i px, the page shifts less than 0.02 (cumulative layout shift) while loading and starting', async (width, height) => {
    const ctx = await site.context({ viewport: { width, height } });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(site.url(sitePath('/deals/')), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    // The explorer has started once its sort buttons work; then two frames for anything it changed to be laid out.
    await page.locator('form.explorer-controls').waitFor({ state: 'visible' });
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const list: { value: number; sources: string[] }[] = [];
              new PerformanceObserver((l) => {
                for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[])
                  if (!e.hadRecentInput)
                    list.push({ value: e.value, sources: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))) });
                resolve(list);
              }).observe({ type: 'layout-shift', buffered: true });
              // No shift at all: the buffered observer never calls back.
              setTimeout(() => resolve(list), 200);
            }),
          );
        }),
    );
    const total = shifts.reduce((s, x) => s + x.value, 0);
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.02);
    expect(errors).toEqual([]);
  });
});
