// The one CSV writer: every CSV the site publishes goes through toCsvText, so every download opens safely
// in Excel, Sheets and LibreOffice. The rule itself is in csv-cell.ts, dependency-free, so that the CSV the
// deal explorer builds in the browser follows it too.
import { csvCell, csvText, type CsvCell } from './csv-cell.ts';

export { csvCell, type CsvCell };

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * Rows as CSV text: cells made formula-safe (csvCell), quoted as d3-dsv quotes (commas, quotes, line breaks;
 * tests/unit/csv.test.ts holds the two equal), a final newline, and a leading byte-order mark.
 */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
  return csvText(rows);
}
