// Export then import changes nothing; an edited workbook merges by id with a field-by-field summary;
// nothing is written on a dry run or with a problem; --prune deletes; the workbook has what analysts need.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, removeSites } from '../../helpers/fixture-site.ts';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { FIXTURE_CHART_IDS } from '../../helpers/fixture-site.ts';
import { formatChanges } from '../../../src/lib/sheets/merge.ts';
import { workbookBytes } from '../../../src/lib/sheets/write-workbook.ts';
import { BUILT_ON, col, dataSnapshot, editWorkbook, exportTo, readJson, rowOf, runImport } from './helpers.ts';

afterAll(removeSites);

describe('round trip', () => {
  it('export then import: no problems, no changes, not a byte of data/ written', async () => {
    const dir = await makeSite((s) => {
      // Text that starts like a formula, and a negative number in a series that allows one.
      s.deals[0].notes = '=HYPERLINK("http://evil.example","click") and -5% of +3 @here';
      s.metrics.x.bounds = { min: -100 };
      s.metrics.x.points[0].value = -2.9;
      s.companies[0].aliases = ['Acme', '+Acme Korea'];
      // Words the workbook has no column for: the series' categories in Korean (its translations).
      const category = s.metrics.x.points[0].category;
      if (category) s.metrics.x.translations = { ko: { categories: { [category]: '한국어 범주' } } };
      else s.metrics.x.translations = { ko: { periods: { [s.metrics.x.points[0].period]: '한국어 기간' } } };
    });
    const before = await dataSnapshot(dir);
    const file = await exportTo(dir);
    const r = await runImport(dir, file);
    expect(r.lines).toEqual([]);
    expect(r.changes).toEqual([]);
    expect(r.read.map((s) => s.sheet)).toEqual(['Deals', 'Companies', 'Sources', 'Metric series', 'Metric points']);
    expect(await dataSnapshot(dir)).toEqual(before);
  });

  it('the same holds for the real data/ (read from this project, imported into a copy of nothing: a dry run)', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const file = path.join(await makeSite(), 'real.xlsx');
    const { readWorkbookData } = await import('../../../src/lib/sheets/workbook-data.ts');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, await workbookBytes(await readWorkbookData(root)));
    const r = await runImport(root, file, { dryRun: true, builtOn: undefined });
    expect(r.lines).toEqual([]);
    expect(r.changes).toEqual([]);
  });
});

describe('the exported workbook', () => {
  it('frozen header, widths, header notes, a dropdown on every vocabulary column, a Read me sheet; formulas defused, numbers numbers', async () => {
    const dir = await makeSite((s) => {
      s.deals[0].notes = '=1+1';
      s.metrics.x.bounds = { min: -100 };
      s.metrics.x.points[0].value = -2.9;
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await exportTo(dir))) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Read me', 'visible'],
      ['Deals', 'visible'],
      ['Companies', 'visible'],
      ['Sources', 'visible'],
      ['Metric series', 'visible'],
      ['Metric points', 'visible'],
      ['Lists', 'hidden'],
    ]);
    const deals = wb.getWorksheet('Deals')!;
    expect(deals.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(deals.getColumn(col(deals, 'Notes')).width).toBe(40);
    expect(String(deals.getCell(1, col(deals, 'Upfront qualifier')).note)).toMatch(/up to/);
    const r = rowOf(deals, 'acme-bigpharma-2025');
    expect(deals.getCell(r, col(deals, 'Notes')).value).toBe("'=1+1");
    expect(deals.getCell(r, col(deals, 'Upfront amount')).value).toBe(50000000);
    expect(deals.getCell(r, col(deals, 'Modality')).value).toBe('Antibody-drug conjugate');
    const points = wb.getWorksheet('Metric points')!;
    expect(points.getCell(2, col(points, 'Value')).value).toBe(-2.9);
    // Dropdowns: every vocabulary column of Deals points at a list on the hidden sheet.
    const validations = (deals as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    for (const header of ['Modality', 'Therapeutic area', 'Stage', 'Deal type', 'Territory', 'Upfront currency', 'Upfront qualifier', 'Headline value USD basis', 'Royalties', 'Equity investment disclosure']) {
      const letter = deals.getColumn(col(deals, header)).letter;
      expect(validations[`${letter}2`], header).toMatchObject({ type: 'list' });
      expect(validations[`${letter}2`]!.formulae[0], header).toMatch(/^'Lists'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    }
    const readMe = wb.getWorksheet('Read me')!;
    const text: string[] = [];
    readMe.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    expect(text.join('\n')).toMatch(/Citations/);
    expect(text.join('\n')).toMatch(/Qualifiers/);
    expect(text).toContain('Upfront alt currency');
  });

  it('--template: the same sheets and headers, no rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes()) as unknown as ExcelJS.Buffer);
    const deals = wb.getWorksheet('Deals')!;
    expect(deals.actualRowCount).toBe(1);
    expect(deals.getCell(1, 1).value).toBe('ID');
  });
});

describe('merge by id', () => {
  async function edited() {
    const dir = await makeSite();
    const file = await exportTo(dir);
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('Deals')!;
      const r = rowOf(ws, 'acme-bigpharma-2025');
      ws.getCell(r, col(ws, 'Upfront amount')).value = 60000000;
      ws.getCell(r, col(ws, 'Upfront USD')).value = 60000000;
      ws.getCell(r, col(ws, 'Stage')).value = 'Phase 2';
      // A new deal: labels for vocabulary, an Excel date, an amount typed with separators and a sign.
      const row = ws.getRow(ws.rowCount + 1);
      const set = (h: string, v: ExcelJS.CellValue) => (row.getCell(col(ws, h)).value = v);
      set('ID', 'acme-bigpharma-2026');
      set('Announced', new Date(Date.UTC(2025, 4, 2)));
      set('Licensor', 'Acme Bio');
      set('Licensee', 'bigpharma');
      set('Asset', 'AB-303');
      set('Modality', 'Bispecific antibody');
      set('Therapeutic area', 'oncology');
      set('Stage', 'Phase 1');
      set('Deal type', 'License');
      set('Territory', 'Worldwide');
      // Every term's disclosure, by label or id; the events one a line, a note with brackets and semicolons.
      for (const t of ['Upfront', 'Equity investment', 'Near-term payments']) set(`${t} disclosure`, 'Not stated in the sources');
      set('Milestones disclosure', 'undisclosed');
      set('Milestones note', 'Tied to approvals.');
      set('Headline value disclosure', 'given');
      set('Headline value amount', '₩1,000,000,000');
      set('Headline value qualifier', 'up to');
      set('Royalties', 'Not stated');
      set('Events', 'announced [src-a ¶4]\n2025-06 terminated [src-a ¶5 (via ARC)] Rights handed back; said in a note; with [brackets].');
      set('Sources', 'src-a ¶4; src-a ¶5 (via ARC)');
      row.commit();
    });
    return { dir, file };
  }

  it('a dry run lists every change, field by field, and writes nothing', async () => {
    const { dir, file } = await edited();
    const before = await dataSnapshot(dir);
    const r = await runImport(dir, file, { dryRun: true });
    expect(r.lines).toEqual([]);
    expect(await dataSnapshot(dir)).toEqual(before);
    const text = formatChanges(r.changes);
    expect(text).toContain('+ acme-bigpharma-2026 (Deals row 4)');
    expect(text).toContain('~ acme-bigpharma-2025 (Deals row 2)');
    expect(text).toContain('Stage: "Phase 1" → "Phase 2"');
    expect(text).toContain('Upfront amount: "50000000" → "60000000"');
    expect(r.changes.filter((c) => c.action === 'updated')[0]!.fields.map((f) => f.column)).toEqual(['Stage', 'Upfront amount', 'Upfront USD']);
  });

  it('an import writes only the changed file, in the files\' own format, and the data validates', async () => {
    const { dir, file } = await edited();
    const before = await dataSnapshot(dir);
    const r = await runImport(dir, file);
    expect(r.lines).toEqual([]);
    expect(r.written).toEqual(['data/deals.json']);
    const after = await dataSnapshot(dir);
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual(['data/deals.json']);
    const deals = await readJson(dir, 'data/deals.json');
    expect(deals[0].terms.upfront).toEqual({ disclosure: 'given', amount: 60000000, currency: 'USD', qualifier: 'exact', usd: 60000000 });
    expect(deals[2]).toEqual({
      id: 'acme-bigpharma-2026',
      announced: { value: '2025-05-02', precision: 'day' },
      licensor: 'acme-bio',
      licensee: 'bigpharma',
      asset: { name: 'AB-303', modality: 'bispecific-antibody', therapeuticArea: 'oncology' },
      stage: 'phase-1',
      type: 'license',
      territory: 'worldwide',
      terms: {
        upfront: { disclosure: 'not-stated' },
        equity: { disclosure: 'not-stated' },
        nearTerm: { disclosure: 'not-stated' },
        milestones: { disclosure: 'undisclosed', note: 'Tied to approvals.' },
        total: { disclosure: 'given', amount: 1000000000, currency: 'KRW', qualifier: 'up-to' },
      },
      royalties: 'not-stated',
      events: [
        { kind: 'announced', sources: [{ source: 'src-a', locator: '¶4' }] },
        { kind: 'terminated', date: { value: '2025-06', precision: 'month' }, note: 'Rights handed back; said in a note; with [brackets].', sources: [{ source: 'src-a', locator: '¶5', via: 'ARC' }] },
      ],
      sources: [
        { source: 'src-a', locator: '¶4' },
        { source: 'src-a', locator: '¶5', via: 'ARC' },
      ],
    });
    const text = await readFile(path.join(dir, 'data/deals.json'), 'utf8');
    expect(text).toBe(JSON.stringify(deals, null, 2)); // the fixture's files have no final newline: kept
    expect((await readDataset(dir, FIXTURE_CHART_IDS, { builtOn: BUILT_ON })).problems).toEqual([]);
    // Importing the same file again changes nothing.
    expect((await runImport(dir, file)).changes).toEqual([]);
  });

  it('nothing is deleted without --prune; with it, rows left out are removed', async () => {
    const dir = await makeSite((s) => s.topics[0].deals = { ids: ['acme-bigpharma-2025'] });
    const file = await exportTo(dir);
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('Deals')!;
      ws.spliceRows(rowOf(ws, 'acme-bigpharma-rd-2024'), 1);
      for (const name of ['Companies', 'Sources', 'Metric series', 'Metric points']) wb.removeWorksheet(wb.getWorksheet(name)!.id);
    });
    expect((await runImport(dir, file)).changes).toEqual([]);
    const r = await runImport(dir, file, { prune: true });
    expect(r.lines).toEqual([]);
    expect(r.changes).toEqual([{ file: 'data/deals.json', id: 'acme-bigpharma-rd-2024', action: 'removed', fields: [] }]);
    expect((await readJson(dir, 'data/deals.json')).map((d: { id: string }) => d.id)).toEqual(['acme-bigpharma-2025']);
  });

  it('a CSV with a few columns edits those fields only', async () => {
    const dir = await makeSite();
    const file = path.join(dir, 'stages.csv');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, 'ID,Licensor,Licensee,Asset,Modality,Therapeutic area,Stage,Deal type,Territory,Royalties,Sources\nacme-bigpharma-2025,acme-bio,bigpharma,AB-101,adc,oncology,Phase 3,license,worldwide,yes,src-a ¶2\n');
    const r = await runImport(dir, file);
    expect(r.lines).toEqual([]);
    expect(r.changes.map((c) => [c.id, c.fields])).toEqual([['acme-bigpharma-2025', [{ column: 'Stage', old: 'Phase 1', new: 'Phase 3' }]]]);
    const deal = (await readJson(dir, 'data/deals.json'))[0];
    expect(deal.terms.upfront.amount).toBe(50000000); // columns the CSV does not have are kept
    expect(deal.announced).toEqual({ value: '2025-03-17', precision: 'day' });
  });
});
