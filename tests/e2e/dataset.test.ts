// The full dataset for readers (/data/ and /data/dataset/): its files checked against data/, the explorer's
// "Download these N deals (CSV)" read back through the browser's download, and the links that lead there.
// Expected values come from data/*.json, independently of the code that writes the files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { DISCLOSURES } from '../../src/schema/vocab.ts';
import { describe, expect, it } from 'vitest';
import { useSite, watchErrors } from './helpers/browser.ts';
import { dirIds, distDir, projectData, projectRoot, readDist, sitePath } from './helpers/dist.ts';

type Term = { disclosure: 'given'; amount: number; currency: string; qualifier: string; usd?: number } | { disclosure: 'undisclosed' | 'not-stated' };
interface Citation { source: string; locator: string; via?: string }
interface Deal { id: string; licensor: string; licensee: string; asset: { name: string; modality: string }; terms: Record<string, Term>; sources: Citation[] }
interface Series { id: string; unit: string; points: { period: string; category?: string; value: number; sources: Citation[] }[] }

const deals = projectData<Deal[]>('data/deals.json');
const companies = projectData<{ id: string; country: string }[]>('data/companies.json');
const metricFiles = readdirSync(path.join(projectRoot, 'data/metrics')).filter((n) => n.endsWith('.json'));
const series = metricFiles.map((n) => projectData<Series>(`data/metrics/${n}`));

const DEALS = 'data/dataset/deals.csv';
/** A CSV as records keyed by header, after checking and dropping its byte-order mark. */
function csv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = csvParseRows(text.slice(1));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
const cite = (cs: Citation[]) => cs.map((c) => `${c.source} ${c.locator}${c.via ? ` (via ${c.via})` : ''}`).join('; ');
/** A number cell as written: plain digits, or empty. */
const num = (n: number | undefined) => (n === undefined ? '' : String(n));

describe('the dataset files', () => {
  it('every deal in data/deals.json is a row of deals.csv with its terms, currencies, qualifiers, status and citations', () => {
    const rows = csv(readDist(DEALS));
    expect(rows.map((r) => r.ID).sort()).toEqual(deals.map((d) => d.id).sort());
    for (const d of deals) {
      const r = rows.find((x) => x.ID === d.id)!;
      expect(r.Licensor).toBe(d.licensor);
      expect(r.Licensee).toBe(d.licensee);
      expect(r.Sources).toBe(cite(d.sources));
      expect(r.Status.length).toBeGreaterThan(0);
      for (const [term, label] of [['upfront', 'Upfront'], ['milestones', 'Milestones'], ['total', 'Headline value']] as const) {
        // Each term's state, then its amount where one is given.
        const t = d.terms[term]!;
        expect(r[`${label} disclosure`], `${d.id} ${term}`).toBe(DISCLOSURES[t.disclosure]);
        const m = t.disclosure === 'given' ? t : undefined;
        expect(r[`${label} amount`], `${d.id} ${term}`).toBe(num(m?.amount));
        expect(r[`${label} currency`], `${d.id} ${term}`).toBe(m?.currency ?? '');
        expect(r[`${label} USD`], `${d.id} ${term}`).toBe(num(m?.usd));
        // The qualifier as the site words it ("up-to" → "up to").
        expect(r[`${label} qualifier`], `${d.id} ${term}`).toBe(m ? m.qualifier.replace(/-/g, ' ') : '');
      }
    }
  });

  it('the workbook opens in exceljs and its Deals sheet has the same rows as deals.csv', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(distDir, 'data/dataset/deal-atlas.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Deals')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const rows = csv(readDist(DEALS));
    expect(header).toEqual(Object.keys(rows[0]!));
    const sheetRows: Record<string, string>[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      sheetRows.push(Object.fromEntries(header.map((h, i) => [String(h), row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)])));
    });
    expect(sheetRows).toEqual(rows);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Read me', 'Deals', 'Companies', 'Sources', 'Metric points']));
  });

  it('metrics.csv has one row per metric point across data/metrics/*.json, with its unit, source and locator', () => {
    const rows = csv(readDist('data/dataset/metrics.csv'));
    const expected = series.flatMap((s) => s.points.map((p) => [s.id, p.period, p.category ?? '', String(p.value), s.unit, p.sources.map((c) => c.source).join('; ')].join(' | ')));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.Series, r.Period, r.Category, r.Value, r.Unit, r.Source].join(' | ')).sort()).toEqual(expected.sort());
    for (const r of rows) expect(r.Locator, r.Series).toMatch(/¶/);
  });

  it('companies.csv and sources.csv hold every record', () => {
    expect(csv(readDist('data/dataset/companies.csv')).map((r) => r.ID).sort()).toEqual(companies.map((c) => c.id).sort());
    const sources = projectData<{ id: string }[]>('data/sources.json');
    expect(csv(readDist('data/dataset/sources.csv')).map((r) => r.ID).sort()).toEqual(sources.map((s) => s.id).sort());
  });
});

const site = useSite();

describe('the data page and the links to it', () => {
  it('/data/ lists each file with its size in bytes, as served, and links that download it', async () => {
    const ctx = await site.context();
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(site.url(sitePath('/data/')));
    const links = await page.locator('a[download][href*="/data/dataset/"]').evaluateAll((as) =>
      as.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, size: a.parentElement!.querySelector('[title$=" bytes"]')?.getAttribute('title') ?? '' })),
    );
    const names = new Set(links.map((l) => l.href.split('/').pop()));
    expect(names).toEqual(new Set(['deals.csv', 'deal-atlas.xlsx', 'companies.csv', 'sources.csv', 'metrics.csv']));
    for (const l of links) {
      const res = await page.request.get(site.url(l.href));
      expect(res.status(), l.href).toBe(200);
      expect(l.size, l.href).toBe(`${(await res.body()).length.toLocaleString('en')} bytes`);
    }
    await expect(page.locator('body').textContent()).resolves.toMatch(/CC BY 4\.0/);
    expect(errors).toEqual([]);
  });

  it('the footer of every page, each chart\'s downloads and the explorer link to /data/', () => {
    const dataHref = sitePath('/data/');
    for (const rel of ['index.html', 'deals/index.html', 'sources/index.html']) expect(readDist(rel), rel).toMatch(new RegExp(`<footer[^]*href="${dataHref}"`));
    for (const id of dirIds('charts')) {
      const html = readDist(`charts/${id}/index.html`);
      const downloads = html.match(/<p class="figure-downloads"[^]*?<\/p>/)?.[0] ?? '';
      expect(downloads, id).toContain(`href="${dataHref}">Full dataset</a>`);
    }
    expect(readDist('deals/index.html').match(/<main[^]*<\/main>/)![0]).toContain(`href="${dataHref}"`);
  });
});

describe('the explorer downloads the deals it shows', () => {
  it('filter, click: a CSV of exactly the shown deals, with the deals.csv header and rows', async () => {
    const ctx = await site.context({ acceptDownloads: true });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(site.url(sitePath('/deals/')));
    await page.locator('form.explorer-controls').waitFor({ state: 'visible' });
    const button = page.locator('button.explorer-download-button');
    await expect(button.textContent()).resolves.toBe(`Download these ${deals.length} deals (CSV)`);

    const kr = deals.filter((d) => [d.licensor, d.licensee].some((c) => companies.find((x) => x.id === c)!.country === 'KR'));
    expect(kr.length).toBeGreaterThan(1);
    expect(kr.length).toBeLessThan(deals.length);
    await page.getByLabel('Country').selectOption('KR');
    await expect(button.textContent()).resolves.toBe(`Download these ${kr.length} deals (CSV)`);

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('deals.csv');
    const full = readDist(DEALS);
    const got = csv(text);
    expect(csvParseRows(text.slice(1))[0]).toEqual(csvParseRows(full.slice(1))[0]);
    expect(got).toHaveLength(kr.length);
    // In the table's order, each row exactly as deals.csv has it.
    const shown = await page.locator('table.deal-table tbody tr:not([hidden])').evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.deal!));
    expect(got.map((r) => r.ID)).toEqual(shown);
    const byId = new Map(csv(full).map((r) => [r.ID, r]));
    for (const r of got) expect(r).toEqual(byId.get(r.ID));
    expect(errors).toEqual([]);
  });

  it('without JavaScript the download button is not shown (it needs the script), and the data page link is', async () => {
    const ctx = await site.context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/deals/')));
    await expect(page.locator('button.explorer-download-button').isVisible()).resolves.toBe(false);
    await expect(page.locator(`main a[href="${sitePath('/data/')}"]`).first().isVisible()).resolves.toBe(true);
  });
});
