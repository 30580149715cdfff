// The workbook `npm run export` writes and `npm run import` reads: a "Read me" sheet, one sheet per record
// kind (frozen header, widths, a note on every header, a dropdown on every vocabulary column), and a
// hidden "Lists" sheet the dropdowns read. Text that would start a formula is written with a leading
// apostrophe (as in every CSV the site publishes); numbers stay numbers.
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { csvCell } from '../csv.ts';
import { DISCLOSURES, QUALIFIERS } from '../../schema/vocab.ts';
import { countryCodes, writeCell } from './cells.ts';
import { getPath, type Column, type SheetDef } from './columns.ts';
import type { Rec } from './merge.ts';
import { columnLetters } from './raw-sheet.ts';
import { SHEETS } from './sheets.ts';
import { unzipSync, zipSync } from 'fflate';

export const README_SHEET = 'Read me';
export const LISTS_SHEET = 'Lists';

/** The records of each sheet: deals, companies, sources as in their files; series with their points. */
export interface WorkbookData {
  deals: Rec[];
  companies: Rec[];
  sources: Rec[];
  metrics: Rec[];
}

/** Rows a dropdown covers beyond the data, so rows typed below the last one get it too. */
const SPARE_ROWS = 1000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

/** The values a vocabulary column's dropdown offers. */
function options(col: Column): string[] {
  if (col.kind === 'country') return countryCodes();
  return col.show === 'ids' ? Object.keys(col.vocab!) : Object.values(col.vocab!);
}

const hasDropdown = (c: Column) => c.kind === 'vocab' || c.kind === 'country';

function rowsOf(def: SheetDef, data: WorkbookData): Rec[] {
  switch (def.kind) {
    case 'deals':
      return data.deals;
    case 'companies':
      return data.companies;
    case 'sources':
      return data.sources;
    case 'series':
      return data.metrics;
    case 'points':
      return data.metrics.flatMap((m) => ((m.points as Rec[] | undefined) ?? []).map((p) => ({ series: m.id, ...p })));
  }
}

type Sheet = ExcelJS.Worksheet & { dataValidations: { add(range: string, v: object): void }; commit(): void };
type Book = ExcelJS.stream.xlsx.WorkbookWriter;

/** Columns typed as text in Excel: it would turn a typed 2025-03 into a date (the rest read a date back as text anyway). */
const TEXT_FORMAT = new Set(['partial-date', 'date']);
const textFormat = (c: Column) => TEXT_FORMAT.has(c.kind) || c.path === 'period' || c.path === 'periodLabel';

/** What the "Read me" sheet says first: how to edit and import (the default) or, for readers, what the file is. */
export interface WorkbookOptions {
  intro?: [heading: string, text: string][];
  /**
   * The workbook's date (its properties and every file in the zip) instead of now: the site build passes its
   * build date, so two builds of the same data write the same bytes.
   */
  date?: Date;
  /**
   * A sheet's columns by sheet name, where they differ from the import's: the readers' workbook adds the
   * columns readers get in the CSVs (a deal's derived status), which the importer reads past.
   */
  columns?: Partial<Record<string, readonly Column[]>>;
}

const EDITORS_INTRO: [string, string][] = [
  ['How to use it', 'Edit the sheets, then from the project folder: npm run import -- <this file> --dry-run (shows every problem and every change, writes nothing), then npm run import -- <this file>. Rows merge by ID: a new ID adds a record, an existing one updates it, field by field. Nothing is deleted unless you add --prune. A sheet you delete is left alone; a column you delete leaves that field as it is.'],
];

function readMe(wb: Book, intro: [string, string][]): void {
  const ws = wb.addWorksheet(README_SHEET, { views: [{ showGridLines: false }] }) as Sheet;
  ws.columns = [{ width: 18 }, { width: 24 }, { width: 10 }, { width: 90 }, { width: 60 }];
  const line = (cells: string[], bold = false) => {
    const row = ws.addRow(cells.map((c) => csvCell(c)));
    row.alignment = { vertical: 'top', wrapText: true };
    if (bold) row.font = { bold: true };
    row.commit();
  };
  line(['Deal Atlas data workbook'], true);
  for (const [heading, text] of intro) line([heading, '', '', text]);
  line(['Rows', '', '', 'One row is one record. Blank rows are skipped. Do not merge cells. Formulas are read as the value Excel last saved.']);
  line(['Amounts', '', '', 'Whole units of their currency (USD 5.6 billion = 5600000000; 66 billion won = 66000000000). A KRW or CNY amount stays in its currency: the dollar figure, where the source states one, goes in the USD column with basis "stated". Thousands separators and a currency sign ($1,350,000,000) are read.']);
  line(['Qualifiers', '', '', `As the source words the figure: ${Object.entries(QUALIFIERS).map(([, label]) => `"${label}"`).join(', ')}. "over" is more than; "~", "around", "roughly" are about. A term with no amount is not a qualifier: its Disclosure says "${DISCLOSURES.undisclosed}" or "${DISCLOSURES['not-stated']}".`]);
  line(['Citations', '', '', 'Every record cites where its facts are: a source ID (Sources sheet), a space, and a locator: ¶N is the N-th non-empty line of the seed file; §S, ¶N adds the report section. Add "(via Producer)" when the source attributes the figure to someone. Several citations are separated by ";". Example: korea-licensing-2025 ¶3; arc-china-going-global-2025 §V(4), ¶47 (via PharmCube)']);
  line(['Dates', '', '', 'As precise as the source: 2025, 2025-02 or 2025-03-17, typed as text (the date columns are formatted as text so Excel keeps them). An Excel date is read as that day.']);
  line(['Lists', '', '', 'Columns with a dropdown take the label shown (or the ID the data files use); Licensor, Licensee and Parent take a company ID or its exact name.']);
  line([]);
  line(['Sheet', 'Column', 'Required', 'What to write', 'Allowed values'], true);
  for (const def of SHEETS) {
    line([def.name, '', '', `One row is ${def.row}.`], true);
    for (const col of def.columns) line([def.name, col.header, col.required ? 'yes' : '', col.help, hasDropdown(col) && col.kind !== 'country' ? options(col).join(', ') : '']);
  }
}

/** The workbook as .xlsx bytes; with no data, the empty template. Written as a stream: 10,000 deals in a few seconds. */
export async function workbookBytes(data?: WorkbookData, opts: WorkbookOptions = {}): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  // Dated (the build's workbook): stored uncompressed here, since stampZip compresses it once anyway;
  // undated (npm run export): the fastest deflate (level 1; for 10,000 deals 2.1 MB against 1.6 MB at level 9).
  const zip = opts.date ? { store: true } : { zlib: { level: 1 } };
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip } as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
  wb.creator = 'Deal Atlas';
  if (opts.date) wb.created = wb.modified = opts.date;
  readMe(wb, opts.intro ?? EDITORS_INTRO);
  // One Lists column per distinct list, laid out before the sheets that point at it.
  const lists = new Map<string, { range: string; header: string; values: string[] }>();
  const columnsOf = (def: SheetDef): Column[] => [...(opts.columns?.[def.name] ?? def.columns)];
  for (const col of SHEETS.flatMap(columnsOf).filter(hasDropdown)) {
    const values = options(col);
    const key = values.join('\u0000');
    if (lists.has(key)) continue;
    const L = columnLetters(lists.size);
    lists.set(key, { range: `'${LISTS_SHEET}'!$${L}$2:$${L}$${values.length + 1}`, header: col.header, values });
  }
  const listRange = (col: Column) => lists.get(options(col).join('\u0000'))!.range;
  for (const sheet of SHEETS) {
    const def = { ...sheet, columns: columnsOf(sheet) };
    const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] }) as Sheet;
    const records = data ? rowsOf(def, data) : [];
    ws.columns = def.columns.map((c) => ({ width: c.width ?? 16, ...(textFormat(c) ? { style: { numFmt: '@' } } : {}) }));
    const header = ws.addRow(def.columns.map((c) => c.header));
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    def.columns.forEach((c, i) => {
      header.getCell(i + 1).note = `${c.help}${c.required ? ' (required)' : ''}`;
    });
    header.commit();
    // One style object per column and kind of value, shared by its cells: exceljs looks a style up by the
    // object (a WeakMap) and otherwise serialises every cell's fresh copy to find its id (1 s at 10,000 deals).
    const shared = def.columns.map((c) => {
      const style = () => (textFormat(c) ? { numFmt: '@' } : {});
      return { string: style(), number: style(), null: style() };
    });
    for (const r of records) {
      const row = ws.addRow(def.columns.map((c) => writeCell(c, getPath(r, c.path))));
      row.eachCell({ includeEmpty: true }, (cell, n) => {
        const v = cell.value;
        cell.style = shared[n - 1]![v === null ? 'null' : typeof v === 'number' ? 'number' : 'string'] as ExcelJS.Style;
      });
      row.commit();
    }
    const last = records.length + 1 + SPARE_ROWS;
    def.columns.forEach((c, i) => {
      if (!hasDropdown(c)) return;
      const L = columnLetters(i);
      ws.dataValidations.add(`${L}2:${L}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listRange(c)],
        // A warning, not a stop: the ID the data files use is accepted too.
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `Pick from the list (or type the ID the data files use).`,
      });
    });
    ws.commit();
  }
  // The hidden Lists sheet last, so the sheets people edit come first.
  const ls = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' }) as Sheet;
  const columns = [...lists.values()];
  const height = Math.max(...columns.map((l) => l.values.length));
  ls.addRow(columns.map((l) => l.header)).commit();
  for (let i = 0; i < height; i++) ls.addRow(columns.map((l) => (l.values[i] === undefined ? null : csvCell(l.values[i]!)))).commit();
  ls.commit();
  await wb.commit();
  await done;
  const bytes = Buffer.concat(chunks);
  return opts.date ? stampZip(bytes, opts.date) : bytes;
}

/**
 * Every file in a zip dated `date` (exceljs gives its zip writer no date, so each file would carry the time
 * of writing and two builds would differ): the zip rewritten by fflate with that date, files in the same order.
 */
export function stampZip(zip: Uint8Array, date: Date): Buffer {
  const files = unzipSync(zip);
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: date }]]))));
}
