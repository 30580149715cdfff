// The search page queries the pagefind index built into dist/pagefind/.
import { describe, expect, it } from 'vitest';
import { cspViolations, useSite, watchCsp, watchErrors } from './helpers/browser.ts';
import { sitePath } from './helpers/dist.ts';

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
});
