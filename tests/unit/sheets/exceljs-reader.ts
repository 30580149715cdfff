// The importer's former reader, on exceljs's full reader: the reference that src/lib/sheets/read-xlsx.ts
// must read every workbook the same as (read-xlsx.test.ts).
import ExcelJS from 'exceljs';
import type { Cell } from '../../../src/lib/sheets/cells.ts';
import { columnLetters, type RawBook, type RawSheet } from '../../../src/lib/sheets/raw-sheet.ts';

const isBlank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/** A cell's value as a plain Cell, or why it has none. */
function plain(v: ExcelJS.CellValue): { cell: Cell } | { problem: string; shown: string } {
  if (v === null || v === undefined) return { cell: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { cell: v };
  const o = v as unknown as Record<string, unknown>;
  if ('error' in o) return { problem: `the cell shows the error ${String(o.error)}: replace it with a value`, shown: String(o.error) };
  if ('formula' in o || 'sharedFormula' in o) {
    const formula = `=${String(o.formula ?? o.sharedFormula)}`;
    const result = o.result as ExcelJS.CellValue | undefined;
    if (result === undefined || result === null)
      return { problem: `a formula with no saved value (${formula}): open the file in Excel and save it, or paste the value instead (Paste Special › Values)`, shown: formula };
    const r = plain(result);
    return 'cell' in r ? r : { problem: `the formula ${formula} gives ${r.shown}: replace it with a value`, shown: formula };
  }
  if ('richText' in o) return { cell: (o.richText as { text: string }[]).map((t) => t.text).join('') };
  if ('text' in o) return plain(o.text as ExcelJS.CellValue); // a hyperlink: its text
  return { cell: String(v) };
}

/** Read a workbook's bytes. Not an .xlsx (an old .xls, a CSV renamed, a damaged file) is one problem that says which. */
export async function readXlsxWithExceljs(bytes: Uint8Array): Promise<RawBook> {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return { problem: 'is an old Excel 97-2003 workbook (.xls) or an encrypted one: save it as "Excel Workbook (.xlsx)" without a password and import that' };
  if (!head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'binary'))) {
    const text = head.toString('latin1').replace(/[^\x20-\x7e]/g, '?');
    return { problem: `is not an Excel workbook (an .xlsx file is a zip archive; this one starts with "${text}"): save it from Excel as .xlsx, or if it is CSV text name it .csv` };
  }
  const wb = new ExcelJS.Workbook();
  try {
    // Dropdowns are not read: exceljs expands each range into one entry per cell (10,000 rows × 13 lists).
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as ExcelJS.XlsxReadOptions);
  } catch (err) {
    return { problem: `is a zip archive but not an Excel workbook that can be read (${(err as Error).message.split('\n')[0]}): save it from Excel as .xlsx` };
  }
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    const sheet: RawSheet = { name: ws.name, header: [], rows: [], cellProblems: [] };
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (c, col) => {
        // A merged cell's other parts repeat the master's value: reported below, read as empty here.
        if (c.isMerged && c.master !== c) return;
        const p = plain(c.value);
        if ('cell' in p) cells[col - 1] = p.cell;
        else sheet.cellProblems.push({ row: rowNumber, col: col - 1, value: p.shown, message: p.problem });
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      if (rowNumber === 1) sheet.header = cells;
      else if (cells.some((c) => !isBlank(c)) || sheet.cellProblems.some((p) => p.row === rowNumber)) sheet.rows.push({ row: rowNumber, cells });
    });
    const merges = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
    for (const m of Object.values(merges ?? {})) {
      if (!m) continue;
      const range = `${columnLetters(m.left - 1)}${m.top}:${columnLetters(m.right - 1)}${m.bottom}`;
      const rows = m.top === m.bottom ? `row ${m.top}` : `rows ${m.top}-${m.bottom}`;
      sheet.cellProblems.push({
        row: m.top,
        col: m.left - 1,
        value: range,
        message: `merged cells ${range} (${rows}): unmerge them (Home › Merge & Center) and give every row its own value, so each row is one record`,
      });
      // The cells the merge covers read as empty: their schema problems would repeat this one.
      for (let r = Math.max(m.top, 2); r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          sheet.cellProblems.push({ row: r, col: c - 1, value: '', message: '' });
          if (!sheet.rows.some((x) => x.row === r)) sheet.rows.push({ row: r, cells: [] });
        }
      // A merge that starts below the header but whose row holds nothing else must still be reported.
      if (m.top > 1 && !sheet.rows.some((r) => r.row === m.top)) sheet.rows.push({ row: m.top, cells: [] });
    }
    sheet.rows.sort((a, b) => a.row - b.row);
    sheets.push(sheet);
  });
  return { sheets, notes: [] };
}
