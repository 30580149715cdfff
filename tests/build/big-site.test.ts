// A site with more deals than one page should list. The deal explorer (EXPLORER_ROWS): the page lists the
// newest deals, year pages list every deal without JavaScript, and filters, search and sorting reach every
// deal through /deals/all.json. Sources (SOURCE_ROWS): /sources/ lists the first citing records and a
// source's own page lists them all. Expected results are computed from the generated data, not the page.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData, syntheticFiles } from '../../scripts/lib/synthetic-data.ts';
import { EXPLORER_ROWS } from '../../src/lib/deal-row.ts';
import { SOURCE_ROWS } from '../../src/lib/source-citings.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { hasChrome, launchBrowser } from '../helpers/browser.ts';
import { build, copyProject, describeBuild, removeCopies } from './helpers.ts';

interface Money { disclosure: string; amount: number; currency: string; qualifier: string; usd?: number }
interface Deal { id: string; licensor: string; licensee: string; announced?: { value: string }; asset: { name: string }; terms: { total?: Money }; sources: { source: string }[] }

const N = EXPLORER_ROWS + 150;
const data = generateSyntheticData(N, { seed: 7 });
const deals = data.deals as unknown as Deal[];
const countryOf = new Map((data.companies as { id: string; country: string }[]).map((c) => [c.id, c.country]));
const usd = (m?: Money) => (!m || m.disclosure !== 'given' ? undefined : m.currency === 'USD' ? m.amount : m.usd);
const fmt = (n: number) => n.toLocaleString('en');

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await copyProject('deal-atlas-explorer-big-', { empty: true });
  for (const [rel, text] of syntheticFiles(data)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  const r = await build(dir);
  if (r.code !== 0) throw new Error(describeBuild(r));
  server = await startStaticServer(path.join(dir, 'dist'), '/');
  if (hasChrome) browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await removeCopies();
});

const dealIds = (html: string) => [...html.matchAll(/<td><a href="\/deals\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!);
const page = async (p: string) => readFile(path.join(dir, 'dist', p, 'index.html'), 'utf8');

describe('sources on a big site', () => {
  it(`/sources/ lists the first ${SOURCE_ROWS} records citing a source, and its own page lists every one`, async () => {
    const citing = new Map<string, string[]>();
    for (const d of deals) for (const c of d.sources) citing.set(c.source, [...(citing.get(c.source) ?? []), d.id]);
    const [id, ids] = [...citing].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(ids.length).toBeGreaterThan(SOURCE_ROWS);
    const index = await page('sources');
    const section = index.slice(index.indexOf(`<section id="${id}"`), index.indexOf('</section>', index.indexOf(`<section id="${id}"`)));
    expect((section.match(/<tr>/g) ?? []).length - 1).toBe(SOURCE_ROWS); // minus the header row
    expect(section).toContain(`href="/sources/${id}/"`);
    const own = await page(`sources/${id}`);
    for (const deal of ids) expect(own, deal).toContain(`href="/deals/${deal}/"`);
  });
});

describe('deal explorer on a big site, without JavaScript', () => {
  it(`lists the ${EXPLORER_ROWS} newest deals, and its year pages list every deal once`, async () => {
    const html = await page('deals');
    expect(dealIds(html)).toHaveLength(EXPLORER_ROWS);
    expect(html).toContain(`The ${fmt(EXPLORER_ROWS)} most recent of ${fmt(N)} deals`);
    const years = [...html.matchAll(/href="\/deals\/years\/([a-z0-9]+)\/"/g)].map((m) => m[1]!);
    expect(years.length).toBeGreaterThan(1);
    const listed: string[] = [];
    for (const y of years) listed.push(...dealIds(await page(`deals/years/${y}`)));
    expect(listed.sort()).toEqual(deals.map((d) => d.id).sort());
    // The newest: every deal not on the page is dated no later than the oldest dated one on it.
    const onPage = new Set(dealIds(html));
    const dateOf = new Map(deals.map((d) => [d.id, d.announced?.value ?? '']));
    const oldestListed = [...onPage].map((id) => dateOf.get(id)!).filter(Boolean).sort()[0]!;
    for (const d of deals) if (!onPage.has(d.id) && d.announced) expect(d.announced.value <= oldestListed, d.id).toBe(true);
  });
});

describe.skipIf(!hasChrome)('deal explorer on a big site, with JavaScript', () => {
  async function open(): Promise<Page> {
    const p = await (await browser.newContext()).newPage();
    await p.goto(server.url('/deals/'));
    await p.locator('form.explorer-controls').waitFor({ state: 'visible' });
    return p;
  }
  const rowIds = (p: Page) => p.locator('table.deal-table tbody tr:not([hidden])').evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.deal!));
  const status = (p: Page) => p.locator('.explorer-status').textContent();

  it('a country filter covers every deal, not only those listed', async () => {
    const p = await open();
    const expected = deals.filter((d) => countryOf.get(d.licensor) === 'KR' || countryOf.get(d.licensee) === 'KR').map((d) => d.id);
    await p.getByLabel('Country').selectOption('KR');
    await p.waitForFunction(() => /match/.test(document.querySelector('.explorer-status')?.textContent ?? ''));
    const listed = Math.min(expected.length, EXPLORER_ROWS);
    expect(await status(p)).toBe(`${fmt(expected.length)} of ${fmt(N)} deals match` + (expected.length > listed ? `; the first ${fmt(listed)} are listed` : ''));
    const ids = await rowIds(p);
    expect(ids).toHaveLength(listed);
    expect(ids.every((id) => expected.includes(id))).toBe(true);
  });

  it('search finds a deal that is not on the page, and its row links to it', async () => {
    const p = await open();
    const onPage = new Set(await rowIds(p));
    const far = deals.find((d) => !onPage.has(d.id) && !deals.some((o) => o.id !== d.id && o.asset.name.toLowerCase().includes(d.asset.name.toLowerCase())))!;
    expect(far, 'a deal off the page with a unique asset name').toBeDefined();
    await p.locator('form.explorer-controls input[name=q]').fill(far.asset.name);
    await p.waitForFunction(() => /match/.test(document.querySelector('.explorer-status')?.textContent ?? ''));
    expect(await rowIds(p)).toEqual([far.id]);
    expect(await p.locator(`table.deal-table tbody a[href="/deals/${far.id}/"]`).textContent()).toBe(far.asset.name);
    // The row built from JSON has the cells the server renders for that deal (its year page).
    const year = far.announced?.value.slice(0, 4) ?? 'undated';
    const serverRow = new RegExp(`<tr>((?:(?!</tr>).)*?href="/deals/${far.id}/"(?:(?!</tr>).)*)</tr>`).exec(await page(`deals/years/${year}`))![1];
    expect(await p.locator(`table.deal-table tbody tr[data-deal="${far.id}"]`).innerHTML()).toBe(serverRow);
  });

  it('says so when every deal cannot be loaded, and filters the deals listed', async () => {
    const ctx = await browser.newContext();
    await ctx.route('**/deals/all.json', (r) => r.fulfill({ status: 503, body: 'unavailable' }));
    const p = await ctx.newPage();
    await p.goto(server.url('/deals/'));
    await p.locator('form.explorer-controls').waitFor({ state: 'visible' });
    const listed = await rowIds(p);
    await p.getByLabel('Country').selectOption('KR');
    await p.waitForFunction(() => /could not be loaded/.test(document.querySelector('.explorer-status')?.textContent ?? ''));
    const expected = listed.filter((id) => {
      const d = deals.find((x) => x.id === id)!;
      return countryOf.get(d.licensor) === 'KR' || countryOf.get(d.licensee) === 'KR';
    });
    expect(await rowIds(p)).toEqual(expected);
    expect(await status(p)).toBe(`${fmt(expected.length)} of ${fmt(listed.length)} deals shown (every deal could not be loaded: only the deals listed here were searched)`);
  });

  it('sorting by headline value ranks every deal, and Clear brings back the newest', async () => {
    const p = await open();
    await p.getByRole('button', { name: 'Headline' }).click();
    await p.waitForFunction(() => /match/.test(document.querySelector('.explorer-status')?.textContent ?? ''));
    const max = Math.max(...deals.map((d) => usd(d.terms.total) ?? -1));
    const first = (await rowIds(p))[0]!;
    expect(usd(deals.find((d) => d.id === first)!.terms.total)).toBe(max);
    await p.getByRole('button', { name: 'Clear' }).click();
    await p.waitForFunction(() => /most recent/.test(document.querySelector('.explorer-status')?.textContent ?? ''));
    expect(await rowIds(p)).toEqual(dealIds(await page('deals')));
  });
});
