// The importer reads workbooks with its own values-only reader (src/lib/sheets/read-xlsx.ts, for speed):
// it must read every kind of cell exactly as exceljs's full reader did (exceljs-reader.ts), on workbooks
// written by exceljs's two writers (shared strings, and inline strings as the export writes them).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, removeSites } from '../../helpers/fixture-site.ts';
import { readXlsx } from '../../../src/lib/sheets/read-xlsx.ts';
import { readWorkbookData } from '../../../src/lib/sheets/workbook-data.ts';
import { workbookBytes } from '../../../src/lib/sheets/write-workbook.ts';
import { readXlsxWithExceljs } from './exceljs-reader.ts';

afterAll(removeSites);

/** Every kind of cell a person's workbook may hold, on a sheet of a book. */
function fill(ws: ExcelJS.Worksheet): void {
  ws.addRow(['ID', 'Text', 'Number', 'Date', 'Other']);
  ws.addRow(['a', 'plain', 42, new Date(Date.UTC(2025, 2, 17)), true]);
  ws.addRow(['b', '  spaced & <escaped> "quoted" \'apos\'  ', -1.5e-7, '2025-03', false]);
  ws.addRow(['c', 'Ünïcödé 한국 中国 — ₩66,000', 1350000000, 45733, '']);
  ws.addRow([]);
  ws.addRow(['d', "'=SUM(A1)", '1,350,000', null, 'line\nbreak']);
  const r = ws.addRow(['e', null, null, null, null]);
  r.getCell(2).value = { richText: [{ text: 'rich ', font: { bold: true } }, { text: 'text' }] };
  r.getCell(3).value = { formula: '2*21', result: 42 };
  r.getCell(4).value = { formula: 'DATE(2025,3,17)', result: new Date(Date.UTC(2025, 2, 17)) };
  r.getCell(5).value = { text: 'a link', hyperlink: 'https://example.org' };
  const f = ws.addRow(['f', null, null, null, null]);
  f.getCell(2).value = { formula: 'A1&"x"', result: 'IDx' };
  f.getCell(3).value = { formula: '1/0', result: { error: '#DIV/0!' } };
  f.getCell(4).value = { formula: 'NOW()' };
  f.getCell(5).value = { error: '#N/A' };
  const g = ws.addRow(['g', null, null, null, null]);
  g.getCell(2).value = { formula: 'TRUE()', result: true };
  g.getCell(4).value = 45733.5;
  g.getCell(4).numFmt = 'yyyy-mm-dd hh:mm';
  g.getCell(5).value = 7;
  g.getCell(5).numFmt = '0.00 "days"';
  ws.getColumn(4).eachCell((c, n) => n === 2 && (c.numFmt = 'd-mmm-yy'));
  ws.addRow(['h', 'merged', 'x']);
  ws.addRow(['i', null, 'y']);
  ws.mergeCells('B10:B11');
  ws.mergeCells('D10:E10');
  ws.addRow([]);
  ws.addRow([]);
  ws.getCell('C14').value = 'far below, after blank rows';
}

async function sharedStringsBook(date1904 = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  fill(wb.addWorksheet('Deals'));
  wb.addWorksheet('Empty');
  const hidden = wb.addWorksheet('Hidden', { state: 'hidden' });
  hidden.addRow(['only a header']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function inlineStringsBook(): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Companies');
  fill(ws as unknown as ExcelJS.Worksheet);
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

describe('the values-only workbook reader', () => {
  it('reads every kind of cell as exceljs does: shared strings, dates (1900 and 1904), formulas, errors, rich text, links, merges', async () => {
    for (const bytes of [await sharedStringsBook(), await sharedStringsBook(true), await inlineStringsBook()]) {
      const ours = await readXlsx(bytes);
      expect(ours).toEqual(await readXlsxWithExceljs(bytes));
      expect('sheets' in ours && ours.sheets[0]!.rows.length).toBeGreaterThan(8);
    }
  });

  it('reads the export of a whole site as exceljs does', async () => {
    const dir = await makeSite();
    const bytes = await workbookBytes(await readWorkbookData(dir));
    expect(await readXlsx(bytes)).toEqual(await readXlsxWithExceljs(bytes));
  });

  it('a zip that is not a workbook, or a damaged one, is one problem', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await readXlsx(docx)).toEqual({ problem: 'is a zip archive but not an Excel workbook that can be read (no workbook part (xl/workbook.xml)): save it from Excel as .xlsx' });
    const cut = (await sharedStringsBook()).subarray(0, 2000);
    expect(await readXlsx(cut)).toMatchObject({ problem: expect.stringMatching(/^is a zip archive but not an Excel workbook that can be read \(the file is cut short or damaged/) });
  });
});
