// One cell to one field value and back. Reading is lenient where a person would be (a label for an id,
// "1,350,000" for a number, an Excel date) and says exactly what it expected where it cannot tell.
import { csvCell } from '../csv.ts';
import { countryName } from '../../schema/countries.ts';
import { CURRENCIES } from '../../schema/vocab.ts';
import type { Citation, PartialDate } from '../../schema/primitives.ts';
import { formatCitations, parseCitations } from './citations.ts';
import { formatEvents, parseEvents } from './events.ts';
import type { DealEvent } from '../../schema/deal-event.ts';
import type { Column } from './columns.ts';

/** A cell as the readers hand it over: what Excel stores (formulas already replaced by their cached result). */
export type Cell = string | number | boolean | Date | null;

export type Coerced = { value: unknown; currency?: string } | { problem: string };

/** The cell as a person would quote it in a message. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'an invalid date' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Text that starts like a formula was written with a leading apostrophe (csvCell): take it off again. */
const unprotect = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

const DATE_FORMS = 'expected YYYY, YYYY-MM or YYYY-MM-DD typed as text (e.g. 2025-03-17, 2025-03 or 2025), or an Excel date';

/** An Excel serial day number as a UTC date (Excel counts from 1899-12-30, with its 1900 leap-day bug before March 1900). */
const fromSerial = (n: number) => new Date(Date.UTC(1899, 11, 30) + Math.round(n * 86_400_000));

/** A date cell as { value, precision }, as precise as it is written. */
export function readDate(cell: Cell): { value: PartialDate } | { problem: string } | undefined {
  if (cell === null || cell === '') return undefined;
  const day = (d: Date) => ({ value: { value: d.toISOString().slice(0, 10), precision: 'day' as const } });
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { problem: DATE_FORMS } : day(cell);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2200) return { value: { value: String(cell), precision: 'year' } };
    // A date cell formatted as a number shows its serial (45733 = 2025-03-17).
    if (cell > 2200 && cell < 110_000) return day(fromSerial(cell));
    return { problem: DATE_FORMS };
  }
  const s = String(cell).trim();
  if (/^\d{4}$/.test(s)) return { value: { value: s, precision: 'year' } };
  if (/^\d{4}-\d{2}$/.test(s)) return { value: { value: s, precision: 'month' } };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { value: { value: s, precision: 'day' } };
  // ISO with a time (what some tools export): the day is meant.
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(s)) return { value: { value: s.slice(0, 10), precision: 'day' } };
  // 17/03/2025 or 03/17/2025 cannot be told apart: say how to write it rather than guess.
  return { problem: DATE_FORMS };
}

const SIGNS: [RegExp, string][] = [
  [/^CN¥|^RMB|^¥|^元/i, 'CNY'],
  [/^US\$|^\$/, 'USD'],
  [/^₩|^KRW/i, 'KRW'],
  [/^€/, 'EUR'],
  [/^£/, 'GBP'],
  ...Object.keys(CURRENCIES).map((c): [RegExp, string] => [new RegExp(`^${c}\\b`, 'i'), c]),
];

const NUMBER_FORMS = 'expected a number in whole units, e.g. 1350000000 (thousands separators and a currency sign are fine: $1,350,000,000)';

/** A number, from a number cell or text such as "1,350,000,000", "$ 1 350 000" or "₩66,000,000,000". */
export function readNumber(cell: Cell): { value: number; currency?: string } | { problem: string } | undefined {
  if (cell === null || cell === '') return undefined;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { problem: NUMBER_FORMS };
  if (typeof cell !== 'string') return { problem: NUMBER_FORMS };
  let s = cell.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (s === '') return undefined;
  let currency: string | undefined;
  for (const [re, code] of SIGNS) {
    const m = re.exec(s);
    if (m) {
      currency = code;
      s = s.slice(m[0].length).trim();
      break;
    }
  }
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1).trim();
  // Thousands grouped by commas, spaces or apostrophes (1,350,000 · 1 350 000 · 1'350'000), a point for decimals.
  const grouped = /^\d{1,3}([, ']\d{3})+(\.\d+)?$/.test(s);
  const plain = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s);
  if (!grouped && !plain) return { problem: NUMBER_FORMS };
  const n = Number(s.replace(/[, ']/g, '')) * (negative ? -1 : 1);
  return Number.isFinite(n) ? { value: n, ...(currency ? { currency } : {}) } : { problem: NUMBER_FORMS };
}

/** Every ISO code the site accepts, by lowercase English name ("south korea" → KR). */
let countryByName: Map<string, string> | undefined;
function countryCode(s: string): string | undefined {
  if (/^[A-Za-z]{2}$/.test(s)) return s.toUpperCase();
  if (!countryByName) {
    countryByName = new Map();
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = countryName(code);
        if (name) countryByName.set(name.toLowerCase(), code);
      }
    for (const [alias, code] of [['korea', 'KR'], ['republic of korea', 'KR'], ['usa', 'US'], ['united states of america', 'US'], ['uk', 'GB'], ["people's republic of china", 'CN'], ['prc', 'CN']] as const)
      countryByName.set(alias, code);
  }
  return countryByName.get(s.toLowerCase());
}

/** Every country code the site accepts, for the export's dropdown. */
export function countryCodes(): string[] {
  countryCode('x');
  return [...new Set(countryByName!.values())].sort();
}

const lookups = new WeakMap<object, Map<string, string>>();

/** The vocabulary id a cell names, by id or label, ignoring case and surrounding space. */
export function vocabId(vocab: Readonly<Record<string, string>>, s: string): string | undefined {
  let map = lookups.get(vocab);
  if (!map) {
    map = new Map();
    for (const [id, label] of Object.entries(vocab)) map.set(label.trim().toLowerCase(), id);
    for (const id of Object.keys(vocab)) map.set(id.toLowerCase(), id); // an id wins over another entry's label
    lookups.set(vocab, map);
  }
  return map.get(s.trim().toLowerCase());
}

/** Read one cell for its column: { value } (undefined = empty: the field is left out), or a problem. */
export function readCell(col: Column, cell: Cell): Coerced {
  if (typeof cell === 'string' && cell.trim() === '') cell = null;
  if (cell === null) return { value: undefined };
  switch (col.kind) {
    case 'number':
      return readNumber(cell) ?? { value: undefined };
    case 'partial-date':
      return readDate(cell) ?? { value: undefined };
    case 'date': {
      const d = readDate(cell);
      return d && 'value' in d ? { value: d.value.value } : (d ?? { value: undefined });
    }
    default:
      break;
  }
  if (typeof cell === 'boolean') return { problem: 'expected text, not TRUE or FALSE' };
  const text = unprotect(cell instanceof Date ? cellText(cell) : String(cell).trim());
  switch (col.kind) {
    case 'vocab': {
      const id = vocabId(col.vocab!, text);
      if (id !== undefined) return { value: id };
      const shown = col.show === 'ids' ? Object.keys(col.vocab!) : Object.values(col.vocab!);
      return { problem: `expected one of: ${shown.join(', ')}` };
    }
    case 'country': {
      const code = countryCode(text);
      return code ? { value: code } : { problem: 'expected an ISO country code such as KR, CN or US, or a country\'s English name' };
    }
    case 'citations':
      return parseCitations(text);
    case 'events':
      return parseEvents(text);
    case 'list':
      return { value: text.split(/;|\r?\n/).map((s) => s.trim()).filter(Boolean) };
    default:
      return { value: text };
  }
}

/** The cell the export writes for a field value: numbers stay numbers, text that looks like a formula is defused. */
export function writeCell(col: Column, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  switch (col.kind) {
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'partial-date':
      return (value as PartialDate).value;
    case 'vocab':
      return col.show === 'ids' ? String(value) : (col.vocab![String(value)] ?? String(value));
    case 'citations':
      return csvCell(formatCitations(value as Citation[]));
    case 'events':
      return csvCell(formatEvents(value as DealEvent[]));
    case 'list':
      return (value as string[]).length ? csvCell((value as string[]).join('; ')) : null;
    default:
      return csvCell(String(value));
  }
}
