// The build's output folder (dist/, or OUT_DIR): which paths it may use, and whether a folder already there
// is one it may replace. The swap moves the whole folder aside and deletes it, so the build only takes a
// folder it made itself (it carries BUILD_MARKER), an empty one, or an earlier build of this site from
// before the marker existed; anything else is refused before anything is written (issue 14).
import { realpathSync } from 'node:fs';
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** File at the root of every folder the build publishes. It is deployed with the site: see BUILD_MARKER_TEXT. */
export const BUILD_MARKER = '.deal-atlas-build';
export const MARKER_TOOL = 'deal-atlas-build';
/** Fixed text: no path, time or pid, so two builds stay byte-identical and a host serving it leaks nothing. */
export const BUILD_MARKER_TEXT = `${JSON.stringify({ tool: MARKER_TOOL, about: "Written by this site's build (scripts/build.ts), which replaces only a folder carrying this file." })}\n`;

/** Project folders that are input: an output folder inside one would be read back, or replace sources. */
const INPUTS = ['src', 'data', 'content', 'public', 'scripts', 'node_modules', '.git'];

export class OutDirRefusedError extends Error {}

/** Real path of p, or of its nearest existing ancestor with the rest appended (symlinks resolved). */
function real(p: string): string {
  const rest: string[] = [];
  for (let cur = p; ; ) {
    try {
      return path.join(realpathSync(cur), ...rest);
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return p;
      rest.unshift(path.basename(cur));
      cur = parent;
    }
  }
}

/** inner is outer or inside it. */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}

/**
 * The output folder for OUT_DIR (unset: dist/ in the project). Throws OutDirRefusedError for a path whose
 * replacement would take the project, its input or a home folder with it.
 */
export function resolveOutDir(raw: string | undefined, root: string, home: string = os.homedir()): string {
  if (raw !== undefined && raw.trim() === '')
    throw new OutDirRefusedError('OUT_DIR is set but empty. Unset it to build into dist/, or set OUT_DIR to a folder of its own.');
  const resolved = path.resolve(root, raw ?? 'dist');
  const named = raw === undefined ? resolved : `OUT_DIR=${raw} (${resolved})`;
  const refuse = (why: string) =>
    new OutDirRefusedError(`${named} ${why}. The build replaces its output folder entirely; set OUT_DIR to a folder of its own, such as dist (the default).`);
  const pairs = (p: string) => [...new Set([p, real(p)])]; // as written and with symlinks resolved
  for (const out of pairs(resolved)) {
    if (path.parse(out).root === out) throw refuse('is the root of the file system');
    if (pairs(root).some((r) => within(r, out))) throw refuse('is the project folder or a folder that contains it');
    for (const name of INPUTS) {
      const input = path.join(root, name);
      if (pairs(input).some((i) => within(i, out))) throw refuse(`contains the project's ${name}/`);
      if (pairs(input).some((i) => within(out, i))) throw refuse(`is inside the project's ${name}/`);
    }
    if (home && pairs(home).some((h) => within(h, out))) throw refuse('is your home folder or a folder that contains it');
  }
  return resolved;
}

export async function writeBuildMarker(folder: string): Promise<void> {
  await writeFile(path.join(folder, BUILD_MARKER), BUILD_MARKER_TEXT);
}

export async function hasBuildMarker(folder: string): Promise<boolean> {
  try {
    const file = path.join(folder, BUILD_MARKER);
    if (!(await lstat(file)).isFile()) return false;
    return (JSON.parse(await readFile(file, 'utf8')) as { tool?: unknown }).tool === MARKER_TOOL;
  } catch {
    return false;
  }
}

/**
 * What every build of this site has had at its root since search came in: the home page, the sitemap, the
 * pages search bundle and the first deals-and-companies bundle (a name of this site's own). A folder with
 * all four is taken for a build from before the marker, so upgrading does not stop at an old dist/.
 */
export const EARLIER_BUILD_FILES = ['index.html', 'sitemap-index.xml', 'pagefind/', 'pagefind-records-0/'];

async function looksLikeEarlierBuild(folder: string): Promise<boolean> {
  for (const entry of EARLIER_BUILD_FILES) {
    const st = await lstat(path.join(folder, entry)).catch(() => undefined);
    if (!st || (entry.endsWith('/') ? !st.isDirectory() : !st.isFile())) return false;
  }
  return true;
}

export type OutputFolderState = 'missing' | 'empty' | 'marked' | 'earlier-build';

/** May the build replace outDir? Throws OutDirRefusedError, naming the folder and what to do, if not. */
export async function checkOutputFolder(outDir: string): Promise<OutputFolderState> {
  const st = await lstat(outDir).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));
  if (!st) return 'missing';
  const what = 'Move it away or delete it, or set OUT_DIR to a folder that is empty or does not exist yet.';
  // A link would be replaced by the new folder, and the retired link's target deleted through it.
  if (st.isSymbolicLink()) throw new OutDirRefusedError(`${outDir} is a symbolic link; the build only replaces a real folder. Set OUT_DIR to the folder it points to, or remove the link.`);
  if (!st.isDirectory()) throw new OutDirRefusedError(`${outDir} exists and is not a folder. ${what}`);
  if ((await readdir(outDir)).length === 0) return 'empty';
  if (await hasBuildMarker(outDir)) return 'marked';
  if (await looksLikeEarlierBuild(outDir)) return 'earlier-build';
  throw new OutDirRefusedError(
    `${outDir} exists and was not made by this site's build (no ${BUILD_MARKER} file in it). A build replaces its output folder entirely, so it will not take this one. ${what}`,
  );
}
