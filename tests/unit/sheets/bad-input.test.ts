// Every kind of bad input an analyst's file can have is reported at its exact sheet, row and column, all at
// once, and nothing is written.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, removeSites } from '../../helpers/fixture-site.ts';
import { col, dataSnapshot, editWorkbook, exportTo, readJson, rowOf, runImport } from './helpers.ts';

afterAll(removeSites);

/** Export the fixture, apply `edit`, import; expect problems and an untouched data/. */
async function problems(edit: (wb: ExcelJS.Workbook) => void, opts: { sheet?: string } = {}) {
  const dir = await makeSite();
  const file = await exportTo(dir);
  await editWorkbook(file, edit);
  const before = await dataSnapshot(dir);
  const r = await runImport(dir, file, opts);
  expect(await dataSnapshot(dir)).toEqual(before);
  return r.lines;
}

const deals = (wb: ExcelJS.Workbook) => wb.getWorksheet('Deals')!;
const cell = (wb: ExcelJS.Workbook, header: string, id = 'acme-bigpharma-2025') => deals(wb).getCell(rowOf(deals(wb), id), col(deals(wb), header));

describe('sheets and columns', () => {
  it('no sheet the importer reads: lists the sheets found', async () => {
    const lines = await problems((wb) => {
      for (const ws of [...wb.worksheets]) if (ws.name !== 'Read me') wb.removeWorksheet(ws.id);
      wb.addWorksheet('Sheet1');
    });
    expect(lines).toEqual([
      'export.xlsx: no sheet the importer reads (sheets found: "Read me", "Sheet1"; expected "Deals", "Companies", "Sources", "Metric series", "Metric points"): rename the sheet, or choose it with --sheet NAME',
    ]);
  });

  it('--sheet naming a sheet that is not there: lists the sheets found', async () => {
    const lines = await problems(() => undefined, { sheet: 'Deal' });
    expect(lines[0]).toBe('export.xlsx › sheet "Deal": no sheet named "Deal" (sheets found: "Read me", "Deals", "Companies", "Sources", "Metric series", "Metric points", "Lists")');
  });

  it('a missing required column, at row 1 of its sheet', async () => {
    const lines = await problems((wb) => deals(wb).spliceColumns(col(deals(wb), 'Licensee'), 1));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^export\.xlsx › sheet "Deals" › row 1 › column "Licensee": required column "Licensee" is missing \(columns found: ID, Announced, Licensor, Asset,/);
  });

  it('an unknown column: the nearest name is suggested', async () => {
    const lines = await problems((wb) => (deals(wb).getCell(1, col(deals(wb), 'Royalties')).value = 'Royalty'));
    expect(lines[0]).toMatch(/^export\.xlsx › sheet "Deals" › row 1 › column "Royalty": unknown column: did you mean "Royalties"\?/);
    // and Royalties, required, is now missing
    expect(lines[1]).toMatch(/^export\.xlsx › sheet "Deals" › row 1 › column "Royalties": required column "Royalties" is missing/);
  });
});

describe('cells', () => {
  it('merged cells: reported at the merge, naming the range', async () => {
    const lines = await problems((wb) => {
      const ws = deals(wb);
      const c = col(ws, 'Stage');
      ws.mergeCells(2, c, 3, c);
    });
    expect(lines).toEqual([
      'export.xlsx › sheet "Deals" › row 2 › column "Stage": merged cells J2:J3 (rows 2-3): unmerge them (Home › Merge & Center) and give every row its own value, so each row is one record',
    ]);
  });

  it('a formula: its saved value is used; without one, or an error value, it is reported', async () => {
    const dir = await makeSite();
    const file = await exportTo(dir);
    await editWorkbook(file, (wb) => {
      cell(wb, 'Upfront amount').value = { formula: '50*1000000', result: 50000000 } as ExcelJS.CellFormulaValue;
    });
    expect((await runImport(dir, file)).lines).toEqual([]);
    await editWorkbook(file, (wb) => {
      cell(wb, 'Upfront amount').value = { formula: '50*1000000' } as ExcelJS.CellFormulaValue;
      cell(wb, 'Upfront USD').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    const lines = (await runImport(dir, file)).lines;
    expect(lines).toEqual([
      'export.xlsx › sheet "Deals" › row 2 › column "Upfront amount": a formula with no saved value (=50*1000000): open the file in Excel and save it, or paste the value instead (Paste Special › Values)',
      'export.xlsx › sheet "Deals" › row 2 › column "Upfront USD": the cell shows the error #N/A: replace it with a value',
    ]);
  });

  it('a date as text in another format', async () => {
    const lines = await problems((wb) => (cell(wb, 'Announced', 'acme-bigpharma-rd-2024').value = '17/03/2025'));
    expect(lines).toEqual([
      'export.xlsx › sheet "Deals" › row 3 › column "Announced": found "17/03/2025": expected YYYY, YYYY-MM or YYYY-MM-DD typed as text (e.g. 2025-03-17, 2025-03 or 2025), or an Excel date',
    ]);
  });

  it('numbers as text: separators and a matching sign are read; a word, or a sign against the currency, is reported', async () => {
    const dir = await makeSite();
    const file = await exportTo(dir);
    await editWorkbook(file, (wb) => {
      cell(wb, 'Upfront amount').value = '$50,000,000';
      cell(wb, 'Headline value amount').value = '1 000 000 000';
    });
    const ok = await runImport(dir, file);
    expect(ok.lines).toEqual([]);
    expect(ok.changes).toEqual([]); // the same numbers
    await editWorkbook(file, (wb) => {
      cell(wb, 'Upfront amount').value = '€50,000,000';
      cell(wb, 'Headline value amount').value = '1.2 billion';
    });
    expect((await runImport(dir, file)).lines).toEqual([
      'export.xlsx › sheet "Deals" › row 2 › column "Upfront amount": found "€50,000,000": the sign says EUR but "Upfront currency" says USD',
      'export.xlsx › sheet "Deals" › row 2 › column "Headline value amount": found "1.2 billion": expected a number in whole units, e.g. 1350000000 (thousands separators and a currency sign are fine: $1,350,000,000)',
    ]);
  });

  it('blank rows in the middle are skipped; the rows after keep their own numbers', async () => {
    const lines = await problems((wb) => {
      const ws = deals(wb);
      ws.spliceRows(3, 0, [], []); // rows 3 and 4 blank: the second deal moves to row 5
      ws.getCell(5, col(ws, 'Stage')).value = 'Phase 9';
    });
    expect(lines).toEqual([
      'export.xlsx › sheet "Deals" › row 5 › column "Stage": found "Phase 9": expected one of: Discovery, Preclinical, Phase 1, Phase 2, Phase 3, Registration, Marketed, Platform technology, Not stated',
    ]);
  });

  it('a vocabulary value: the site label or the id, in any case', async () => {
    const dir = await makeSite();
    const file = await exportTo(dir);
    await editWorkbook(file, (wb) => {
      cell(wb, 'Modality').value = 'adc';
      cell(wb, 'Territory').value = 'WORLDWIDE';
    });
    const r = await runImport(dir, file);
    expect(r.lines).toEqual([]);
    expect(r.changes).toEqual([]);
  });
});

describe('ids', () => {
  it('an id twice in the file: the second row names the first', async () => {
    const lines = await problems((wb) => (cell(wb, 'ID', 'acme-bigpharma-rd-2024').value = 'acme-bigpharma-2025'));
    expect(lines).toEqual([
      'export.xlsx › sheet "Deals" › row 3 › column "ID": found "acme-bigpharma-2025": the id is also on row 2; each record once per sheet (merge the two rows, or give this one its own id)',
    ]);
  });

  it('a new id for a deal already in data/ (same licensor, licensee and asset)', async () => {
    const lines = await problems((wb) => (cell(wb, 'ID', 'acme-bigpharma-rd-2024').value = 'acme-bigpharma-rd-2024-copy'));
    expect(lines).toEqual([
      'export.xlsx › sheet "Deals" › row 3 › column "ID": found "acme-bigpharma-rd-2024-copy": this looks like "acme-bigpharma-rd-2024", already in data/deals.json (same licensor, licensee and asset); use id "acme-bigpharma-rd-2024" to update it',
    ]);
  });
});

describe('the checks of npm run validate, traced back to the cell', () => {
  it('an unknown company, an undisclosed term with a number, a bad citation, a future date', async () => {
    const lines = await problems((wb) => {
      // A record that fails its schema is not cross-checked (as in npm run validate): the unknown company is on the other row.
      cell(wb, 'Upfront disclosure').value = 'Exists, amount not disclosed';
      cell(wb, 'Licensee', 'acme-bigpharma-rd-2024').value = 'nobody';
      cell(wb, 'Sources', 'acme-bigpharma-rd-2024').value = 'src-b ¶3';
      cell(wb, 'Announced', 'acme-bigpharma-rd-2024').value = '2031-01';
    });
    expect(lines).toEqual([
      ...[['amount', '50000000', 'number'], ['currency', 'USD', 'currency'], ['qualifier', 'exact', 'qualifier'], ['USD', '50000000', 'dollar figure']].map(
        ([col, found, what]) => `export.xlsx › sheet "Deals" › row 2 › column "Upfront ${col}": found "${found}": a term whose amount is not given carries no ${what}: set "disclosure" to "given" (with amount, currency and qualifier) or remove it`,
      ),
      'export.xlsx › sheet "Deals" › row 3 › column "Announced": found "2031-01": "2031-01" is in the future: after the build date 2025-06-01 plus 31 days (2025-07-02); check the year, or if the date is right build with BUILD_DATE set to the day you build',
      'export.xlsx › sheet "Deals" › row 3 › column "Licensee": found "nobody": unknown company "nobody"; expected one of: acme-bio, bigpharma, bigpharma-rd',
      'export.xlsx › sheet "Deals" › row 3 › column "Sources": found "src-b ¶3": unknown source "src-b"; expected one of: src-a',
    ]);
  });

  it('a metric point: its row in "Metric points"', async () => {
    const lines = await problems((wb) => {
      const ws = wb.getWorksheet('Metric points')!;
      ws.getCell(3, col(ws, 'Period')).value = '2025-Q5';
      ws.getCell(4, col(ws, 'Series')).value = 'nope';
    });
    expect(lines).toEqual([
      'export.xlsx › sheet "Metric points" › row 3 › column "Period": found "2025-Q5": "2025-Q5" is not a period: quarters are Q1 to Q4',
      'export.xlsx › sheet "Metric points" › row 4 › column "Series": found "nope": no such series in data/metrics/ or the "Metric series" sheet; add it to the "Metric series" sheet, or use one of: x',
    ]);
  });
});

describe('files that are not what they say', () => {
  it('a text file named .xlsx, an old .xls, an empty CSV, another extension', async () => {
    const dir = await makeSite();
    const write = async (name: string, bytes: string | Buffer) => {
      const f = path.join(dir, name);
      await writeFile(f, bytes);
      return (await runImport(dir, f)).lines;
    };
    expect(await write('a.xlsx', 'ID,Licensor\n')).toEqual([
      'a.xlsx: is not an Excel workbook (an .xlsx file is a zip archive; this one starts with "ID,Licen"): save it from Excel as .xlsx, or if it is CSV text name it .csv',
    ]);
    expect((await write('b.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))[0]).toMatch(/^b\.xlsx: is an old Excel 97-2003 workbook/);
    expect((await write('c.xlsx', Buffer.from('PK\x03\x04garbage', 'binary')))[0]).toMatch(/^c\.xlsx: is a zip archive but not an Excel workbook that can be read/);
    expect(await write('d.csv', '')).toEqual(['d.csv: is empty: expected a header row and one row per record']);
    expect(await write('e.numbers', 'x')).toEqual(['e.numbers: expected an Excel workbook (.xlsx) or a CSV file (.csv)']);
  });

  it('a CSV in Windows-1252 with semicolons, and one in EUC-KR: detected and read', async () => {
    const dir = await makeSite();
    const header = 'ID;Licensor;Licensee;Asset;Modality;Therapeutic area;Stage;Deal type;Territory;Royalties;Status;Sources;Notes';
    const row = 'acme-bigpharma-2025;acme-bio;bigpharma;AB-101;adc;oncology;phase-1;license;worldwide;yes;signed;src-a ¶2;';
    const f = path.join(dir, 'deals.csv');
    // "Café – déjà" in Windows-1252: latin1 bytes for all but the dash, which is 0x96 there.
    const latin = Buffer.concat([Buffer.from(`${header}\n${row}Café `, 'latin1'), Buffer.from([0x96]), Buffer.from(' déjà\n', 'latin1')]);
    await writeFile(f, latin);
    const r = await runImport(dir, f, { dryRun: true });
    expect(r.lines).toEqual([]);
    expect(r.notes).toEqual(['read as windows-1252 (detected: the file is not UTF-8)', 'columns separated by semicolons (detected)']);
    expect(r.changes[0]!.fields).toEqual([{ column: 'Notes', old: '', new: 'Café – déjà' }]);

    // EUC-KR bytes for "알테오젠" (Alteogen), written by hand: TextEncoder only writes UTF-8.
    const euc = Buffer.from([0xbe, 0xcb, 0xc5, 0xd7, 0xbf, 0xc0, 0xc1, 0xa8]);
    const csv = Buffer.concat([Buffer.from(`${header.replaceAll(';', ',')}\n`), Buffer.from('acme-bigpharma-2025,acme-bio,bigpharma,AB-101,adc,oncology,phase-1,license,worldwide,yes,signed,src-a p2,'), euc, Buffer.from(' '), euc, Buffer.from(' '), euc, Buffer.from('\n')]);
    await writeFile(f, csv);
    const k = await runImport(dir, f, { dryRun: true });
    expect(k.lines).toEqual([]);
    expect(k.notes[0]).toMatch(/^read as EUC-KR/);
    expect(k.changes[0]!.fields).toContainEqual({ column: 'Notes', old: '', new: '알테오젠 알테오젠 알테오젠' });
  });
});

describe('the importer writes only data/', () => {
  it('a successful import changes files under data/ and nothing else in the project', async () => {
    const dir = await makeSite();
    const file = await exportTo(dir);
    await editWorkbook(file, (wb) => {
      cell(wb, 'Stage').value = 'Phase 2';
    });
    const r = await runImport(dir, file);
    expect(r.written).toEqual(['data/deals.json']);
    expect((await readJson(dir, 'data/deals.json'))[0].stage).toBe('phase-2');
  });
});
