// An .xlsx workbook as raw sheets: the cell values only. A formula cell counts as the value Excel saved
// with it; error values, formulas without a saved value and merged cells are reported at their cell.
//
// Read here rather than with exceljs (which writes the export and is kept): exceljs has no values-only
// read. Its full reader builds a styled cell object for every cell, 2.3 s of CPU for 10,000 deals (the
// import's budget is 5 s), and its streaming reader drops merged ranges and, without styles, dates.
// The values follow exceljs's reading (tests/unit/sheets/read-xlsx.test.ts compares the two).
import path from 'node:path/posix';
import type { Cell } from './cells.ts';
import { columnLetters, type RawBook, type RawSheet } from './raw-sheet.ts';
import { attr, scanXml } from './xml-scan.ts';
import { zipEntries, type ZipEntry } from './zip-entries.ts';

const isBlank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/** Read a workbook's bytes. Not an .xlsx (an old .xls, a CSV renamed, a damaged file) is one problem that says which. */
export async function readXlsx(bytes: Uint8Array): Promise<RawBook> {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return { problem: 'is an old Excel 97-2003 workbook (.xls) or an encrypted one: save it as "Excel Workbook (.xlsx)" without a password and import that' };
  if (!head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'binary'))) {
    const text = head.toString('latin1').replace(/[^\x20-\x7e]/g, '?');
    return { problem: `is not an Excel workbook (an .xlsx file is a zip archive; this one starts with "${text}"): save it from Excel as .xlsx, or if it is CSV text name it .csv` };
  }
  try {
    return { sheets: readBook(zipEntries(bytes)), notes: [] };
  } catch (err) {
    return { problem: `is a zip archive but not an Excel workbook that can be read (${(err as Error).message.split('\n')[0]}): save it from Excel as .xlsx` };
  }
}

const textOf = (e: ZipEntry | undefined) => e?.bytes().toString('utf8').replace(/^\uFEFF/, '');

/** A part's relationships: id → { target part name, type }. */
function relationships(zip: Map<string, ZipEntry>, part: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  const xml = textOf(zip.get(path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`)));
  if (!xml) return out;
  scanXml(xml, {
    open(name, attrs) {
      const target = attr(attrs, 'Target');
      if (name !== 'Relationship' || !target || attr(attrs, 'TargetMode') === 'External') return;
      const full = target.startsWith('/') ? target.slice(1) : path.normalize(path.join(path.dirname(part), target));
      out.set(attr(attrs, 'Id') ?? '', { target: full, type: attr(attrs, 'Type') ?? '' });
    },
    close() {},
    text() {},
  });
  return out;
}

function readBook(zip: Map<string, ZipEntry>): RawSheet[] {
  const office = [...relationships(zip, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  const bookPart = office?.target ?? 'xl/workbook.xml';
  const bookXml = textOf(zip.get(bookPart));
  if (bookXml === undefined) throw new Error(`no workbook part (${bookPart})`);
  const listed: { name: string; rid: string }[] = [];
  let date1904 = false;
  scanXml(bookXml, {
    open(name, attrs) {
      if (name === 'sheet') listed.push({ name: attr(attrs, 'name') ?? '', rid: attr(attrs, 'id') ?? '' });
      else if (name === 'workbookPr') date1904 = /^(1|true)$/.test(attr(attrs, 'date1904') ?? '');
    },
    close() {},
    text() {},
  });
  const rels = relationships(zip, bookPart);
  const partOf = (suffix: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const strings = sharedStrings(textOf(zip.get(partOf('/sharedStrings', 'xl/sharedStrings.xml'))));
  const dateStyles = dateStyleIds(textOf(zip.get(partOf('/styles', 'xl/styles.xml'))));
  return listed.map(({ name, rid }) => {
    const part = rels.get(rid)?.target;
    const xml = part === undefined ? undefined : textOf(zip.get(part));
    if (xml === undefined) throw new Error(`sheet "${name}" has no part in the archive`);
    return readSheet(name, xml, strings, dateStyles, date1904);
  });
}

/** The text of each <si>: plain or rich text runs joined; phonetic guides (<rPh>) left out. */
function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let current = '';
  let inT = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 't') inT = !selfClosing;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') out.push(current);
      else if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
    },
    text(t) {
      if (inT && !phonetic) current += t;
    },
  });
  return out;
}

/** Excel's built-in number formats that exceljs reads as dates (its defaultnumformats with a plain code). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** As exceljs decides a number is a date: its format, without [..] and "..", has y, m, d, h, M, s or b. */
const isDateFormat = (code: string) => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** Which cell styles (indexes into cellXfs, the `s` of a cell) format a number as a date. */
function dateStyleIds(xml: string | undefined): boolean[] {
  const out: boolean[] = [];
  if (!xml) return out;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') custom.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(attrs, 'numFmtId') ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return out;
}

/** 0-based column and 1-based row of an address such as "AB12". */
function decodeAddress(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/** An Excel serial day (with the workbook's 1900 or 1904 base) as a Date, as exceljs converts it. */
const excelDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

function readSheet(name: string, xml: string, strings: string[], dateStyles: boolean[], date1904: boolean): RawSheet {
  const sheet: RawSheet = { name, header: [], rows: [], cellProblems: [] };
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  interface Pending {
    row: number;
    col: number;
    t: string;
    date: boolean;
    value?: string;
    formula?: string;
    shared?: { si: string; master: boolean };
  }
  const rows: { row: number; cells: Map<number, Pending> }[] = [];
  const sharedFormulas = new Map<string, string>();
  let row: (typeof rows)[number] | undefined;
  let rowNumber = 0;
  let col = -1;
  let cell: Pending | undefined;
  let into: 'v' | 't' | 'f' | undefined;
  let phonetic = 0;
  let inSheetData = false;
  scanXml(xml, {
    open(tag, attrs, selfClosing) {
      if (inSheetData) {
        if (tag === 'c') {
          const at = decodeAddress(attr(attrs, 'r') ?? '');
          col = at ? at.col : col + 1;
          const s = attr(attrs, 's');
          cell = { row: rowNumber, col, t: attr(attrs, 't') ?? 'n', date: s !== undefined && dateStyles[Number(s)] === true };
          row!.cells.set(col, cell);
        } else if (tag === 'row') {
          const r = Number(attr(attrs, 'r'));
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          col = -1;
          row = { row: rowNumber, cells: new Map() };
          rows.push(row);
        } else if (cell) {
          if (tag === 'v' || tag === 't') into = selfClosing ? undefined : tag;
          else if (tag === 'f') {
            into = selfClosing ? undefined : 'f';
            cell.formula ??= '';
            if (attr(attrs, 't') === 'shared') {
              const si = attr(attrs, 'si') ?? '';
              cell.shared = { si, master: attr(attrs, 'ref') !== undefined };
            }
          } else if (tag === 'rPh') phonetic++;
        }
      } else if (tag === 'sheetData') inSheetData = !selfClosing;
      else if (tag === 'mergeCell') {
        const [a, b] = (attr(attrs, 'ref') ?? '').split(':');
        const from = decodeAddress(a ?? '');
        const to = decodeAddress(b ?? a ?? '');
        if (from && to)
          merges.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col) + 1, bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) + 1 });
      }
    },
    close(tag) {
      if (tag === 'sheetData') inSheetData = false;
      else if (tag === 'c') cell = undefined;
      else if (tag === 'v' || tag === 't' || tag === 'f') into = undefined;
      else if (tag === 'rPh') phonetic--;
    },
    text(t) {
      if (!cell || !into || phonetic) return;
      if (into === 'f') cell.formula += t;
      else cell.value = (cell.value ?? '') + t;
    },
  });
  for (const r of rows)
    for (const c of r.cells.values()) if (c.shared?.master && c.formula) sharedFormulas.set(c.shared.si, c.formula);

  // A merged range's other cells read as empty (exceljs: not their master); reported below.
  const covered = (r: number, c: number) => merges.some((m) => r >= m.top && r <= m.bottom && c + 1 >= m.left && c + 1 <= m.right && !(r === m.top && c + 1 === m.left));
  for (const r of rows) {
    const cells: Cell[] = [];
    let any = false;
    for (const c of [...r.cells.values()].sort((a, b) => a.col - b.col)) {
      const p = plain(c, strings, date1904, sharedFormulas);
      if (p === undefined) continue; // no value: an empty (styled) cell
      if (merges.length && covered(r.row, c.col)) {
        any = true;
        continue;
      }
      any = true;
      if ('cell' in p) cells[c.col] = p.cell;
      else sheet.cellProblems.push({ row: r.row, col: c.col, value: p.shown, message: p.problem });
    }
    if (!any) continue;
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    if (r.row === 1) sheet.header = cells;
    else if (cells.some((c) => !isBlank(c)) || sheet.cellProblems.some((p) => p.row === r.row)) sheet.rows.push({ row: r.row, cells });
  }
  for (const m of merges) {
    const range = `${columnLetters(m.left - 1)}${m.top}:${columnLetters(m.right - 1)}${m.bottom}`;
    const span = m.top === m.bottom ? `row ${m.top}` : `rows ${m.top}-${m.bottom}`;
    sheet.cellProblems.push({
      row: m.top,
      col: m.left - 1,
      value: range,
      message: `merged cells ${range} (${span}): unmerge them (Home › Merge & Center) and give every row its own value, so each row is one record`,
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
  return sheet;
}

type Plain = { cell: Cell } | { problem: string; shown: string };

/** A cell's value as exceljs reads it (undefined: no value), or why it has none. */
function plain(
  c: { t: string; date: boolean; value?: string; formula?: string; shared?: { si: string; master: boolean } },
  strings: string[],
  date1904: boolean,
  sharedFormulas: Map<string, string>,
): Plain | undefined {
  const number = (v: string): Cell => {
    const n = parseFloat(v);
    return c.date ? excelDate(n, date1904) : n;
  };
  if (c.formula !== undefined && (c.formula !== '' || c.shared)) {
    // A shared formula's other cells carry no text: show the formula of the cell that defines it.
    const formula = `=${c.formula || (c.shared ? (sharedFormulas.get(c.shared.si) ?? '') : '')}`;
    if (!c.value) return { problem: `a formula with no saved value (${formula}): open the file in Excel and save it, or paste the value instead (Paste Special › Values)`, shown: formula };
    if (c.t === 'e') return { problem: `the formula ${formula} gives ${c.value}: replace it with a value`, shown: formula };
    if (c.t === 'str') return { cell: c.value };
    if (c.t === 'b') return { cell: parseInt(c.value, 10) !== 0 };
    return { cell: number(c.value) };
  }
  if (c.value === undefined) return undefined;
  switch (c.t) {
    case 's':
      return { cell: strings[parseInt(c.value, 10)] ?? null };
    case 'str':
    case 'inlineStr':
      return { cell: c.value };
    case 'b':
      return { cell: parseInt(c.value, 10) !== 0 };
    case 'e':
      return { problem: `the cell shows the error ${c.value}: replace it with a value`, shown: c.value };
    case 'd': {
      const d = new Date(c.value);
      return { cell: Number.isNaN(d.getTime()) ? c.value : d };
    }
    default:
      return { cell: number(c.value) };
  }
}
