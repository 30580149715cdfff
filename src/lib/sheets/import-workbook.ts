// `npm run import`: a workbook or CSV → data/*.json. Rows are read, merged by id into the records already
// there, and the whole candidate dataset is checked by the same readDataset as `npm run validate` (from
// memory: nothing is written first); each problem is traced back to the sheet, row and column it came
// from. Only when there is none are the changed files written, each to a temporary file beside it and then
// renamed over it. Nothing outside data/ is written.
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chartIds } from '../../charts/registry.ts';
import { readDataset } from '../validate/read-dataset.ts';
import { FILES } from '../validate/check-dataset.ts';
import type { Problem } from '../validate/problem.ts';
import { columnOfField, getPath, setPath, type SheetDef, type SheetKind } from './columns.ts';
import { dataJson } from './data-json.ts';
import { sameJson, fieldChanges, mergedRecord, pointChanges, type Change, type Rec } from './merge.ts';
import { readXlsx } from './read-xlsx.ts';
import type { RawBook, RawSheet } from './raw-sheet.ts';
import { readSheetRows, type SheetRows } from './sheet-rows.ts';
import { POINTS_SHEET, SERIES_SHEET, SHEETS } from './sheets.ts';

export interface ImportOptions {
  /** Import only this sheet (of a workbook), or read a CSV as this sheet ("Deals", "Companies", …). */
  sheet?: string;
  dryRun?: boolean;
  /** Delete records of the imported sheets' kinds that the import does not list. */
  prune?: boolean;
  /** The file's name in messages (default: the path as given). */
  display?: string;
  /** Build date for the future-date check (default: the site's). */
  builtOn?: string;
}

export interface ImportResult {
  problems: Problem[];
  /** What was detected on the way (a CSV's encoding or delimiter). */
  notes: string[];
  changes: Change[];
  /** Files written or removed (relative to the project root); empty on a dry run or with problems. */
  written: string[];
  /** The sheets read, with their row counts. */
  read: { sheet: string; rows: number }[];
}

/** Where a record (or a series' point) came from, to point at it. */
interface Origin {
  rows: SheetRows;
  row: number;
  badPaths: Set<string>;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const CSV = /\.(csv|tsv|txt)$/i;
const ARRAY_KINDS = { deals: FILES.deals, companies: FILES.companies, sources: FILES.sources } as const;

const norm = (s: string) => s.trim().toLowerCase();
const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

/** The sheet definition whose headers a CSV's header row matches best. */
function guessDef(raw: RawSheet): SheetDef {
  const headers = new Set(raw.header.map((h) => norm(String(h ?? ''))));
  const score = (d: SheetDef) => d.columns.filter((c) => headers.has(norm(c.header))).length * 100 + (d.columns.some((c) => c.required && !headers.has(norm(c.header))) ? 0 : 50);
  return [...SHEETS].sort((a, b) => score(b) - score(a))[0]!;
}

export async function importWorkbook(root: string, filePath: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const display = opts.display ?? filePath;
  const result: ImportResult = { problems: [], notes: [], changes: [], written: [], read: [] };
  const fail = (message: string, where: Partial<Problem> = {}) => {
    result.problems.push({ file: display, record: '', field: '', message, ...where });
    return result;
  };

  // ------------------------------------------------------------------ the file and its sheets
  if (!WORKBOOK.test(filePath) && !CSV.test(filePath)) return fail('expected an Excel workbook (.xlsx) or a CSV file (.csv)');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (err as Error).message})`);
  }
  const defByName = (name: string) => SHEETS.find((d) => norm(d.name) === norm(name));
  let book: RawBook;
  if (CSV.test(filePath)) {
    const def = opts.sheet ? defByName(opts.sheet) : undefined;
    if (opts.sheet && !def) return fail(`--sheet "${opts.sheet}" is not a sheet the importer reads; for a CSV, name what its rows are: ${list(SHEETS.map((d) => d.name))}`);
    // Loaded only for a CSV (its encoding detection and parser are not needed for a workbook).
    const { readCsv } = await import('./read-csv.ts');
    book = readCsv(bytes, def?.name ?? '');
    if ('sheets' in book) {
      const only = book.sheets[0]!;
      only.name = (def ?? guessDef(only)).name;
    }
  } else book = await readXlsx(bytes);
  if ('problem' in book) return fail(book.problem);
  result.notes.push(...book.notes);

  const found = book.sheets.map((s) => s.name);
  let chosen: { raw: RawSheet; def: SheetDef }[];
  if (opts.sheet) {
    const raw = book.sheets.find((s) => norm(s.name) === norm(opts.sheet!));
    if (!raw) return fail(`no sheet named "${opts.sheet}" (sheets found: ${list(found)})`, { sheet: opts.sheet });
    chosen = [{ raw, def: defByName(raw.name) ?? guessDef(raw) }];
  } else {
    chosen = book.sheets.flatMap((raw) => {
      const def = defByName(raw.name);
      return def ? [{ raw, def }] : [];
    });
    if (chosen.length === 0)
      return fail(`no sheet the importer reads (sheets found: ${list(found)}; expected ${list(SHEETS.map((d) => d.name))}): rename the sheet, or choose it with --sheet NAME`);
  }
  const sheets = chosen.map(({ raw, def }) => readSheetRows(display, raw, def));
  for (const s of sheets) {
    result.problems.push(...s.problems);
    result.read.push({ sheet: s.sheet, rows: s.rows.length });
  }
  // Two sheets of one kind would each claim the same records.
  const ofKind = (kind: SheetKind) => sheets.filter((s) => s.def.kind === kind);
  for (const def of SHEETS) {
    const same = ofKind(def.kind);
    if (same.length > 1) return fail(`sheets ${list(same.map((s) => s.sheet))} both hold ${def.name.toLowerCase()}: keep one`);
  }

  // ------------------------------------------------------------------ existing data
  const readJson = async (rel: string): Promise<{ text?: string; value?: unknown }> => {
    try {
      const text = await readFile(path.join(root, rel), 'utf8');
      return { text, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
    } catch {
      return {}; // missing or malformed: the validation below says which
    }
  };
  const overlay = new Map<string, string | null>();
  const originals = new Map<string, string | undefined>();
  /** file → record id → origin; file → record index → origin (for records without a usable id). */
  const origins = new Map<string, Map<string, Origin>>();
  const originsByIndex = new Map<string, Map<number, Origin>>();
  /** series id → point index → origin. */
  const pointOrigins = new Map<string, Origin[]>();
  const originOf = (s: SheetRows, r: { row: number; badPaths: Set<string> }): Origin => ({ rows: s, row: r.row, badPaths: r.badPaths });
  const from = (o: Origin) => `${o.rows.sheet} row ${o.row}`;

  const existingArrays = new Map<string, Rec[]>();
  for (const [kind, file] of Object.entries(ARRAY_KINDS)) {
    const { text, value } = await readJson(file);
    originals.set(file, text);
    existingArrays.set(kind, Array.isArray(value) ? (value as Rec[]) : []);
  }

  // Company names stand for their ids in Licensor, Licensee and Parent.
  const companyRows = ofKind('companies')[0]?.rows.map((r) => r.record) ?? [];
  const companies = [...existingArrays.get('companies')!, ...companyRows];
  const companyIds = new Set(companies.map((c) => c.id));
  const idByName = new Map<string, string>();
  for (const c of companies)
    for (const name of [c.name, ...((c.aliases as unknown[]) ?? [])]) if (typeof name === 'string' && typeof c.id === 'string') idByName.set(norm(name), c.id);
  for (const s of sheets)
    for (const col of s.present.filter((c) => c.kind === 'ref' && c.path !== 'series'))
      for (const r of s.rows) {
        const v = getPath(r.record, col.path);
        if (typeof v === 'string' && !companyIds.has(v) && idByName.has(norm(v))) setPath(r.record, col.path, idByName.get(norm(v)));
      }

  // ------------------------------------------------------------------ merge: deals, companies, sources
  for (const [kind, file] of Object.entries(ARRAY_KINDS) as [keyof typeof ARRAY_KINDS, string][]) {
    const s = ofKind(kind)[0];
    if (!s) continue;
    const before = existingArrays.get(kind)!;
    const after = [...before];
    const indexOf = new Map(before.map((r, i) => [r.id, i]));
    const byId = new Map<string, Origin>();
    const sameAs = naturalKeys(kind, before);
    for (const r of s.rows) {
      const id = r.record.id;
      const i = indexOf.get(id);
      const existing = i === undefined ? undefined : before[i];
      const next = mergedRecord(s.def, s.present, r.record, existing);
      const origin = originOf(s, r);
      if (typeof id === 'string') byId.set(id, origin);
      if (existing === undefined) {
        // The same deal (or company) under another id is a duplicate, not a new record.
        const twin = sameAs(next);
        if (twin && twin !== id)
          result.problems.push({ file: display, record: '', field: 'id', message: `found "${String(id)}": this looks like "${twin}", already in ${file} (${kind === 'deals' ? 'same licensor, licensee and asset' : 'same name'}); use id "${twin}" to update it`, sheet: s.sheet, row: r.row, column: 'ID' });
        after.push(next);
        (originsByIndex.get(file) ?? originsByIndex.set(file, new Map()).get(file)!).set(after.length - 1, origin);
        result.changes.push({ file, id: String(id ?? `row ${r.row}`), action: 'added', from: from(origin), fields: [] });
      } else if (!sameJson(existing, next)) {
        after[i!] = next;
        result.changes.push({ file, id: String(id), action: 'updated', from: from(origin), fields: fieldChanges(s.def.columns, existing, next) });
      }
    }
    let kept = after;
    if (opts.prune) {
      const listed = new Set(s.rows.map((r) => r.record.id));
      kept = after.filter((r) => listed.has(r.id));
      for (const r of after) if (!listed.has(r.id)) result.changes.push({ file, id: String(r.id), action: 'removed', fields: [] });
      const reindexed = new Map<number, Origin>();
      kept.forEach((r, i) => typeof r.id === 'string' && byId.has(r.id) && reindexed.set(i, byId.get(r.id)!));
      originsByIndex.set(file, reindexed);
    }
    origins.set(file, byId);
    if (result.changes.some((c) => c.file === file)) overlay.set(file, dataJson(kept, originals.get(file)));
  }

  // ------------------------------------------------------------------ merge: metric series and points
  const seriesSheet = ofKind('series')[0];
  const pointsSheet = ofKind('points')[0];
  if (seriesSheet || pointsSheet) {
    const { readdir } = await import('node:fs/promises');
    const names = (await readdir(path.join(root, 'data/metrics')).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
    const existing = new Map<string, { file: string; text?: string; value?: Rec }>();
    for (const n of names) {
      const file = `data/metrics/${n}`;
      const { text, value } = await readJson(file);
      existing.set(n.replace(/\.json$/, ''), { file, text, value: value && typeof value === 'object' ? (value as Rec) : undefined });
    }
    const next = new Map<string, Rec>();
    const seriesOrigin = new Map<string, Origin>();
    for (const r of seriesSheet?.rows ?? []) {
      const id = String(r.record.id ?? '');
      const old = existing.get(id)?.value;
      const rec = mergedRecord(SERIES_SHEET, seriesSheet!.present, r.record, old);
      rec.points = (old?.points as Rec[] | undefined) ?? [];
      // The Korean and Chinese words of its categories are not in the workbook: an import keeps them.
      if (old?.translations !== undefined) rec.translations = old.translations;
      next.set(id, rec);
      seriesOrigin.set(id, originOf(seriesSheet!, r));
    }
    const pointsOf = new Map<string, { rec: Rec; origin: Origin }[]>();
    for (const r of pointsSheet?.rows ?? []) {
      const id = typeof r.record.series === 'string' ? r.record.series : '';
      if (!id) {
        if (!r.badPaths.has('series'))
          result.problems.push({ file: display, record: '', field: 'series', message: 'is empty: expected the id of the series this figure belongs to', sheet: pointsSheet!.sheet, row: r.row, column: 'Series' });
        continue;
      }
      if (!next.has(id) && !existing.has(id)) {
        r.badPaths.add('series');
        result.problems.push({
          file: display,
          record: '',
          field: 'series',
          message: `found "${id}": no such series in data/metrics/${seriesSheet ? ' or the "Metric series" sheet' : ''}; add it to the "Metric series" sheet, or use one of: ${[...new Set([...existing.keys(), ...next.keys()])].slice(0, 12).join(', ')}${existing.size > 12 ? ', …' : ''}`,
          sheet: pointsSheet!.sheet,
          row: r.row,
          column: 'Series',
        });
        continue;
      }
      const old = existing.get(id)?.value;
      // A column the sheet leaves out: take it from the old point with the same period, category and producer.
      const point = r.record;
      const twin = ((old?.points as Rec[] | undefined) ?? []).find((p) => p.period === point.period && p.category === point.category && p.by === point.by);
      const full = mergedRecord(POINTS_SHEET, pointsSheet!.present, r.record, twin);
      delete full.series;
      (pointsOf.get(id) ?? pointsOf.set(id, []).get(id)!).push({ rec: full, origin: originOf(pointsSheet!, r) });
    }
    for (const [id, pts] of pointsOf) {
      const base = next.get(id) ?? { ...existing.get(id)!.value };
      base.points = pts.map((p) => p.rec);
      next.set(id, base);
      pointOrigins.set(id, pts.map((p) => p.origin));
    }
    for (const [id, rec] of next) {
      const old = existing.get(id);
      const file = `data/metrics/${id}.json`;
      const origin = seriesOrigin.get(id) ?? pointOrigins.get(id)![0]!;
      (origins.get(file) ?? origins.set(file, new Map()).get(file)!).set(id, origin);
      if (!old) {
        result.changes.push({ file, id, action: 'added', from: from(origin), fields: [] });
        overlay.set(file, dataJson(rec));
      } else if (!sameJson(old.value, rec)) {
        const fields = [...fieldChanges(SERIES_SHEET.columns, old.value, rec), ...pointChanges(POINTS_SHEET.columns.filter((c) => c.path !== 'series'), (old.value?.points as Rec[]) ?? [], rec.points as Rec[])];
        result.changes.push({ file, id, action: 'updated', from: from(origin), fields });
        overlay.set(file, dataJson(rec, old.text));
      }
    }
    if (opts.prune && seriesSheet)
      for (const [id, old] of existing)
        if (!next.has(id)) {
          result.changes.push({ file: old.file, id, action: 'removed', fields: [] });
          overlay.set(old.file, null);
        }
  }

  // ------------------------------------------------------------------ validate the candidate dataset
  const { problems } = await readDataset(root, chartIds, { overlay, builtOn: opts.builtOn });
  for (const p of problems) {
    let origin = origins.get(p.file)?.get(p.record);
    const index = /^#(\d+)$/.exec(p.record);
    if (!origin && index) origin = originsByIndex.get(p.file)?.get(Number(index[1]));
    let field = p.field;
    let def = origin?.rows.def;
    const point = /^points\.(\d+)(?:\.(.*))?$/.exec(p.field);
    if (point && pointOrigins.has(p.record)) {
      origin = pointOrigins.get(p.record)![Number(point[1])];
      field = point[2] ?? '';
      def = POINTS_SHEET;
    }
    if (!origin || !def) {
      // A record the import did not touch (an existing deal citing a pruned source): reported where it is.
      result.problems.push(p);
      continue;
    }
    const col = columnOfField(def.columns, field);
    if (col && origin.badPaths.has(col.path)) continue; // the cell's own problem already says it
    const value = col ? origin.rows.found(origin.row, col) : '';
    const message = col ? `${value === '' ? 'is empty' : `found "${value}"`}: ${p.message}` : p.message;
    result.problems.push({ file: display, record: p.record, field: p.field, message, sheet: origin.rows.sheet, row: origin.row, column: col?.header ?? '' });
  }
  // Problems in sheet order, then row order.
  const order = new Map(sheets.map((s, i) => [s.sheet, i]));
  const colOrder = (p: Problem) => sheets.find((s) => s.sheet === p.sheet)?.def.columns.findIndex((c) => c.header === p.column) ?? -1;
  result.problems.sort((a, b) => (order.get(a.sheet ?? '') ?? 99) - (order.get(b.sheet ?? '') ?? 99) || (a.row ?? 0) - (b.row ?? 0) || colOrder(a) - colOrder(b));
  if (result.problems.length > 0 || opts.dryRun) return result;

  // ------------------------------------------------------------------ write: temporary files, then renames
  const dataDir = path.resolve(root, 'data');
  const target = (rel: string) => {
    const abs = path.resolve(root, rel);
    if (!abs.startsWith(dataDir + path.sep)) throw new Error(`refusing to write outside data/: ${rel}`);
    return abs;
  };
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: [string, string][] = [];
  try {
    for (const [rel, text] of overlay) {
      if (text === null) continue;
      const tmp = `${target(rel)}.import-${tag}.tmp`;
      await writeFile(tmp, text);
      staged.push([tmp, target(rel)]);
    }
  } catch (err) {
    await Promise.all(staged.map(([tmp]) => unlink(tmp).catch(() => undefined)));
    throw err;
  }
  for (const [tmp, abs] of staged) await rename(tmp, abs);
  for (const [rel, text] of overlay) if (text === null) await unlink(target(rel));
  result.written = [...overlay.keys()];
  return result;
}

/** For new records: the id of an existing record that is the same deal (licensor, licensee, asset) or company (name). */
function naturalKeys(kind: keyof typeof ARRAY_KINDS, existing: Rec[]): (r: Rec) => string | undefined {
  const key = (r: Rec): string | undefined => {
    if (kind === 'deals') {
      const asset = getPath(r, 'asset.name');
      return typeof asset === 'string' ? [r.licensor, r.licensee, norm(asset)].join('|') : undefined;
    }
    if (kind === 'companies') return typeof r.name === 'string' ? norm(r.name) : undefined;
    return typeof r.title === 'string' ? norm(r.title) : undefined;
  };
  const ids = new Map<string, string>();
  for (const r of existing) {
    const k = key(r);
    if (k !== undefined && typeof r.id === 'string') ids.set(k, r.id);
  }
  return (r) => {
    const k = key(r);
    return k === undefined ? undefined : ids.get(k);
  };
}
