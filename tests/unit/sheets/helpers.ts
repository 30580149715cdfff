// Shared by the sheets tests: export a fixture site's workbook, edit it with exceljs as a person would in
// Excel, import it, and snapshot data/ to prove what was (not) written.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { importWorkbook, type ImportOptions } from '../../../src/lib/sheets/import-workbook.ts';
import { readWorkbookData } from '../../../src/lib/sheets/workbook-data.ts';
import { workbookBytes } from '../../../src/lib/sheets/write-workbook.ts';
import { formatProblem } from '../../../src/lib/validate/problem.ts';

/** The fixture's build date: its dates are 2024-2025. */
export const BUILT_ON = '2025-06-01';

/** Export dir's data to <dir>/export.xlsx and return its path. */
export async function exportTo(dir: string, name = 'export.xlsx'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, await workbookBytes(await readWorkbookData(dir)));
  return file;
}

/** Load a workbook, let `edit` change it, save it back. */
export async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await edit(wb);
  await wb.xlsx.writeFile(file);
}

/** The 1-based column number of a header in a sheet's first row. */
export function col(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, n) => {
    if (c.value === header) found = n;
  });
  if (!found) throw new Error(`no column "${header}" in ${ws.name}`);
  return found;
}

/** The row number whose ID cell is id. */
export function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === id) found = n;
  });
  if (!found) throw new Error(`no row "${id}" in ${ws.name}`);
  return found;
}

export async function runImport(dir: string, file: string, opts: ImportOptions = {}) {
  const r = await importWorkbook(dir, file, { builtOn: BUILT_ON, display: path.basename(file), ...opts });
  return { ...r, lines: r.problems.map(formatProblem) };
}

/** relative path → sha256 of every file under dir/data. */
export async function dataSnapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(r);
      else out[r] = createHash('sha256').update(await readFile(path.join(dir, r))).digest('hex');
    }
  };
  await walk('data');
  return out;
}

export const readJson = async (dir: string, rel: string) => JSON.parse(await readFile(path.join(dir, rel), 'utf8'));
