// The published copy a rebuild replaces is deleted by a detached process, after the new dist/ is in place:
// at 10,000 deals the old copy is 38,000 files, and deleting them took about 6 s on a disk that discards
// freed blocks, all of it after the new site was ready. Each retired copy gets a name of its own
// (`dist.old-<time>-<pid>`), so a deletion still running never meets the next build's swap; copies left
// by an interrupted deletion are swept by the next build.
import { spawn } from 'node:child_process';
import { readdir, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REMOVER = fileURLToPath(new URL('./remove-folders.ts', import.meta.url));

/** Name prefix of retired copies of outDir: siblings of it, "dist.old-…". */
export function retiredPrefix(outDir: string): string {
  return `${path.basename(outDir)}.old-`;
}

/** Retired copies of outDir that are still on disk (absolute paths). */
export async function retiredCopies(outDir: string): Promise<string[]> {
  const prefix = retiredPrefix(outDir);
  const names = await readdir(path.dirname(outDir)).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(prefix)).map((n) => path.join(path.dirname(outDir), n));
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
 * Move outDir aside under a fresh retired name (instant: a rename in the same folder) and return that
 * name, or undefined if outDir does not exist.
 */
export async function retire(outDir: string): Promise<string | undefined> {
  const to = path.join(path.dirname(outDir), `${retiredPrefix(outDir)}${Date.now()}-${process.pid}`);
  try {
    await rename(outDir, to);
    return to;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
