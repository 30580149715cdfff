// A CSV file as one raw sheet. Excel saves CSV in the machine's legacy code page (Windows-1252, EUC-KR,
// GB18030, Shift_JIS) and with ";" where "," is the decimal mark: both are detected, and said.
import chardet from 'chardet';
import { dsvFormat } from 'd3-dsv';
import type { Cell } from './cells.ts';
import type { RawBook } from './raw-sheet.ts';

/** The bytes as text, and which encoding they were read in, or why they cannot be read. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } | { problem: string } {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: detect below
  }
  const guess = chardet.detect(bytes);
  const label = guess === 'ISO-8859-1' ? 'windows-1252' : guess; // Excel's "CSV" on Western Windows
  if (label && !/^UTF-8$/i.test(label)) {
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label };
    } catch {
      // an encoding this runtime cannot decode, or a wrong guess: reported below
    }
  }
  return { problem: `is not UTF-8 and its encoding could not be detected${guess ? ` (it looks like ${guess}, which does not decode it)` : ''}: save it from Excel as "CSV UTF-8 (Comma delimited)"` };
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
const NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

/** The delimiter the header line uses most, counting outside quotes. */
export function detectDelimiter(text: string): string | undefined {
  let line = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '\n' || ch === '\r')) break;
    line += quoted ? '' : ch;
  }
  const counts = DELIMITERS.map((d) => [d, line.split(d).length - 1] as const).filter(([, n]) => n > 0);
  counts.sort((x, y) => y[1] - x[1]);
  return counts[0]?.[0];
}

/** Read a CSV file's bytes as one sheet named `name`. */
export function readCsv(bytes: Uint8Array, name: string): RawBook {
  if (bytes.length === 0) return { problem: 'is empty: expected a header row and one row per record' };
  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  if (!delimiter) return { problem: 'has no delimiter in its header row (expected columns separated by commas, semicolons or tabs)' };
  const rows = dsvFormat(delimiter).parseRows(text);
  const notes: string[] = [];
  if (decoded.encoding !== 'UTF-8') notes.push(`read as ${decoded.encoding} (detected: the file is not UTF-8)`);
  if (delimiter !== ',') notes.push(`columns separated by ${NAMES[delimiter]}s (detected)`);
  const cells = (r: string[]): Cell[] => r.map((c) => (c === '' ? null : c));
  return {
    sheets: [
      {
        name,
        header: cells(rows[0] ?? []),
        rows: rows.slice(1).flatMap((r, i) => (r.some((c) => c.trim() !== '') ? [{ row: i + 2, cells: cells(r) }] : [])),
        cellProblems: [],
      },
    ],
    notes,
  };
}
