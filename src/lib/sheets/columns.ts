// What a spreadsheet column is: the header analysts see, the record field it fills, how a cell is read
// and written, and the help text the export puts in the header note and the "Read me" sheet.

/**
 * How a cell is read and written:
 * - text: free text (trimmed); id: a record id; ref: another record's id (companies accept a name too)
 * - number: a number, also from text with thousands separators or a currency sign
 * - vocab: a controlled vocabulary, by id or by the label the site shows
 * - partial-date: { value, precision } from an Excel date or YYYY / YYYY-MM / YYYY-MM-DD text
 * - date: the same forms kept as text ("2025-03")
 * - citations: "source-id locator; source-id locator (via Producer)"
 * - events: a deal's events, one a line: "2025-03-17 announced [source-id ¶3] note" (events.ts)
 * - list: "a; b; c"
 * - country: an ISO code or the country's English name
 */
export type ColumnKind = 'text' | 'id' | 'ref' | 'number' | 'vocab' | 'partial-date' | 'date' | 'citations' | 'events' | 'list' | 'country';

export interface Column {
  header: string;
  /** Dotted path of the field in the record ("terms.upfront.amount"). */
  path: string;
  kind: ColumnKind;
  /** The sheet must have this column (the schema requires the field on every record). */
  required?: boolean;
  help: string;
  /** What the column means to a reader of the published dataset (the /data/ page's dictionary), where `help` is an instruction to editors. */
  about?: string;
  /** id → label, for vocab columns. */
  vocab?: Readonly<Record<string, string>>;
  /** What the dropdown and the export show: the site's labels (default) or the ids (currency and unit codes). */
  show?: 'labels' | 'ids';
  /** For a money amount: the path of its currency, so "$1,200" can fill or check it. */
  currencyPath?: string;
  /** Column width in characters. */
  width?: number;
}

/** The record kinds a workbook carries, each in a sheet of its own. */
export type SheetKind = 'deals' | 'companies' | 'sources' | 'series' | 'points';

export interface SheetDef {
  kind: SheetKind;
  /** Sheet name in the workbook (matched without regard to case). */
  name: string;
  /** What one row is, for the "Read me" sheet. */
  row: string;
  columns: Column[];
  /** Headers of columns derived from the record (the readers' "Status"), ignored on import. */
  derived?: string[];
  /** Objects the schema requires even when empty (a deal's "terms": {} when no term is given). */
  objects?: string[];
}

const split = new Map<string, string[]>();
const keysOf = (dotted: string) => split.get(dotted) ?? split.set(dotted, dotted.split('.')).get(dotted)!;

/** The value at a dotted path, or undefined. */
export function getPath(record: unknown, dotted: string): unknown {
  let v: unknown = record;
  for (const key of keysOf(dotted)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Set a dotted path, making the objects on the way. */
export function setPath(record: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = keysOf(dotted);
  let o = record;
  for (const key of keys.slice(0, -1)) o = (o[key] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

/** The column a validation field path ("terms.upfront.amount", "sources.1.locator", "asset") belongs to. */
export function columnOfField(columns: readonly Column[], field: string): Column | undefined {
  const exact = columns.find((c) => c.path === field || field.startsWith(`${c.path}.`));
  // A whole object at fault (a money term missing its currency is reported on "terms.upfront"): its first column.
  return exact ?? columns.find((c) => c.path.startsWith(`${field}.`));
}
