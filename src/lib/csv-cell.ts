// How one CSV cell and one CSV line are written: the rule every CSV the site publishes follows, whether
// written at build time (csv.ts) or in the reader's browser (the explorer's "Download these N deals").
// Dependency-free on purpose, so browser code bundles it as it is.

export type CsvCell = string | number | undefined | null;

/** Excel and Sheets run a text cell starting with one of these as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell needs quotes when it holds the delimiter, a quote or a line break (RFC 4180, as d3-dsv quotes). */
const NEEDS_QUOTES = /[",\n\r]/;

/** The byte-order mark, without which Excel reads UTF-8 as a legacy code page (→, ¶ and ¥ come out garbled). */
export const CSV_BOM = '\uFEFF';

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

/** One line of CSV (no line break): each cell made safe, then quoted where it must be. */
export function csvLine(row: readonly CsvCell[]): string {
  return row
    .map((v) => {
      const text = csvCell(v);
      return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** Rows as a CSV file's text: the byte-order mark, one line each, a final newline. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `${CSV_BOM}${rows.map(csvLine).join('\n')}\n`;
}
