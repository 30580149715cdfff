// Merging imported rows into existing records by id, and saying what changed in the spreadsheet's own
// terms (column: old → new). Pure: records in, records and changes out.
import { cellText } from './cells.ts';
import { getPath, setPath, type Column, type SheetDef } from './columns.ts';
import { writeCell } from './cells.ts';

/* Records are plain JSON as in data/*.json: typed loosely, the validation that follows checks them. */
export type Rec = Record<string, unknown>;

export interface FieldChange {
  column: string;
  old: string;
  new: string;
}

export interface Change {
  /** data/ file the record lives in. */
  file: string;
  id: string;
  action: 'added' | 'updated' | 'removed';
  /** "Deals row 12", for added and updated records. */
  from?: string;
  fields: FieldChange[];
}

/** Whether two JSON values are equal, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !sameJson((a as Rec)[k], (b as Rec)[k])) return false;
  return true;
}

/**
 * The record a row makes: the row's fields, plus, for an existing record, the fields of columns the sheet
 * does not have (a CSV with a few columns edits those only). Keys in column order, which is schema order,
 * the order data/*.json keeps.
 */
export function mergedRecord(def: SheetDef, present: readonly Column[], row: Rec, existing: Rec | undefined): Rec {
  const has = new Set(present);
  const out: Rec = {};
  for (const col of def.columns) {
    for (const o of def.objects ?? []) if (col.path.startsWith(`${o}.`) && getPath(out, o) === undefined) setPath(out, o, {});
    let v = has.has(col) ? getPath(row, col.path) : getPath(existing, col.path);
    // An empty list cell on a record that has an empty list: the same thing.
    if (v === undefined && Array.isArray(getPath(existing, col.path)) && (getPath(existing, col.path) as unknown[]).length === 0) v = [];
    if (v !== undefined) setPath(out, col.path, v);
  }
  return out;
}

/** The columns whose cell differs between two versions of a record, as the export would write them. */
export function fieldChanges(columns: readonly Column[], before: Rec | undefined, after: Rec | undefined, prefix = ''): FieldChange[] {
  const out: FieldChange[] = [];
  for (const col of columns) {
    const show = (r: Rec | undefined) => {
      const c = writeCell(col, getPath(r, col.path));
      return c === null ? '' : cellText(c);
    };
    const [a, b] = [show(before), show(after)];
    if (a !== b) out.push({ column: `${prefix}${col.header}`, old: a, new: b });
  }
  return out;
}

/** A metric point's identity within its series, for saying which point changed. */
export const pointKey = (p: Rec) => [p.period, p.category, p.by].filter((x) => x !== undefined).join(' · ');

/** Point-by-point changes of one series' points, matched by period, category and producer. */
export function pointChanges(columns: readonly Column[], before: Rec[], after: Rec[]): FieldChange[] {
  const out: FieldChange[] = [];
  const old = new Map<string, Rec[]>();
  for (const p of before) old.set(pointKey(p), [...(old.get(pointKey(p)) ?? []), p]);
  for (const p of after) {
    const key = pointKey(p);
    const match = old.get(key)?.shift();
    if (match) out.push(...fieldChanges(columns, match, p, `point ${key}: `));
    else out.push({ column: `point ${key}`, old: '', new: 'added' });
  }
  for (const [key, rest] of old) for (const _ of rest) out.push({ column: `point ${key}`, old: 'present', new: 'removed' });
  if (out.length === 0 && !sameJson(before, after)) out.push({ column: 'points', old: 'order', new: 'reordered' });
  return out;
}

/** Format changes for the terminal: per file, "+ id", "~ id" with its fields, "- id". */
export function formatChanges(changes: readonly Change[]): string {
  const lines: string[] = [];
  const files = [...new Set(changes.map((c) => c.file))];
  const quote = (s: string) => (s === '' ? '(empty)' : JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s));
  for (const file of files) {
    lines.push(`  ${file}`);
    for (const c of changes.filter((x) => x.file === file)) {
      const mark = { added: '+', updated: '~', removed: '-' }[c.action];
      lines.push(`    ${mark} ${c.id}${c.from ? ` (${c.from})` : ''}${c.action === 'removed' ? ' removed (--prune)' : ''}`);
      if (c.action === 'updated') for (const f of c.fields) lines.push(`        ${f.column}: ${quote(f.old)} → ${quote(f.new)}`);
    }
  }
  return lines.join('\n');
}
