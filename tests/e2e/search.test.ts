// The search page queries two pagefind bundles: dist/pagefind/ (pages indexed from HTML) with
// dist/pagefind-records-N/ (deals and companies, indexed from data) merged in.
import { describe, expect, it } from 'vitest';
import { cspViolations, useSite, watchCsp, watchErrors } from './helpers/browser.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { distDir, distPath, readDist, sitePath } from './helpers/dist.ts';

const site = useSite();

async function searchPage() {
  const ctx = await site.context();
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await watchCsp(page);
  return { page, errors };
}

const resultLinks = (page: import('playwright-core').Page) =>
  page.locator('.search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search', () => {
  it('every record bundle the search page names was built', () => {
    const names = /data-pagefind-records="([^"]*)"/.exec(readDist('search/index.html'))?.[1]?.split(' ').filter(Boolean) ?? [];
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(existsSync(path.join(distDir, distPath(n), 'pagefind-entry.json')), n).toBe(true);
  });

  it('finds the deal page by a company name typed into the form', async () => {
    const { page, errors } = await searchPage();
    await page.goto(site.url(sitePath('/search/')));
    await page.getByRole('searchbox', { name: 'Search briefings, topics, deals and companies' }).fill('Zonsen');
    await page.locator('form[data-search] button[type="submit"]').click();
    await page.locator('.search-status').filter({ hasText: /results? for “Zonsen”/ }).waitFor();
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links).toContain(sitePath('/deals/zonsen-peplib-novartis-2026/'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('Zonsen');
    // excerpts mark the hit
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    expect([...errors, ...(await cspViolations(page))]).toEqual([]);
  });

  it('runs the query from ?q= and links results to pages that exist', async () => {
    const { page, errors } = await searchPage();
    await page.goto(site.url(sitePath('/search/?q=RemeGen')));
    await page.locator('.search-status').filter({ hasText: /results? for “RemeGen”/ }).waitFor();
    const links = await resultLinks(page);
    expect(links).toContain(sitePath('/deals/remegen-abbvie-2026/'));
    expect(links).toContain(sitePath('/companies/remegen/'));
    // one result list from both bundles: briefings (HTML) alongside the deal and company (records)
    expect(links).toContain(sitePath('/briefings/jpm-2026-china-deals/'));
    for (const l of links) {
      const res = await fetch(site.url(l));
      expect(res.status, l).toBe(200);
    }
    expect(await page.locator('#search-q').inputValue()).toBe('RemeGen');
    expect([...errors, ...(await cspViolations(page))]).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const { page } = await searchPage();
    await page.goto(site.url(sitePath('/search/?q=qqqxyzzyqqq')));
    await page.locator('.search-status').filter({ hasText: /0 results/ }).waitFor();
    expect(await page.locator('.search-results li').count()).toBe(0);
  });

  it('each deal and company result matches words its page shows (records are built from data, not HTML)', async () => {
    const { page } = await searchPage();
    await page.goto(site.url(sitePath('/search/?q=AbbVie')));
    await page.locator('.search-status').filter({ hasText: /results? for “AbbVie”/ }).waitFor();
    const items = await page.locator('.search-results li').evaluateAll((lis) =>
      lis.map((li) => ({ href: new URL(li.querySelector('a')!.href).pathname, excerpt: li.querySelector('p')!.textContent ?? '' })),
    );
    const records = items.filter((i) => /\/(deals|companies)\/[^/]+\/$/.test(i.href));
    expect(records.length).toBeGreaterThan(1);
    const ctx = await site.context();
    for (const { href, excerpt } of records) {
      const target = await ctx.newPage();
      await target.goto(site.url(href));
      const text = (await target.locator('main').innerText()).replace(/\s+/g, ' ');
      // every word of the excerpt (ellipses and punctuation aside) is on the page it links to
      const words = excerpt.replace(/…/g, ' ').match(/[\p{L}\p{N}$][\p{L}\p{N}$.,%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu) ?? [];
      const missing = words.filter((w) => !text.includes(w));
      expect(missing, `${href}: ${excerpt}`).toEqual([]);
      await target.close();
    }
    await ctx.close();
  });
});
