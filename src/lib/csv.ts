// The one CSV writer: every CSV the site publishes goes through toCsvText, so every download opens safely
// in Excel, Sheets and LibreOffice.
import { csvFormatRows } from 'd3-dsv';

export type CsvCell = string | number | undefined | null;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Excel and Sheets run a text cell starting with one of these as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as written. Finite numbers stay numbers (-5.2 is a value, not a formula). Text that would start a
 * formula gets a leading apostrophe: spreadsheets then show it as the text it is ("+0.3%", "=HYPERLINK(…)").
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV text: quoted as d3-dsv quotes (commas, quotes, line breaks), a final newline, and a leading
 * byte-order mark, without which Excel reads UTF-8 as a legacy code page (→, ¶ and ¥ come out garbled).
 */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${csvFormatRows(rows.map((row) => row.map(csvCell)))}\n`;
}
