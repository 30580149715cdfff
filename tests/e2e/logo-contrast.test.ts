// The logo in the header reads in light and dark: its strokes keep 3:1 against the header (WCAG 1.4.11,
// non-text contrast). Measured on the rendered pixels, so a logo that ignores the colour scheme fails here
// (the first logo was drawn in the light accent only: about 2.5:1 on the dark header; site.config.ts logoDark).
import { describe, expect, it } from 'vitest';
import { useSite } from './helpers/browser.ts';
import { sitePath } from './helpers/dist.ts';

const site = useSite();

const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('header logo', () => {
  it.each(['light', 'dark'] as const)('keeps 3:1 against the header in %s', async (scheme) => {
    const ctx = await site.context({ viewport: { width: 1280, height: 400 }, deviceScaleFactor: 2, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/')));
    const logo = page.locator('header .brand img');
    await logo.evaluate((img: HTMLImageElement) => img.decode());
    const png = (await logo.screenshot()).toString('base64');
    // Decode the screenshot in the page: every pixel of the logo's box, as [r, g, b].
    const pixels = await page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      const out: number[][] = [];
      for (let i = 0; i < d.length; i += 4) out.push([d[i]!, d[i + 1]!, d[i + 2]!]);
      return out;
    }, png);
    const background = pixels[0]!; // the box's corner lies outside the circle
    const best = Math.max(...pixels.map((p) => contrast(p, background)));
    expect(best, `strongest logo pixel against the header (${background.join(',')})`).toBeGreaterThanOrEqual(3);
    await ctx.close();
  });
});
