// File-system access for validation. Whatever is wrong with a file or folder under data/ or content/ (a
// folder where a file should be, no permission, a link out of the project, UTF-16 text) becomes a problem
// naming it, never an exception: the author sees it with every other problem.
import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { lineColumn } from './read-json.ts';
import type { Problem } from './problem.ts';

/** The project being read, and what the walk already reported as outside it (not read again). */
export interface ProjectFiles {
  root: string;
  realRoot: string;
  /** Relative paths of links that resolve outside the project or nowhere: they and anything under them are skipped. */
  refused: Set<string>;
  /**
   * Files read from memory instead of disk (relative path → text, or null for a file taken away): the
   * importer validates the dataset it would write before writing anything.
   */
  overlay?: ReadonlyMap<string, string | null>;
}

/** Record named in a problem about a file: a metric series or briefing is named by its file, other files by none. */
export function recordOfFile(rel: string): string {
  const m = /^data\/metrics\/([^/]+)\.json$/.exec(rel) ?? /^content\/briefings\/(?:[a-z]+\/)?([^/]+)\.mdx$/.exec(rel);
  return m ? m[1]! : '';
}

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code;

/** Why a file or folder could not be opened, in words an author can act on. */
function accessMessage(err: unknown, what: 'file' | 'folder', rel: string): string {
  const code = codeOf(err);
  if (code === 'EACCES' || code === 'EPERM')
    return `cannot be read: permission denied (${code}); make the ${what} readable${what === 'file' ? `, e.g. chmod a+r ${rel}` : `, e.g. chmod a+rx ${rel}`}`;
  if (code === 'ELOOP') return 'cannot be read: its symbolic links go round in a loop (ELOOP)';
  if (code === 'ENAMETOOLONG') return 'cannot be read: the path is too long for this file system (ENAMETOOLONG); shorten the name';
  return `cannot be read: ${code ?? (err as Error)?.message ?? String(err)}`;
}

const inside = (realRoot: string, p: string) => p === realRoot || p.startsWith(realRoot + path.sep);

/**
 * Walk data/ and content/ (without following links) and check every symbolic link: one that resolves
 * outside the project would publish a file the project does not hold, and one that resolves nowhere reads as
 * missing. Links inside the project are fine.
 */
export async function walkProject(root: string, dirs: readonly string[] = ['data', 'content']): Promise<{ files: ProjectFiles; problems: Problem[] }> {
  const realRoot = await realpath(root).catch(() => path.resolve(root)); // a missing root: its files are reported missing
  const files: ProjectFiles = { root, realRoot, refused: new Set() };
  const problems: Problem[] = [];
  const add = (rel: string, message: string) => problems.push({ file: rel, record: recordOfFile(rel), field: '', message });

  const visit = async (rel: string, isTop: boolean): Promise<void> => {
    const abs = path.join(root, rel);
    let st;
    try {
      st = await lstat(abs);
    } catch (err) {
      if (!isTop || codeOf(err) !== 'ENOENT') add(rel, accessMessage(err, 'file', rel));
      return;
    }
    if (st.isSymbolicLink()) {
      const target = await readlink(abs).catch(() => '?');
      let real: string;
      try {
        real = await realpath(abs);
      } catch (err) {
        files.refused.add(rel);
        const code = codeOf(err);
        add(rel, code === 'ENOENT' ? `is a symbolic link to "${target}", which does not exist` : `is a symbolic link to "${target}" that ${accessMessage(err, 'file', rel)}`);
        return;
      }
      if (!inside(realRoot, real)) {
        files.refused.add(rel);
        add(rel, `is a symbolic link to "${target}", outside the project (${real}): the site would publish a file this project does not hold; copy the file into the project instead`);
      }
      return; // a link inside the project is read through its target, which the walk meets anyway or need not
    }
    if (!st.isDirectory()) return;
    let entries: string[];
    try {
      entries = (await readdir(abs)).sort();
    } catch (err) {
      add(rel, accessMessage(err, 'folder', rel));
      return;
    }
    for (const name of entries) await visit(`${rel}/${name}`, false);
  };
  for (const dir of dirs) await visit(dir, true);
  return { files, problems };
}

/** Whether rel or a folder above it was refused by the walk. */
function refused(files: ProjectFiles, rel: string): boolean {
  const parts = rel.split('/');
  return parts.some((_, i) => files.refused.has(parts.slice(0, i + 1).join('/')));
}

/** The names in a folder (sorted); none when it does not exist. */
export async function listFolder(files: ProjectFiles, rel: string): Promise<{ names: string[]; problems: Problem[] }> {
  if (refused(files, rel)) return { names: [], problems: [] };
  // Names the overlay adds to the folder or takes away from it.
  const overlaid = (names: string[]) => {
    if (!files.overlay) return names;
    const all = new Set(names);
    for (const [p, text] of files.overlay) {
      if (path.posix.dirname(p) !== rel) continue;
      if (text === null) all.delete(path.posix.basename(p));
      else all.add(path.posix.basename(p));
    }
    return [...all].sort();
  };
  try {
    return { names: overlaid(await readdir(path.join(files.root, rel))), problems: [] };
  } catch (err) {
    const code = codeOf(err);
    if (code === 'ENOENT') return { names: overlaid([]), problems: [] };
    const message = code === 'ENOTDIR' ? 'is a file, but a folder is expected here' : accessMessage(err, 'folder', rel);
    return { names: [], problems: [{ file: `${rel}/`, record: '', field: '', message }] };
  }
}

export interface TextFile {
  /** The file's text (a UTF-8 byte-order mark kept); absent when it could not be read. */
  text?: string;
  /** True when there is no such file (the caller says whether that matters). */
  missing?: boolean;
  problems: Problem[];
}

/**
 * Read a text file as UTF-8. A folder, a device, an unreadable file or text in another encoding becomes a
 * problem; a file the walk refused (a link out of the project) is skipped without a second problem.
 */
export async function readText(files: ProjectFiles, rel: string, record = recordOfFile(rel)): Promise<TextFile> {
  const fail = (message: string): TextFile => ({ problems: [{ file: rel, record, field: '', message }] });
  if (refused(files, rel)) return { problems: [] };
  const inMemory = files.overlay?.get(rel);
  if (inMemory !== undefined) return inMemory === null ? { missing: true, problems: [] } : { text: inMemory, problems: [] };
  const abs = path.join(files.root, rel);
  let st;
  try {
    st = await stat(abs);
  } catch (err) {
    const code = codeOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true, problems: [] };
    return fail(accessMessage(err, 'file', rel));
  }
  if (st.isDirectory()) return fail(`is a folder, but a file is expected here: rename or move the folder`);
  // A pipe or device would block the read or never end.
  if (!st.isFile()) return fail('is not a regular file (a device, pipe or socket): only plain files are read');
  // Defensive: the walk reports links out of the project, but a folder above may have been swapped since.
  const real = await realpath(abs).catch(() => abs);
  if (!inside(files.realRoot, real)) return fail(`resolves to ${real}, outside the project: copy the file into the project instead`);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (err) {
    return fail(accessMessage(err, 'file', rel));
  }
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? { text: decoded.text, problems: [] } : fail(decoded.problem);
}

/**
 * Bytes as UTF-8 text, or why they are not: UTF-16 (a byte-order mark, or NUL bytes in every other
 * position as in UTF-16 ASCII), other NUL bytes, or bytes that are not UTF-8 (a legacy encoding such as
 * Windows-1252, EUC-KR or GBK). Otherwise JSON.parse or YAML would stop at a stray "\0" token or show garbled text.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    return { problem: 'saved as UTF-32; save it as UTF-8' };
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return { problem: 'saved as UTF-16; save it as UTF-8' };
  const head = bytes.subarray(0, 4096);
  let nuls = 0;
  for (const byte of head) if (byte === 0) nuls++;
  if (nuls > 0 && nuls >= head.length / 4) return { problem: 'saved as UTF-16 (it has a NUL byte in every other position); save it as UTF-8' };
  const nul = bytes.indexOf(0);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (nul >= 0) {
      const at = lineColumn(text, text.indexOf('\0'));
      return { problem: `contains a NUL byte at line ${at.line}, column ${at.column}: the file is damaged or not text; save it as UTF-8 text` };
    }
    return { text };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = lineColumn(text, text.indexOf('\uFFFD'));
    return { problem: `is not valid UTF-8 (first bad byte at line ${at.line}, column ${at.column}): it was saved in another encoding (Windows-1252, EUC-KR, GBK…); save it as UTF-8` };
  }
}
