// /data/ (src/lib/pages/data.ts) and the files it lists (src/lib/sheets/dataset-files.ts), on the fixture
// site with a deal whose text starts like a formula and a metric figure below zero.
import { csvParseRows } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText } from '../../../src/lib/csv-cell.ts';
import type { Dataset } from '../../../src/lib/dataset.ts';
import { dataPage } from '../../../src/lib/pages/data.ts';
import { DATASET_TABLES, datasetFiles, dealCells, DEAL_CELLS_FILE, WORKBOOK_FILE, type DatasetFile } from '../../../src/lib/sheets/dataset-files.ts';
import { COMPANIES_SHEET, DEALS_SHEET } from '../../../src/lib/sheets/sheets.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { fixtureContent } from '../../helpers/fixture-content.ts';
import { removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

const FORMULA = '=HYPERLINK("http://evil.example","click")';

function hostile(site: SiteFiles): void {
  site.deals[0].asset.name = FORMULA;
  site.deals[0].notes = '-1+1 is a formula to a spreadsheet';
  site.metrics.y = {
    id: 'y',
    title: 'Series Y',
    description: 'A change.',
    unit: 'percentage-points',
    region: 'china',
    bounds: { min: -100 },
    points: [{ period: '2024', periodLabel: '2024', value: -12.5, qualifier: 'exact', note: '+3 points later', sources: [{ source: 'src-a', locator: '¶6', via: 'ARC' }] }],
  };
}

let ds: Dataset;
let files: DatasetFile[];
beforeAll(async () => {
  ds = (await fixtureContent(hostile)).dataset;
  files = await datasetFiles(ds);
});
afterAll(removeSites);

const text = (name: string) => files.find((f) => f.name === name)!.body as string;
/** A CSV's rows, after checking its byte-order mark. */
function rows(name: string): string[][] {
  const t = text(name);
  expect(t.startsWith('\uFEFF')).toBe(true);
  return csvParseRows(t.slice(1));
}

describe('the dataset files', () => {
  it('deals.csv: the workbook\'s Deals columns, one row a deal with its terms, qualifiers, currencies and citations', () => {
    const [header, ...body] = rows('deals.csv');
    // The workbook's columns, and the derived Status after the events (import reads past it).
    expect(header).toEqual(DEALS_SHEET.columns.flatMap((c) => (c.path === 'events' ? [c.header, 'Status'] : [c.header])));
    expect(body.map((r) => r[0])).toEqual(ds.deals.map((d) => d.id));
    const krw = Object.fromEntries(header!.map((h, i) => [h, body[1]![i]]));
    expect(krw).toMatchObject({
      ID: 'acme-bigpharma-rd-2024',
      Announced: '2024-11',
      'Upfront disclosure': 'Not stated in the sources',
      'Headline value disclosure': 'Amount given',
      'Headline value amount': '200000000000',
      'Headline value currency': 'KRW',
      'Headline value qualifier': 'about',
      'Headline value USD': '150000000',
      'Headline value USD basis': 'stated',
      Events: 'announced [src-a ¶3]',
      Status: 'Signed',
      Sources: 'src-a ¶3',
    });
  });

  it('text that would start a formula is written as text; numbers below zero stay numbers', () => {
    const deal = rows('deals.csv')[1]!;
    expect(deal[4]).toBe(`'${FORMULA}`);
    expect(deal.at(-1)).toBe("'-1+1 is a formula to a spreadsheet");
    const [header, ...points] = rows('metrics.csv');
    const y = Object.fromEntries(header!.map((h, i) => [h, points.find((p) => p[0] === 'y')![i]]));
    expect(y).toMatchObject({ Series: 'y', 'Series title': 'Series Y', Value: '-12.5', Unit: 'percentage-points', Qualifier: 'exact', Source: 'src-a', Locator: '¶6 (via ARC)', Note: "'+3 points later" });
    expect(text('metrics.csv')).toContain(',-12.5,');
  });

  it('metrics.csv: long form, one row per metric point of every series', () => {
    const [header, ...points] = rows('metrics.csv');
    expect(header!.slice(0, 8)).toEqual(['Series', 'Series title', 'Period', 'Period label', 'Category', 'Value', 'Upper', 'Unit']);
    expect(points).toHaveLength(ds.metrics.reduce((n, m) => n + m.points.length, 0));
    expect(points.map((p) => `${p[0]} ${p[2]} ${p[5]}`)).toEqual(ds.metrics.flatMap((m) => m.points.map((p) => `${m.id} ${p.period} ${p.value}`)));
  });

  it('companies.csv and sources.csv: one row a record, the workbook\'s columns', () => {
    expect(rows('companies.csv')[0]).toEqual(COMPANIES_SHEET.columns.map((c) => c.header));
    expect(rows('companies.csv').slice(1).map((r) => r[0])).toEqual(ds.companies.map((c) => c.id));
    expect(rows('sources.csv').slice(1).map((r) => r[0])).toEqual(ds.sources.map((s) => s.id));
  });

  it('the cells the explorer downloads from write the same CSV lines as deals.csv, formula guard included', () => {
    const cells = dealCells(ds);
    expect(JSON.parse(text(DEAL_CELLS_FILE))).toEqual(JSON.parse(JSON.stringify(cells)));
    const one = ds.deals[0]!.id;
    const lines = text('deals.csv').split('\n');
    expect(csvText([cells.header, cells.rows[one]!])).toBe(`${lines[0]}\n${lines[1]}\n`);
  });
});

describe('the workbook', () => {
  it('is the same bytes on every build of the same data, dated with the build date, not the time of writing', async () => {
    const again = await datasetFiles(structuredClone(ds));
    const bytes = (fs: DatasetFile[]) => Buffer.from(fs.find((f) => f.name === WORKBOOK_FILE)!.body as Uint8Array);
    await new Promise((r) => setTimeout(r, 1100)); // the zip's stamps count seconds: a second later, a third
    const third = await datasetFiles(structuredClone(ds));
    expect(bytes(again).equals(bytes(files))).toBe(true);
    expect(bytes(third).equals(bytes(files))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(files) as unknown as ArrayBuffer);
    expect(wb.created.toISOString()).toBe(`${siteConfig.builtOn}T12:00:00.000Z`);
    expect(wb.getWorksheet('Deals')!.rowCount).toBe(ds.deals.length + 1);
  });
});

describe('/data/ page data', () => {
  it('lists every table with its row count, files and their sizes measured on the served bytes', () => {
    const page = dataPage(ds, files, 'en');
    expect(page.tables.map((t) => [t.id, t.count])).toEqual([
      ['deals', '2 rows'],
      ['companies', '3 rows'],
      ['sources', '1 row'],
      ['metrics', '4 rows'],
    ]);
    for (const t of page.tables)
      for (const f of t.files) {
        const body = files.find((x) => f.href === `/data/dataset/${x.name}`)!.body;
        expect(f.bytes).toBe(typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length);
        expect(f.title).toBe(`${f.bytes.toLocaleString('en')} bytes`);
        expect(f.size).toMatch(/^\d+ KB$|^\d+\.\d MB$/);
      }
    expect(page.tables[0]!.files.map((f) => [f.label, f.href])).toEqual([['Deals (CSV)', '/data/dataset/deals.csv'], ['Deals and every other table (XLSX)', `/data/dataset/${WORKBOOK_FILE}`]]);
    expect(page.workbook.bytes).toBe((files.find((f) => f.name === WORKBOOK_FILE)!.body as Uint8Array).length);
  });

  it('a data dictionary per table from the one column list: header, type or vocabulary, meaning', () => {
    const page = dataPage(ds, files, 'en');
    DATASET_TABLES.forEach((t, i) => expect(page.tables[i]!.dictionary.map((d) => d.column)).toEqual(t.columns.map((c) => c.header)));
    const deals = Object.fromEntries(page.tables[0]!.dictionary.map((d) => [d.column, d]));
    expect(deals['Upfront qualifier']!.type).toMatch(/^One of: exact, up to, about/);
    expect(deals['Upfront currency']!.type).toContain('USD, KRW, CNY');
    expect(deals['Upfront amount']!.type).toBe('Number');
    expect(deals['Status']!.meaning).toBeTruthy();
  });

  it('the licence and a citation with the build date', () => {
    const page = dataPage(ds, files, 'en');
    expect(page.licence).toEqual({ text: siteConfig.licence });
    expect(page.licence.text).toContain('CC BY 4.0');
    expect(page.citation).toContain(`version of ${siteConfig.builtOn}`);
    expect(page.citation).toContain(`${siteConfig.url}/data/`);
  });

  it('in Korean and Chinese: the words around the files in the language, the files themselves one for all', () => {
    const ko = dataPage(ds, files, 'ko');
    expect(ko.tables.map((t) => [t.title, t.count])).toEqual([['거래', '2행'], ['기업', '3행'], ['출처', '1행'], ['지표', '4행']]);
    expect(ko.tables[0]!.files.map((f) => [f.label, f.href])).toEqual([['거래 (CSV)', '/data/dataset/deals.csv'], ['거래 및 나머지 모든 표(XLSX)', `/data/dataset/${WORKBOOK_FILE}`]]);
    expect(ko.tables[0]!.files[0]!.title).toBe(`${ko.tables[0]!.files[0]!.bytes.toLocaleString('ko-KR')}바이트`);
    expect(ko.builtOnText).toMatch(/^\d{4}년 \d{1,2}월 \d{1,2}일$/);
    expect(ko.licence.text).toContain('CC BY 4.0');
    expect(ko.licence.text).not.toBe(siteConfig.licence);
    expect(ko.lang).toBe('en'); // the dictionary and the citation are the files' English
    expect([ko.explorer, ko.sources]).toEqual(['/ko/deals/', '/ko/sources/']);
    const zh = dataPage(ds, files, 'zh-Hans');
    expect(zh.tables.map((t) => t.count)).toEqual(['2行', '3行', '1行', '4行']);
    expect(zh.workbook.label).toBe('Excel工作簿（XLSX）');
    expect(zh.citation).toBe(dataPage(ds, files, 'en').citation);
  });

  it('a file the page lists but the build does not make stops the build', () => {
    expect(() => dataPage(ds, files.filter((f) => f.name !== 'sources.csv'), 'en')).toThrow(/no dataset file sources\.csv/);
  });
});
