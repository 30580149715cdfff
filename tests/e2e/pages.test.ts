// Every page type renders: status, h1/title, no console errors, no CSP violations. Pages without charts
// ship no JavaScript; chart pages ship a small script and load vega-embed only on demand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, useSite, watchCsp, watchErrors } from './helpers/browser.ts';
import { chartIds as registeredCharts } from '../../src/charts/registry.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { dirIds, distDir, distPath, projectData, projectRoot, readDist, sitePath } from './helpers/dist.ts';

const site = useSite();

interface Visit {
  page: Page;
  status: number;
  errors: string[];
}

async function visit(p: string, opts: { js?: boolean; before?: (page: Page) => void; waitUntil?: 'load' | 'networkidle' } = {}): Promise<Visit> {
  const ctx = await site.context({ javaScriptEnabled: opts.js ?? true });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await watchCsp(page);
  opts.before?.(page);
  const res = await page.goto(site.url(sitePath(p)), { waitUntil: opts.waitUntil ?? 'load' });
  return { page, status: res?.status() ?? 0, errors };
}

async function expectClean(v: Visit): Promise<void> {
  const csp = await cspViolations(v.page);
  expect([...v.errors, ...csp], 'console errors / CSP violations').toEqual([]);
}

async function expectPage(p: string, h1: RegExp | string, title?: RegExp | string): Promise<Page> {
  const v = await visit(p);
  expect(v.status, `${p} status`).toBe(200);
  const heading = (await v.page.locator('h1').first().textContent())?.trim() ?? '';
  if (typeof h1 === 'string') expect(heading).toBe(h1);
  else expect(heading).toMatch(h1);
  expect(await v.page.locator('h1').count(), `${p}: exactly one h1`).toBe(1);
  const t = await v.page.title();
  expect(t).toMatch(/Deal Atlas/);
  if (title) expect(t).toMatch(title);
  await expectClean(v);
  return v.page;
}

const deals = projectData<{ id: string; licensor: string; asset: { name: string } }[]>('data/deals.json');
const topics = dirIds('topics');
const chartIds = dirIds('charts');
const briefings = dirIds('briefings');

describe('page types', () => {
  it('home', async () => {
    const page = await expectPage('/', 'Deal Atlas');
    expect(await page.locator('.key-figures li').count()).toBeGreaterThan(0);
    expect(await page.locator('#main a[href*="/briefings/"]').count()).toBeGreaterThan(0);
  });

  it('briefings index lists every briefing', async () => {
    const page = await expectPage('/briefings/', 'Briefings');
    for (const b of briefings) expect(await page.locator(`a[href$="/briefings/${b}/"]`).count(), b).toBeGreaterThan(0);
  });

  it('a briefing: TOC, reading time, deals table, sources, prev/next', async () => {
    const page = await expectPage('/briefings/china-going-global-2024-h1-2025/', /China/);
    const toc = page.locator('nav.toc');
    await expect(toc.isVisible()).resolves.toBe(true);
    const tocLinks = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(tocLinks.length).toBeGreaterThan(1);
    for (const href of tocLinks) expect(await page.locator(href.replace(/^#/, '#')).count(), `TOC target ${href}`).toBe(1);
    expect(await page.locator('header .meta').textContent()).toMatch(/\d+ min read/);
    expect(await page.locator('table.deal-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('section.sources .sources-list li').count()).toBeGreaterThan(0);
    expect(await page.locator('nav.pager a[rel="prev"]').count()).toBe(1);
    expect(await page.locator('nav.pager a[rel="next"]').count()).toBe(1);
    expect(await page.locator('.figure[data-chart]').count()).toBeGreaterThan(0);
  });

  it('topics index and each topic', async () => {
    const index = await expectPage('/topics/', 'Topics');
    expect(await index.locator('#main .card').count()).toBe(topics.length);
    for (const id of topics) {
      const page = await expectPage(`/topics/${id}/`, /\S/);
      expect(await page.locator('section.sources').count(), id).toBe(1);
    }
  });

  it('charts index', async () => {
    const page = await expectPage('/charts/', 'Charts');
    expect(await page.locator('.chart-card').count()).toBe(chartIds.length);
  });

  it('a chart page', async () => {
    const page = await expectPage('/charts/korea-licensing-exports/', /\S/);
    expect(await page.locator('h1.figure-title').count()).toBe(1);
    expect(await page.locator('.figure-render-wide svg').count()).toBe(1);
    expect(await page.locator('.figure-downloads a[href$=".csv"]').count()).toBe(1);
  });

  it('an embed page has the figure and no site chrome', async () => {
    const v = await visit('/embed/top-deals/');
    expect(v.status).toBe(200);
    expect(await v.page.locator('.site-header, .site-footer, nav.site-nav').count()).toBe(0);
    expect(await v.page.locator('.figure-render-wide svg').count()).toBe(1);
    expect(await v.page.title()).toMatch(/Deal Atlas/);
    await expectClean(v);
  });

  it('data CSV and JSON downloads', async () => {
    const csv = await fetch(site.url(sitePath('/data/korea-licensing-exports.csv')));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/,/);
    const json = await fetch(site.url(sitePath('/data/korea-licensing-exports.json')));
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await json.json()) as Record<string, unknown>;
    expect(typeof body).toBe('object');
    const rows = Object.values(body).find(Array.isArray) as unknown[] | undefined;
    expect(rows?.length ?? 0).toBeGreaterThan(0);
  });

  it('deals index', async () => {
    const page = await expectPage('/deals/', 'Deal explorer');
    expect(await page.locator('table.deal-table tbody tr').count()).toBe(deals.length);
  });

  it('a deal page', async () => {
    const page = await expectPage('/deals/remegen-abbvie-2026/', /RemeGen/);
    // The deal's facts, then its terms: guaranteed apart from contingent, then the headline, each a list.
    expect(await page.locator('dl.facts').count()).toBe(4);
    expect(await page.locator('section[aria-labelledby="deal-terms"] h3').allTextContents()).toEqual(['Guaranteed', 'Contingent', 'Headline']);
    expect(await page.locator('section[aria-labelledby="deal-terms"]').textContent()).toMatch(/Upfront\s*not stated[\s\S]*Headline value\s*up to \$5\.6B/);
    // Its history: the announcement, dated, linked to its source.
    const history = page.locator('section.deal-history li');
    expect(await history.count()).toBe(1);
    expect(await history.first().textContent()).toMatch(/12 January 2026: Announced/);
    expect(await page.locator('section.deal-history li time').getAttribute('datetime')).toBe('2026-01-12');
    expect(await page.locator('section.sources li').count()).toBeGreaterThan(0);
  });

  it('citation lists read "(A, ¶3; B, ¶4)": no separator drawn by CSS between the links (the .meta rule drew " · ")', async () => {
    const page = await (await site.context()).newPage();
    let lists = 0;
    for (const id of dirIds('deals')) {
      await page.goto(site.url(sitePath(`/deals/${id}/`)));
      const drawn = await page.locator('.cite-links a').evaluateAll((links) => links.map((a) => getComputedStyle(a, '::before').content));
      lists += await page.locator('.cite-links').count();
      expect(drawn.filter((c) => c !== 'none' && c !== 'normal'), id).toEqual([]);
    }
    expect(lists).toBeGreaterThan(0);
  });

  it('each deal page lists the briefings that discuss it, newest first, and no others', async () => {
    const { briefings } = await readDataset(projectRoot, registeredCharts);
    const published = briefings.filter((b) => !b.data.draft).sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.slug < b.slug ? -1 : 1));
    let listed = 0;
    for (const deal of deals) {
      const html = readDist(`deals/${deal.id}/index.html`);
      const section = /<section aria-labelledby="deal-briefings">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      const shown = [...section.matchAll(/href="[^"]*\/briefings\/([^/"]+)\/"/g)].map((m) => m[1]);
      const expected = published.filter((b) => b.data.deals.includes(deal.id)).map((b) => b.slug);
      expect(shown, deal.id).toEqual(expected);
      listed += shown.length;
    }
    expect(listed, 'some deal pages list briefings').toBeGreaterThan(0);
  });

  it('companies index and a company page', async () => {
    const index = await expectPage('/companies/', 'Companies');
    expect(await index.locator('tbody tr').count()).toBe(dirIds('companies').length);
    const page = await expectPage('/companies/remegen/', 'RemeGen');
    expect(await page.locator('table.deal-table tbody tr').count()).toBeGreaterThan(0);
  });

  it('sources page has an anchor per source', async () => {
    const page = await expectPage('/sources/', 'Sources');
    const sources = projectData<{ id: string }[]>('data/sources.json');
    for (const s of sources) expect(await page.locator(`section[id="${s.id}"] h2`).count(), s.id).toBe(1);
  });

  it('search page', async () => {
    await expectPage('/search/', 'Search');
  });

  it('404 page answers with status 404', async () => {
    const v = await visit('/no-such-page/');
    expect(v.status).toBe(404);
    expect(await v.page.locator('h1').textContent()).toMatch(/not found/i);
    // the 404 response itself is a console error in Chromium; nothing else may be
    expect(v.errors.filter((e) => !/status of 404|HTTP 404: (\/[\w-]+)?\/no-such-page\//.test(e))).toEqual([]);
    expect(await cspViolations(v.page)).toEqual([]);
  });

  it('rss.xml is valid XML with one item per briefing', async () => {
    const { briefings: all } = await readDataset(projectRoot, registeredCharts);
    const published = all.filter((b) => !b.data.draft); // what content/briefings/ publishes, whatever it holds today
    const res = await fetch(site.url(sitePath('/rss.xml')));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/xml/);
    const xml = await res.text();
    const ctx = await site.context();
    const page = await ctx.newPage();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        items: [...doc.querySelectorAll('channel > item')].map((i) => ({ title: i.querySelector('title')?.textContent, link: i.querySelector('link')?.textContent })),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('rss');
    expect(parsed.items).toHaveLength(published.length);
    expect(parsed.items).toHaveLength(briefings.length);
    for (const it of parsed.items) {
      expect(it.title).toBeTruthy();
      expect(it.link).toMatch(/^https?:\/\/.+\/briefings\/[^/]+\/$/);
    }
  });

  it('sitemap-index.xml points at sitemaps listing the pages', async () => {
    const res = await fetch(site.url(sitePath('/sitemap-index.xml')));
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(/<sitemapindex[\s>]/);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(0);
    const sitemap = readDist(new URL(locs[0]!).pathname.replace(/^.*\/(sitemap-[^/]+\.xml)$/, '$1'));
    expect(sitemap).toMatch(/<urlset[\s>]/);
    expect(sitemap).toMatch(/\/deals\/remegen-abbvie-2026\/<\/loc>/);
  });
});

describe('JavaScript budget', () => {
  // The home page leads with a chart, so it loads the figure script like every page with figures.
  const noJs = [`/deals/${deals[0]!.id}/`, '/companies/remegen/', '/sources/'];
  it.each(noJs)('%s ships no script', (p) => {
    const rel = path.join(p.replace(/^\//, ''), 'index.html');
    const html = readDist(rel);
    expect(html.match(/<script\b[^>]*\bsrc=/gi) ?? [], rel).toEqual([]);
    expect(html.match(/<script\b/gi) ?? [], `${rel}: inline scripts`).toEqual([]);
    expect(html.match(/<link\b[^>]*rel="?modulepreload/gi) ?? [], rel).toEqual([]);
  });

  it('a chart page loads < 10 KB gzip of script and vega-embed only on "Interact / export"', async () => {
    const scripts: string[] = [];
    const v = await visit('/charts/china-license-out-value/', {
      waitUntil: 'networkidle',
      before: (page) => page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)),
    });
    const { page } = v;
    expect(scripts.length).toBeGreaterThan(0);
    const gz = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(path.join(distDir, distPath(p)))).length, 0);
    expect(gz, `scripts on load: ${scripts.join(', ')}`).toBeLessThan(10 * 1024);
    // Only module scripts on the page, and their sum is under budget too.
    const modules = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => ({ type: s.getAttribute('type'), src: new URL((s as HTMLScriptElement).src).pathname })));
    expect(modules.every((m) => m.type === 'module')).toBe(true);
    const loadedBefore = scripts.length;
    expect(scripts.some((s) => /vega|embed/i.test(s)), scripts.join(', ')).toBe(false);

    const button = page.getByRole('button', { name: 'Interact / export' });
    await button.waitFor({ state: 'visible' });
    const vegaRequest = page.waitForRequest((r) => /vega|embed\./i.test(new URL(r.url()).pathname));
    await button.click();
    await vegaRequest;
    await page.locator('.figure-interactive:not([hidden]) svg').first().waitFor({ state: 'visible', timeout: 20_000 });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(scripts.length).toBeGreaterThan(loadedBefore);
    await expectClean(v);
  });

  it('on a Korean chart page the interactive view draws the Korean words (its own spec)', async () => {
    const v = await visit('/ko/charts/korea-licensing-exports/', { waitUntil: 'networkidle' });
    const { page } = v;
    const spec = page.waitForRequest((r) => new URL(r.url()).pathname.endsWith('/data/spec/korea-licensing-exports.ko.json'));
    await page.locator('.figure-interact').first().click();
    await spec;
    const svg = page.locator('.figure-interactive:not([hidden]) svg').first();
    await svg.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await svg.textContent()).toMatch(/2024년/);
    await expectClean(v);
  });
});
