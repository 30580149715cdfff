// Charts as pictures and the social cards, on the built site: every chart offers its PNG and SVG, every page
// names an og:image that exists, is a PNG of the size its tags state and decodes in Chromium; chart, briefing
// and topic pages name their own card. Page lists come from dist/, not from today's content.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './helpers/browser.ts';
import { dirIds, distDir, distFiles, distPath, readDist, requireDist, sitePath } from './helpers/dist.ts';

requireDist();
const site = useSite();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file}: PNG signature`).toBe(true);
  expect(b.subarray(12, 16).toString('latin1'), `${file}: IHDR first`).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const meta = (html: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Pages with social tags (SocialMeta.astro writes og:site_name): the site's layout and the embed pages; not redirects. */
const pages = distFiles()
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, html: readDist(file) }))
  .filter((p) => p.html.includes('property="og:site_name"'));

function image(p: { file: string; html: string }) {
  const url = meta(p.html, 'property', 'og:image');
  return {
    url,
    file: url && path.join(distDir, distPath(new URL(url).pathname)),
    width: Number(meta(p.html, 'property', 'og:image:width')),
    height: Number(meta(p.html, 'property', 'og:image:height')),
    type: meta(p.html, 'property', 'og:image:type'),
    alt: meta(p.html, 'property', 'og:image:alt'),
  };
}

/** The chart pictures a chart page offers, from its downloads line. */
function downloads(id: string): { png?: string; svg?: string } {
  const html = readDist(`charts/${id}/index.html`);
  const link = (ext: string) => new RegExp(`<a href="([^"]+)" download="[^"]*\\.${ext}">`).exec(html)?.[1];
  return { png: link('png'), svg: link('svg') };
}

describe('chart pictures', () => {
  const charts = dirIds('charts');
  it('found the chart pages', () => expect(charts.length).toBeGreaterThan(0));

  it.each(charts)('/charts/%s/ offers a PNG at twice the size of its SVG, both with its title, light, no currentColor', (id) => {
    const { png, svg } = downloads(id);
    expect(png, 'PNG download link').toBeDefined();
    expect(svg, 'SVG download link').toBeDefined();
    const svgText = readFileSync(path.join(distDir, distPath(svg!)), 'utf8');
    const [, w, h] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgText) ?? [];
    expect(Number(w)).toBeGreaterThan(0);
    expect(pngSize(path.join(distDir, distPath(png!)))).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
    const title = /<h1[^>]*class="figure-title"[^>]*>([^<]*)</.exec(readDist(`charts/${id}/index.html`))?.[1];
    expect(title).toBeTruthy();
    expect(svgText).toContain(`<title>${title}</title>`);
    expect(svgText).not.toContain('currentColor');
  });
});

describe('social cards', () => {
  it('every page names an og:image with its size, type and alt, and an X large-image card of the same picture', () => {
    expect(pages.length).toBeGreaterThan(10);
    const problems = pages.flatMap((p) => {
      const img = image(p);
      const out: string[] = [];
      if (!img.url || !/^https?:\/\//.test(img.url)) out.push(`og:image not absolute: ${img.url}`);
      if (!img.file || !existsSync(img.file)) out.push(`og:image file missing: ${img.url}`);
      if (img.type !== 'image/png') out.push(`og:image:type ${img.type}`);
      if (!img.alt) out.push('no og:image:alt');
      if (meta(p.html, 'name', 'twitter:card') !== 'summary_large_image') out.push('twitter:card');
      if (meta(p.html, 'name', 'twitter:image') !== img.url) out.push('twitter:image differs');
      if (meta(p.html, 'name', 'twitter:image:alt') !== img.alt) out.push('twitter:image:alt differs');
      return out.map((o) => `${p.file}: ${o}`);
    });
    expect(problems).toEqual([]);
  });

  it('each og:image file is a PNG of the width and height its tags state (1200 × 630)', () => {
    for (const p of pages) {
      const img = image(p);
      expect(pngSize(img.file!), p.file).toEqual({ width: img.width, height: img.height });
      expect([img.width, img.height], p.file).toEqual([1200, 630]);
    }
  });

  it('each embed page names its chart’s card, as the chart page does (its address is shared too)', () => {
    const embeds = dirIds('embed');
    expect(embeds.length).toBeGreaterThan(0);
    for (const id of embeds) {
      const embed = pages.find((p) => p.file === `embed/${id}/index.html`);
      expect(embed, `embed/${id}/ has social tags`).toBeDefined();
      expect(image(embed!).url, id).toBe(image(pages.find((p) => p.file === `charts/${id}/index.html`)!).url);
    }
  });

  it('chart, briefing and topic pages each name their own card, not the site’s', () => {
    const own = ['charts', 'briefings', 'topics'].flatMap((route) => dirIds(route).map((id) => `${route}/${id}/index.html`));
    expect(own.length).toBeGreaterThan(0);
    const urls = own.map((file) => image(pages.find((p) => p.file === file)!).url!);
    const siteCard = image(pages.find((p) => p.file === 'index.html')!).url;
    for (const [i, u] of urls.entries()) expect(u, own[i]).not.toBe(siteCard);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('Chromium decodes every card and chart PNG at its stated size', async () => {
    const cards = new Map(pages.map((p) => image(p)).map((i) => [sitePath(`/${distPath(new URL(i.url!).pathname)}`), [i.width, i.height]]));
    const pngs = dirIds('charts').map((id) => downloads(id).png!);
    const ctx = await site.context();
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/')));
    const decoded = await page.evaluate(async (srcs) => {
      const one = async (src: string) => {
        const img = new Image();
        img.src = src;
        try {
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        } catch {
          return 'failed';
        }
      };
      return Object.fromEntries(await Promise.all(srcs.map(async (s) => [s, await one(s)])));
    }, [...cards.keys(), ...pngs]);
    for (const [src, size] of cards) expect(decoded[src], src).toEqual(size);
    for (const src of pngs) {
      const { width, height } = pngSize(path.join(distDir, distPath(src)));
      expect(decoded[src], src).toEqual([width, height]);
    }
  });
});
