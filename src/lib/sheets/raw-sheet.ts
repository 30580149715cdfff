import type { Cell } from './cells.ts';

/** A sheet as read, before its columns are known: rows of cells (index 0 = column A), numbered as Excel numbers them. */
export interface RawSheet {
  name: string;
  /** Row 1. */
  header: Cell[];
  /** The rows below the header that hold anything (blank rows are left out), in order. */
  rows: { row: number; cells: Cell[] }[];
  /** Cells that could not be read as a value (a formula without a saved result, an error value, merged cells). */
  cellProblems: { row: number; col: number; value: string; message: string }[];
}

/** A file as read: its sheets, or why it cannot be read at all; notes say what was detected (encoding, delimiter). */
export type RawBook = { sheets: RawSheet[]; notes: string[] } | { problem: string };

/** Column letters of a 0-based index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
