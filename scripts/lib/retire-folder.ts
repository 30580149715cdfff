// The published copy a rebuild replaces is deleted by a detached process, after the new dist/ is in place:
// at 10,000 deals the old copy is 38,000 files, and deleting them took about 6 s on a disk that discards
// freed blocks, all of it after the new site was ready. Each retired copy gets a name of its own
// (`dist.old-<time>-<pid>`), so a deletion still running never meets the next build's swap; copies left
// by an interrupted deletion are swept by the next build.
// Only copies this build retired are ever deleted (issue 14): the name must be exactly that pattern AND the
// folder must carry RETIRED_MARKER naming it, written just before the rename. A user's `dist.old-backup`,
// or a copy of dist/ under any name, is not such a folder and is left alone.
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, lstat, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alive } from './build-lock.ts';
import { MARKER_TOOL } from './out-dir.ts';

const REMOVER = fileURLToPath(new URL('./remove-folders.ts', import.meta.url));

/** Never published: in retired copies only (and in dist/ for the instant before the rename). */
export const RETIRED_MARKER = '.deal-atlas-retired';

export interface RetiredNote {
  tool: string;
  /** The folder's own name: a copy of it under another name is not ours. */
  retiredAs: string;
  /** The build that retired it. */
  pid: number;
  time: string;
  /** The detached remover working on it (skipped while alive, so two never race). */
  removerPid?: number;
  /** Set by a remover that could not delete everything (read by the next build, which reports it). */
  failed?: { code: string; path: string };
}

export interface RetiredCopy {
  path: string;
  note: RetiredNote;
}

/** Name prefix of retired copies of outDir: siblings of it, "dist.old-…". */
export function retiredPrefix(outDir: string): string {
  return `${path.basename(outDir)}.old-`;
}

function isRetiredName(outDir: string, name: string): boolean {
  const prefix = retiredPrefix(outDir);
  return name.startsWith(prefix) && /^\d+-\d+$/.test(name.slice(prefix.length));
}

/** The note of a folder this build retired, or undefined (wrong name, a link, no or another marker). */
export async function readRetiredNote(folder: string): Promise<RetiredNote | undefined> {
  try {
    if (!(await lstat(folder)).isDirectory()) return undefined;
    const file = path.join(folder, RETIRED_MARKER);
    if (!(await lstat(file)).isFile()) return undefined;
    const note = JSON.parse(await readFile(file, 'utf8')) as RetiredNote;
    return note.tool === MARKER_TOOL && note.retiredAs === path.basename(folder) ? note : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed over: a reader never sees half a note, and a link is replaced, not followed. */
async function writeNote(folder: string, note: RetiredNote): Promise<void> {
  const tmp = path.join(folder, `${RETIRED_MARKER}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, `${JSON.stringify(note)}\n`);
    await rename(tmp, path.join(folder, RETIRED_MARKER));
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
}

/**
 * Siblings of outDir named like retired copies: `owned` carry this build's marker; `unmarked` do not (a
 * copy from before the marker, or someone else's folder) and are never deleted.
 */
export async function inspectRetired(outDir: string): Promise<{ owned: RetiredCopy[]; unmarked: string[] }> {
  const parent = path.dirname(outDir);
  const names = (await readdir(parent).catch(() => [] as string[])).filter((n) => isRetiredName(outDir, n)).sort();
  const owned: RetiredCopy[] = [];
  const unmarked: string[] = [];
  for (const n of names) {
    const note = await readRetiredNote(path.join(parent, n));
    // A remover cannot record a failure in a folder it cannot write to; nor can it delete anything in it.
    if (note && !note.failed)
      await access(path.join(parent, n), constants.W_OK).catch((err: NodeJS.ErrnoException) => (note.failed = { code: err.code ?? 'EACCES', path: '.' }));
    if (note) owned.push({ path: path.join(parent, n), note });
    else unmarked.push(path.join(parent, n));
  }
  return { owned, unmarked };
}

/** Retired copies of outDir (this build's only) that are still on disk (absolute paths). */
export async function retiredCopies(outDir: string): Promise<string[]> {
  return (await inspectRetired(outDir)).owned.map((c) => c.path);
}

/** A remover is deleting it right now. */
export const beingRemoved = (c: RetiredCopy, isAlive: (pid: number) => boolean = alive) =>
  c.note.removerPid !== undefined && c.note.removerPid !== process.pid && isAlive(c.note.removerPid);

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * What a build says at start about retired copies still on disk: one line for each copy a remover could
 * not delete (with what to do) and for each look-alike it leaves alone. Nothing for copies being deleted
 * or left by an interrupted deletion (those are simply swept again).
 */
export function leftoverWarnings(found: { owned: RetiredCopy[]; unmarked: string[] }, isAlive: (pid: number) => boolean = alive): string[] {
  const out: string[] = [];
  for (const c of found.owned) {
    if (!c.note.failed || beingRemoved(c, isAlive)) continue;
    const { code, path: where } = c.note.failed;
    const name = path.basename(c.path);
    out.push(
      `build: could not delete ${name}/, a copy of ${name.replace(/\.old-\d+-\d+$/, '')}/ an earlier build replaced (${code} on ${where === '.' ? 'the folder itself' : where}); delete it yourself, e.g. sudo rm -rf ${shellQuote(c.path)}`,
    );
  }
  for (const p of found.unmarked)
    out.push(`build: left alone ${path.basename(p)}/: named like a replaced copy but not marked as one by this build (from an older version, or not a build's). Delete it yourself if it is not needed.`);
  return out;
}

/**
 * Delete folders in a detached process at the lowest CPU priority, and return at once; the process
 * outlives the caller. Returns its pid, or undefined when there was nothing to delete.
 */
export function removeDetached(folders: string[]): number | undefined {
  if (folders.length === 0) return undefined;
  const child = spawn(process.execPath, [REMOVER, ...folders], { detached: true, stdio: 'ignore' });
  child.once('spawn', () => {
    try {
      os.setPriority(child.pid!, 19);
    } catch {
      // Not permitted here: it deletes at normal priority.
    }
  });
  child.on('error', () => {}); // nothing to report: the next build sweeps what is left
  child.unref();
  return child.pid;
}

/**
 * Mark outDir as retired and move it aside under a fresh name (instant: a rename in the same folder);
 * returns that name, or undefined if outDir does not exist. On failure outDir is left as it was.
 */
export async function retire(outDir: string): Promise<string | undefined> {
  const name = `${retiredPrefix(outDir)}${Date.now()}-${process.pid}`;
  const to = path.join(path.dirname(outDir), name);
  // Marked before the rename, so there is no moment at which a copy of ours is on disk unmarked.
  try {
    await writeNote(outDir, { tool: MARKER_TOOL, retiredAs: name, pid: process.pid, time: new Date().toISOString() });
    await rename(outDir, to);
    return to;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !(await lstat(outDir).catch(() => undefined))) return undefined;
    await rm(path.join(outDir, RETIRED_MARKER), { force: true }).catch(() => {});
    throw new Error(`could not move ${outDir} aside to replace it (${code ?? (err as Error).message}); check that you own it and the folder it is in.`);
  }
}

export type RemoveFn = (p: string, opts: { recursive: true; force: true; maxRetries: number }) => Promise<void>;
type Failure = { code: string; path: string };

async function removeOnce(p: string, remove: RemoveFn): Promise<Failure | undefined> {
  try {
    await remove(p, { recursive: true, force: true, maxRetries: 3 });
    return undefined;
  } catch (err) {
    return { code: (err as NodeJS.ErrnoException).code ?? 'ERROR', path: p };
  }
}

/** Delete p; if that fails, delete what can be under it. Returns the first thing that could not be deleted. */
async function removeTree(p: string, remove: RemoveFn): Promise<Failure | undefined> {
  const failure = await removeOnce(p, remove);
  if (!failure || !(await lstat(p).catch(() => undefined))?.isDirectory()) return failure;
  // fs.rm stops at the first entry it cannot delete: go on with the rest, so only what is stuck stays.
  let entries: string[];
  try {
    entries = await readdir(p);
  } catch (err) {
    return { code: (err as NodeJS.ErrnoException).code ?? 'ERROR', path: p };
  }
  let first: Failure | undefined;
  for (const e of entries) {
    const f = await removeTree(path.join(p, e), remove);
    first ??= f;
  }
  const again = await removeOnce(p, remove);
  return first ?? again;
}

/**
 * Delete a retired copy (the remover's work, one folder). Refuses anything this build did not retire. On
 * failure it deletes all it can, keeps the marker (so the next build still knows the copy as its own)
 * and records what was stuck in it. Returns that failure, or undefined when the folder is gone.
 */
export async function removeRetired(folder: string, remove: RemoveFn = rm): Promise<RetiredNote['failed'] | undefined> {
  const note = await readRetiredNote(folder);
  if (!note) return undefined;
  const { failed: _previous, ...rest } = note;
  await writeNote(folder, { ...rest, removerPid: process.pid }).catch(() => {});
  let failed: RetiredNote['failed'];
  for (const e of await readdir(folder).catch(() => [] as string[])) {
    if (e === RETIRED_MARKER) continue;
    const f = await removeTree(path.join(folder, e), remove);
    failed ??= f;
  }
  if (!failed) {
    // The marker goes last: until then the folder is still known as ours.
    failed = await removeOnce(folder, remove);
    if (!failed) return undefined;
  }
  failed = { code: failed.code, path: path.relative(folder, failed.path) || '.' };
  await writeNote(folder, { ...rest, removerPid: process.pid, failed }).catch(() => {});
  return failed;
}
