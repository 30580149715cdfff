// One raw sheet and its column list → one record per row, every problem located at its sheet, row and
// column: headers that are missing, unknown or repeated, cells that do not read, ids given twice.
import { closest, distance } from 'fastest-levenshtein';
import type { Problem } from '../validate/problem.ts';
import { cellText, readCell, type Cell } from './cells.ts';
import { getPath, setPath, type Column, type SheetDef } from './columns.ts';
import type { RawSheet } from './raw-sheet.ts';

export interface SheetRow {
  row: number;
  record: Record<string, unknown>;
  /** Paths of the columns this row's cells could not fill: their validation problems would repeat the cell's. */
  badPaths: Set<string>;
}

export interface SheetRows {
  def: SheetDef;
  /** The sheet's name as the workbook spells it. */
  sheet: string;
  /** The columns the sheet has (a column it leaves out leaves that field of existing records as it is). */
  present: Column[];
  rows: SheetRow[];
  problems: Problem[];
  /** What a cell holds, as a person would quote it. */
  found(row: number, col: Column): string;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function readSheetRows(file: string, raw: RawSheet, def: SheetDef): SheetRows {
  const problems: Problem[] = [];
  const at = (row: number, column: string, message: string, field = '') => problems.push({ file, record: '', field, message, sheet: raw.name, row, column });
  const byHeader = new Map(def.columns.map((c) => [norm(c.header), c]));
  const index = new Map<Column, number>();
  const headers = raw.header.map((h) => (h === null ? '' : cellText(h).trim()));
  headers.forEach((h, i) => {
    if (h === '') {
      if (raw.rows.some((r) => r.cells[i] !== null && r.cells[i] !== undefined && String(r.cells[i]).trim() !== ''))
        at(1, `column ${String.fromCharCode(65 + (i % 26))}`, 'values under an empty header: give the column its header, or delete it');
      return;
    }
    const col = byHeader.get(norm(h));
    // A column the readers' download adds (a deal's status, derived from its events) is read past.
    if (!col && def.derived?.some((d) => norm(d) === norm(h))) return;
    if (!col) {
      const names = def.columns.map((c) => c.header);
      // Case and a plural ending do not count ("Royalty" ~ "Royalties").
      const stem = (x: string) => norm(x).replace(/ies$/, 'y').replace(/s$/, '');
      const stems = names.map(stem);
      const near = closest(stem(h), stems);
      const nearName = names[stems.indexOf(near)]!;
      const close = distance(stem(h), near) <= Math.max(2, Math.floor(near.length / 4));
      at(1, h, `unknown column${close ? `: did you mean "${nearName}"?` : ''} (the ${def.name} sheet reads: ${names.join(', ')})`);
    } else if (index.has(col)) at(1, h, `the column "${col.header}" appears twice (columns ${index.get(col)! + 1} and ${i + 1}): keep one`);
    else index.set(col, i);
  });
  for (const col of def.columns)
    if (col.required && !index.has(col)) at(1, col.header, `required column "${col.header}" is missing (columns found: ${headers.filter(Boolean).join(', ') || 'none'}): ${col.help}`);

  const present = def.columns.filter((c) => index.has(c));
  const cellsOf = new Map<number, Cell[]>(raw.rows.map((r) => [r.row, r.cells]));
  const found = (row: number, col: Column) => {
    const i = index.get(col);
    const cell = i === undefined ? null : (cellsOf.get(row)?.[i] ?? null);
    return cellText(cell);
  };
  const headerAt = (i: number) => present.find((c) => index.get(c) === i)?.header ?? (headers[i] || `column ${i + 1}`);

  const cellProblemRows = new Map<number, typeof raw.cellProblems>();
  for (const p of raw.cellProblems) {
    if (p.row === 1) at(1, headerAt(p.col), p.message);
    else cellProblemRows.set(p.row, [...(cellProblemRows.get(p.row) ?? []), p]);
  }

  const rows: SheetRow[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const { row, cells } of raw.rows) {
    const record: Record<string, unknown> = {};
    const badPaths = new Set<string>();
    for (const p of cellProblemRows.get(row) ?? []) {
      const col = present.find((c) => index.get(c) === p.col);
      if (col) badPaths.add(col.path);
      if (p.message) at(row, headerAt(p.col), p.message, col?.path); // "" = a cell a merge covers, reported at its first cell
    }
    let signed: { currency: string; col: Column } | undefined;
    for (const col of present) {
      if (badPaths.has(col.path)) continue;
      const cell = cells[index.get(col)!] ?? null;
      const r = readCell(col, cell);
      if ('problem' in r) {
        badPaths.add(col.path);
        at(row, col.header, `found "${cellText(cell)}": ${r.problem}`, col.path);
        continue;
      }
      if (r.value !== undefined) setPath(record, col.path, r.value);
      if (r.currency) {
        if (col.currencyPath) signed = { currency: r.currency, col };
        else {
          badPaths.add(col.path);
          at(row, col.header, `found "${cellText(cell)}": a currency sign in a column that is not an amount of money; write the number alone`, col.path);
        }
      }
    }
    // "$1,200" fills an empty currency cell and must agree with a filled one.
    if (signed) {
      const currencyCol = present.find((c) => c.path === signed!.col.currencyPath);
      const current = getPath(record, signed.col.currencyPath!);
      if (current === undefined) setPath(record, signed.col.currencyPath!, signed.currency);
      else if (current !== signed.currency) {
        badPaths.add(signed.col.path);
        at(row, signed.col.header, `found "${found(row, signed.col)}": the sign says ${signed.currency} but "${currencyCol?.header}" says ${String(current)}`, signed.col.path);
      }
    }
    const id = typeof record.id === 'string' ? record.id : undefined;
    if (id !== undefined) {
      const first = firstRowOfId.get(id);
      if (first !== undefined) {
        at(row, 'ID', `found "${id}": the id is also on row ${first}; each record once per sheet (merge the two rows, or give this one its own id)`, 'id');
        continue;
      }
      firstRowOfId.set(id, row);
    }
    rows.push({ row, record, badPaths });
  }
  return { def, sheet: raw.name, present, rows, problems, found };
}
