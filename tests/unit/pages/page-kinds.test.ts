// One list of page kinds (src/lib/page-kinds.ts): every route file is in it, and what it says about each
// kind (addresses, output files, PDFs) agrees with the route helpers (src/lib/routes.ts).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { chartIds } from '../../../src/charts/registry.ts';
import { dataPagePaths, kindFolder, kindOfFile, PAGE_KINDS } from '../../../src/lib/page-kinds.ts';
import { href, reportSlot, sitePath } from '../../../src/lib/routes.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';
import { url } from '../../../src/lib/url.ts';
import { addDeals, fixtureSites } from '../../helpers/fixture-content.ts';

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/pages');
const routeFiles = (readdirSync(pagesDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
  .map((e) => path.relative(pagesDir, path.join(e.parentPath, e.name)).replace(/\\/g, '/'))
  .sort();

const fx = fixtureSites({ big: (s) => addDeals(s, 1001) });

const site = (c: SiteContent) => ({ dataset: c.dataset, briefingSlugs: c.briefings.map((b) => b.id), chartIds, editionIds: ['2025-q1'] });
/** The file Astro writes for a page address ("/deals/x/" → deals/x/index.html). */
const fileOf = (address: string) => `${address.replace(/^\//, '')}index.html`;

describe('page kinds', () => {
  it('every route file in src/pages/ is listed once: a new page type cannot be left out', () => {
    expect(PAGE_KINDS.map((k) => k.route).sort()).toEqual(routeFiles);
    expect(new Set(PAGE_KINDS.map((k) => k.name)).size).toBe(PAGE_KINDS.length);
  });

  it("each kind's addresses are files Astro writes for that kind's route", () => {
    for (const c of [fx.small, fx.big])
      for (const kind of PAGE_KINDS)
        for (const address of kind.addresses?.(site(c)) ?? []) expect(kindOfFile(fileOf(address))?.route, address).toBe(kind.route);
  });

  it('redirect validation knows every page the content makes, the year pages of a big site included', () => {
    const pages = dataPagePaths(fx.small.dataset, ['a'], chartIds, ['2025-q1']);
    for (const p of ['/', '/editions/', '/editions/2025-q1/', '/briefings/', '/briefings/a/', '/deals/acme-bigpharma-2025/', '/companies/bigpharma-rd/', '/topics/licensing/', '/charts/top-deals/', '/embed/top-deals/', '/sources/', '/search/'])
      expect(pages.has(p), p).toBe(true);
    expect([...pages].some((p) => p.startsWith('/deals/years/'))).toBe(false);
    const bigPages = dataPagePaths(fx.big.dataset, [], chartIds);
    for (const p of ['/deals/years/2025/', '/deals/years/1995/', '/deals/years/undated/']) expect(bigPages.has(p), p).toBe(true);
  });

  it('built files map to their kind; files of other steps to none', () => {
    const kind = (rel: string) => kindOfFile(rel)?.name;
    expect(kind('index.html')).toBe('home');
    expect(kind('404.html')).toBe('404');
    expect(kind('ko/404.html')).toBe('404 in another language'); // moved there after the build (src/lib/i18n/not-found.ts)
    expect(kind('zh/404.html')).toBe('404 in another language');
    expect(kind('deals/index.html')).toBe('deals index');
    expect(kind('deals/x/index.html')).toBe('deal');
    expect(kind('/deals/years/2024/index.html')).toBe('deals by year');
    expect(kind('deals/all.json')).toBe('deal list');
    expect(kind('data/x.csv')).toBe('chart csv');
    expect(kind('data/spec/x.json')).toBe('chart spec');
    expect(kind('data/x.png')).toBe('chart picture png');
    expect(kind('data/x.svg')).toBe('chart picture svg');
    expect(kind('cards/charts/x.png')).toBe('social card');
    expect(kind('cards/site.png')).toBe('site social card');
    expect(kind('sources/index.html')).toBe('sources');
    expect(kind('sources/x/index.html')).toBe('source');
    expect(kind('rss.xml')).toBe('feed');
    expect(kind('pagefind/pagefind.js')).toBeUndefined();
    expect(kind('_astro/x.css')).toBeUndefined();
  });

  it('briefings and topics are printed to PDF, in the folders their addresses name', () => {
    const reports = PAGE_KINDS.filter((k) => k.pdf);
    expect(reports.map((k) => [kindFolder(k), k.pdf])).toEqual([['briefings', 'Briefing'], ['topics', 'Topic']]);
    expect(reportSlot(sitePath.briefing('a'))).toBe('briefings/a');
    expect(sitePath.pdf(reportSlot(sitePath.topic('t')))).toBe('/pdf/topics/t.pdf');
  });
});

describe('route helpers', () => {
  it('hrefs are the site paths under the base path', () => {
    expect(href.deal('x')).toBe(url(sitePath.deal('x')));
    expect(href.home()).toBe(url('/'));
    expect(sitePath.sourceSection('src-a')).toBe('/sources/#src-a');
    expect(sitePath.dataCsv('c')).toBe('/data/c.csv');
    expect(sitePath.dealsOfYear('2024')).toBe('/deals/years/2024/');
  });

  it('on a site under a sub-path (BASE_PATH), links carry it and site paths do not', async () => {
    vi.stubEnv('BASE_PATH', '/atlas');
    vi.resetModules();
    try {
      const r = await import('../../../src/lib/routes.ts');
      expect(r.href.deal('x')).toBe('/atlas/deals/x/');
      expect(r.href.home()).toBe('/atlas/');
      expect(r.sitePath.deal('x')).toBe('/deals/x/');
      expect(r.absoluteUrl(r.href.chart('c'))).toMatch(/^https?:\/\/[^/]+\/atlas\/charts\/c\/$/);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
