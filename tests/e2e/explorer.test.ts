// The deal explorer (/deals/): filters, sort and text search over the static table, state in the URL.
// Expected rows are computed from data/*.json, independently of the page's data attributes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, watchErrors } from './helpers/browser.ts';
import { projectData, sitePath } from './helpers/dist.ts';
import { dealStatus } from '../../src/lib/deal-history.ts';
import type { Deal as Deal_ } from '../../src/schema/deal.ts';

interface Money { disclosure: string; amount?: number; currency: string; qualifier: string; usd?: number }
interface Deal {
  id: string; licensor: string; licensee: string; stage: string; type: string;
  asset: { name: string; modality: string }; announced?: { value: string }; terms: { total?: Money }; events: Deal_['events'];
}
const deals = projectData<Deal[]>('data/deals.json');
const companies = projectData<{ id: string; name: string; country: string }[]>('data/companies.json');
const country = (id: string) => companies.find((c) => c.id === id)!.country;
const usd = (m?: Money) => (!m || m.disclosure !== 'given' ? undefined : m.currency === 'USD' ? m.amount : m.usd);
const idsWhere = (f: (d: Deal) => boolean) => deals.filter(f).map((d) => d.id).sort();

const site = useSite();

async function open(query = '', js = true): Promise<{ page: Page; errors: string[] }> {
  const ctx = await site.context({ javaScriptEnabled: js });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.goto(site.url(sitePath(`/deals/${query}`)));
  if (js) await page.locator('form.explorer-controls').waitFor({ state: 'visible' });
  return { page, errors };
}
const visibleIds = (page: Page) => page.locator('table.deal-table tbody tr:not([hidden])').evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.deal!));
const allIds = (page: Page) => page.locator('table.deal-table tbody tr').evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.deal!));
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const status = (page: Page) => page.locator('.explorer-status').textContent();

describe('deal explorer', () => {
  it('filters by country, hides the other rows and puts the filter in the URL', async () => {
    const { page, errors } = await open();
    const expected = idsWhere((d) => country(d.licensor) === 'KR' || country(d.licensee) === 'KR');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(deals.length);
    await page.getByLabel('Country').selectOption('KR');
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(query(page)).toEqual({ country: 'KR' });
    expect(await status(page)).toBe(`${expected.length} of ${deals.length} deals shown`);
    expect(errors).toEqual([]);
  });

  const filters: [label: string, name: string, value: string, test: (d: Deal) => boolean][] = [
    ['Modality', 'modality', 'formulation-platform', (d) => d.asset.modality === 'formulation-platform'],
    ['Stage', 'stage', 'phase-1', (d) => d.stage === 'phase-1'],
    ['Deal type', 'type', 'platform-license', (d) => d.type === 'platform-license'],
    ['Status', 'status', 'signed', (d) => dealStatus(d) === 'signed'],
    ['Year', 'year', '2025', (d) => d.announced?.value.startsWith('2025') ?? false],
  ];
  it.each(filters)('filters by %s', async (label, name, value, test) => {
    const { page } = await open();
    const expected = idsWhere(test);
    expect(expected.length).toBeGreaterThan(0);
    await page.locator(`select[name="${name}"]`).selectOption(value);
    expect(await page.getByLabel(label).inputValue()).toBe(value); // the label names the control
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(query(page)).toEqual({ [name]: value });
  });

  it('combines filters, and Clear shows every deal again', async () => {
    const { page } = await open();
    await page.getByLabel('Country').selectOption('KR');
    await page.getByLabel('Year').selectOption('2025');
    const expected = idsWhere((d) => (country(d.licensor) === 'KR' || country(d.licensee) === 'KR') && !!d.announced?.value.startsWith('2025'));
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(query(page)).toEqual({ country: 'KR', year: '2025' });
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => visibleIds(page).then((v) => v.length)).toBe(deals.length);
    expect(query(page)).toEqual({});
    expect(await page.getByLabel('Country').inputValue()).toBe('');
  });

  it('sorts by headline value from the column header button', async () => {
    const { page } = await open();
    const withTotal = deals.filter((d) => usd(d.terms.total) !== undefined).sort((a, b) => usd(b.terms.total)! - usd(a.terms.total)!).map((d) => d.id);
    expect(withTotal.length).toBeGreaterThan(1);
    const header = page.locator('th', { has: page.getByRole('button', { name: /^Headline/ }) });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await page.getByRole('button', { name: /^Headline/ }).click();
    expect((await allIds(page)).slice(0, withTotal.length)).toEqual(withTotal);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(query(page)).toEqual({ sort: 'total', dir: 'desc' });
    await page.getByRole('button', { name: /^Headline/ }).click();
    expect((await allIds(page)).slice(-withTotal.length)).toEqual([...withTotal].reverse());
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(query(page)).toEqual({ sort: 'total', dir: 'asc' });
  });

  it.each(['Zonsen', 'remegen'])('text search for %s finds its deals', async (q) => {
    const { page } = await open();
    const co = companies.filter((c) => c.name.toLowerCase().includes(q.toLowerCase())).map((c) => c.id);
    const expected = idsWhere((d) => co.includes(d.licensor) || co.includes(d.licensee));
    expect(expected.length).toBeGreaterThan(0);
    await page.getByLabel('Search', { exact: true }).fill(q);
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(query(page)).toEqual({ q });
  });

  it('restores filters and ordering from the URL', async () => {
    const { page, errors } = await open('?country=CN&sort=total&dir=desc');
    expect(await page.getByLabel('Country').inputValue()).toBe('CN');
    const cn = deals.filter((d) => country(d.licensor) === 'CN' || country(d.licensee) === 'CN');
    const visible = await visibleIds(page);
    expect([...visible].sort()).toEqual(cn.map((d) => d.id).sort());
    const totals = visible.map((id) => usd(deals.find((d) => d.id === id)!.terms.total) ?? -1);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(totals[0]).toBeGreaterThan(0);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toMatch(/Headline/);
    expect(await status(page)).toBe(`${cn.length} of ${deals.length} deals shown`);
    expect(errors).toEqual([]);
  });

  it('ignores unknown filter values in the URL instead of emptying the table', async () => {
    const { page } = await open('?country=XX');
    expect(await page.getByLabel('Country').inputValue()).toBe('');
    expect((await visibleIds(page)).length).toBe(deals.length);
  });

  it('without JavaScript shows the full table and no controls', async () => {
    const { page } = await open('?country=KR', false);
    const rows = page.locator('table.deal-table tbody tr');
    expect(await rows.count()).toBe(deals.length);
    expect(await rows.evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetHeight === 0).length)).toBe(0);
    expect(await page.locator('form.explorer-controls').isVisible()).toBe(false);
    expect(await status(page)).toBe(`${deals.length} deals`);
  });
});
