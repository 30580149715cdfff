// Embeds as another site uses them: a host page on its own origin (a second local server, on a temp folder)
// pastes the embed snippet of every chart, as its oEmbed JSON gives it, into a column of a given width. The
// snippet's script sizes each iframe from the height its embed page reports: in the end each frame is as
// tall as its content (no inner scrollbar, no empty gap). The oEmbed files and their discovery links are
// checked for every chart page in dist/.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { useSite, watchErrors } from './helpers/browser.ts';
import { dirIds, distDir, distPath, readDist, sitePath } from './helpers/dist.ts';

const site = useSite();
const chartIds = dirIds('charts');
// Another origin than the site's server: Chromium frames a local page only from a local page.
let host: StaticServer;
const hostDir = mkdtempSync(path.join(os.tmpdir(), 'embed-host-'));
beforeAll(async () => {
  host = await startStaticServer(hostDir, '/');
});
afterAll(async () => {
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

interface Oembed {
  version: string;
  type: string;
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
}

const oembedOf = (id: string) => JSON.parse(readDist(`embed/${id}/oembed.json`)) as Oembed;

/** The snippet pointed at the local server instead of the site's published origin. */
function localSnippet(id: string): string {
  const o = oembedOf(id);
  const origin = new URL(o.provider_url).origin;
  return o.html.split(origin).join(site.server.origin);
}

async function hostPage(width: number): Promise<Page> {
  const ctx = await site.context({ viewport: { width: Math.max(width + 40, 400), height: 900 } });
  const page = await ctx.newPage();
  const body = chartIds.map((id) => `<section>${localSnippet(id)}</section>`).join('\n');
  const file = `w${width}.html`;
  writeFileSync(
    path.join(hostDir, file),
    `<!doctype html><html><head><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><style>body{margin:0}main{width:${width}px;margin:0 20px}section{margin:0 0 2rem}</style></head><body><main>${body}</main></body></html>`,
  );
  await page.goto(host.url(`/${file}`));
  return page;
}

/** Per frame: its height, its content's height and whether the content scrolls inside it. */
async function fit(page: Page, id: string) {
  const el = page.locator(`iframe[data-deal-atlas-embed="${id}"]`);
  await el.scrollIntoViewIfNeeded();
  const frame = await (await el.elementHandle())!.contentFrame();
  await frame!.waitForLoadState('load');
  await frame!.evaluate(() => document.fonts.ready);
  const measure = async () => ({
    frame: (await el.boundingBox())!.height,
    content: await frame!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)),
    scrolls: await frame!.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1),
  });
  // Sized once the snippet's script has acted on the embed page's last message.
  await expect.poll(async () => { const m = await measure(); return Math.abs(m.frame - m.content); }, { timeout: 5000 }).toBeLessThanOrEqual(1);
  const m = await measure();
  return m;
}

describe('embed snippet in another site', () => {
  it('found the charts', () => expect(chartIds.length).toBeGreaterThan(0));

  it.each([1280, 360])('in a %i px column every iframe is as tall as its chart, with no inner scrollbar', async (width) => {
    const page = await hostPage(width);
    const errors = watchErrors(page);
    for (const id of chartIds) {
      const m = await fit(page, id);
      expect(m.scrolls, `${id}: scrolls inside its frame`).toBe(false);
      expect(Math.abs(m.frame - m.content), `${id}: frame ${m.frame}px, content ${m.content}px`).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
  });

  it('the initial height is close to the real one in a typical column (before or without the script)', async () => {
    const page = await hostPage(oembedOf(chartIds[0]!).width);
    for (const id of chartIds) {
      const initial = oembedOf(id).height;
      const m = await fit(page, id);
      expect(Math.abs(initial - m.content) / m.content, `${id}: guessed ${initial}px, content ${m.content}px`).toBeLessThan(0.1);
    }
  });

  it('ignores height messages from other origins', async () => {
    const page = await hostPage(680);
    const id = chartIds[0]!;
    const m = await fit(page, id);
    // The host page itself (another origin than the embed) posts a height: the frame keeps its size.
    await page.evaluate((h) => window.postMessage({ type: 'deal-atlas:embed-height', chart: 'x', height: h }, '*'), 3000);
    await page.waitForTimeout(100);
    expect((await page.locator(`iframe[data-deal-atlas-embed="${id}"]`).boundingBox())!.height).toBe(m.frame);
  });
});

describe('oEmbed', () => {
  it.each(chartIds)('/charts/%s/ and its embed page link an oEmbed JSON whose iframe shows the embed page', async (id) => {
    for (const pagePath of [`charts/${id}/index.html`, `embed/${id}/index.html`]) {
      const html = readDist(pagePath);
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/.exec(html);
      expect(link, `${pagePath}: oEmbed discovery link`).not.toBeNull();
      const json = JSON.parse(readDist(distPath(new URL(link![1]!).pathname))) as Oembed;
      expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String) });
      expect(json.width).toBeGreaterThan(0);
      expect(json.height).toBeGreaterThan(0);
      const src = /<iframe src="([^"]+)"/.exec(json.html)?.[1];
      expect(new URL(src!).pathname).toBe(sitePath(`/embed/${id}/`));
      // The thumbnail is the chart's PNG, and exists.
      expect(new URL(json.thumbnail_url!).pathname).toBe(sitePath(`/data/${id}.png`));
      expect(existsSync(path.join(distDir, distPath(new URL(json.thumbnail_url!).pathname)))).toBe(true);
    }
  });
});
