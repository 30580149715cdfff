// What the build may replace and delete (issue 14), without running a build: OUT_DIR paths it refuses, the
// output folders it takes, the retired copies it owns, and what happens when one cannot be deleted.
// The build-level checks are in tests/build/out-dir.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILD_MARKER, checkOutputFolder, OutDirRefusedError, resolveOutDir, writeBuildMarker } from '../../scripts/lib/out-dir.ts';
import {
  inspectRetired,
  leftoverWarnings,
  readRetiredNote,
  removeRetired,
  RETIRED_MARKER,
  retire,
  retiredCopies,
  type RemoveFn,
  type RetiredNote,
} from '../../scripts/lib/retire-folder.ts';

const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
const REMOVER = fileURLToPath(new URL('../../scripts/lib/remove-folders.ts', import.meta.url));
const isRoot = process.getuid?.() === 0;

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-out-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(tmp, { recursive: true, force: true });
});

async function files(dir: string, entries: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OutDirRefusedError);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

describe('OUT_DIR paths', () => {
  let root: string;
  let home: string;
  beforeEach(async () => {
    home = path.join(tmp, 'home/user');
    root = path.join(home, 'work/atlas');
    await files(root, { 'src/a.ts': '', 'data/deals.json': '[]', 'content/x.mdx': '' });
  });

  it('unset: dist/ in the project; a relative or absolute folder of its own is taken', () => {
    expect(resolveOutDir(undefined, root, home)).toBe(path.join(root, 'dist'));
    expect(resolveOutDir('out/site', root, home)).toBe(path.join(root, 'out/site'));
    expect(resolveOutDir(path.join(tmp, 'www'), root, home)).toBe(path.join(tmp, 'www'));
    expect(resolveOutDir('../atlas-site', root, home)).toBe(path.join(home, 'work/atlas-site'));
  });

  it.each([
    ['', /OUT_DIR is set but empty/],
    ['  ', /OUT_DIR is set but empty/],
    ['/', /root of the file system/],
    ['.', /project folder or a folder that contains it/],
    ['..', /project folder or a folder that contains it/],
    ['../..', /project folder or a folder that contains it/],
    ['src', /contains the project's src\/|inside the project's src\//],
    ['src/pages/out', /inside the project's src\//],
    ['data/out', /inside the project's data\//],
    ['public/site', /inside the project's public\//],
    ['node_modules/.out', /inside the project's node_modules\//],
  ])('refused: OUT_DIR=%j', (raw, message) => {
    const m = refusal(() => resolveOutDir(raw, root, home));
    expect(m).toMatch(message);
    if (raw.trim()) expect(m).toContain('set OUT_DIR to a folder of its own');
  });

  it('refused: the project root, a parent of it, the home folder, given as absolute paths', () => {
    for (const p of [root, path.dirname(root), home, path.dirname(home)]) expect(() => resolveOutDir(p, root, home)).toThrow(OutDirRefusedError);
    // The home folder when the project is elsewhere.
    expect(refusal(() => resolveOutDir(home, path.join(tmp, 'elsewhere/atlas'), home))).toMatch(/home folder/);
  });

  it('refused through a symbolic link: a link to the project, and a folder holding the real data/ of a linked data/', async () => {
    await symlink(root, path.join(tmp, 'link-to-project'));
    expect(refusal(() => resolveOutDir(path.join(tmp, 'link-to-project'), root, home))).toMatch(/project folder/);
    const shared = path.join(tmp, 'shared');
    await files(shared, { 'data/deals.json': '[]' });
    await rm(path.join(root, 'data'), { recursive: true });
    await symlink(path.join(shared, 'data'), path.join(root, 'data'));
    expect(refusal(() => resolveOutDir(shared, root, home))).toMatch(/contains the project's data\//);
  });
});

describe('an existing output folder', () => {
  it('missing, empty, made by the build: taken', async () => {
    const out = path.join(tmp, 'dist');
    expect(await checkOutputFolder(out)).toBe('missing');
    await mkdir(out);
    expect(await checkOutputFolder(out)).toBe('empty');
    await files(out, { 'index.html': '<p>site</p>' });
    await writeBuildMarker(out);
    expect(await checkOutputFolder(out)).toBe('marked');
  });

  it('a build from before the marker (home page, sitemap, both search bundles): taken', async () => {
    const out = path.join(tmp, 'dist');
    await files(out, { 'index.html': '', 'sitemap-index.xml': '', 'pagefind/pagefind.js': '', 'pagefind-records-0/pagefind-entry.json': '', 'deals/x/index.html': '' });
    expect(await checkOutputFolder(out)).toBe('earlier-build');
  });

  it.each([
    ['user files', { 'report.docx': 'mine' }],
    ['a site of some other kind', { 'index.html': '', 'sitemap-index.xml': '', 'pagefind/pagefind.js': '' }],
    ['a marker of another tool', { [BUILD_MARKER]: '{"tool":"other"}', 'index.html': '' }],
    ['a marker that is not JSON', { [BUILD_MARKER]: 'deal-atlas-build', 'index.html': '' }],
  ])('not made by the build (%s): refused, naming the folder and what to do', async (_, entries) => {
    const out = path.join(tmp, 'reports');
    await files(out, entries);
    const err = await checkOutputFolder(out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutDirRefusedError);
    expect((err as Error).message).toContain(`${out} exists and was not made by this site's build (no ${BUILD_MARKER} file in it)`);
    expect((err as Error).message).toMatch(/Move it away or delete it, or set OUT_DIR to a folder that is empty or does not exist yet/);
  });

  it('a file, or a link (even to a folder the build made): refused', async () => {
    await writeFile(path.join(tmp, 'dist'), 'a file');
    await expect(checkOutputFolder(path.join(tmp, 'dist'))).rejects.toThrow(/exists and is not a folder/);
    const site = path.join(tmp, 'www');
    await mkdir(site);
    await writeBuildMarker(site);
    await symlink(site, path.join(tmp, 'linked'));
    await expect(checkOutputFolder(path.join(tmp, 'linked'))).rejects.toThrow(/is a symbolic link/);
  });
});

describe('retired copies', () => {
  /** A published build, as the build leaves it. */
  async function builtDist(name = 'dist'): Promise<string> {
    const out = path.join(tmp, name);
    await files(out, { 'index.html': '<p>site</p>', 'deals/a/index.html': 'a', 'pdf/briefings/q3.pdf': 'pdf', 'pdf/topics/t.pdf': 'pdf' });
    await writeBuildMarker(out);
    return out;
  }

  it('retire() marks the folder with its new name and moves it aside; only such folders are owned', async () => {
    const dist = await builtDist();
    // Look-alikes a user may have: a backup by name, a copy of dist/ (it carries the build marker), a
    // folder named exactly like a retired copy, and a copy of a real retired copy under another name.
    await files(path.join(tmp, 'dist.old-backup-before-q3'), { 'notes.txt': 'mine' });
    await cp(dist, path.join(tmp, 'dist.old-backup'), { recursive: true });
    await files(path.join(tmp, 'dist.old-1700000000000-1'), { 'keep.txt': 'mine' });
    const retired = (await retire(dist))!;
    expect(path.basename(retired)).toMatch(/^dist\.old-\d+-\d+$/);
    expect(existsSync(dist)).toBe(false);
    expect(await readRetiredNote(retired)).toMatchObject({ tool: 'deal-atlas-build', retiredAs: path.basename(retired), pid: process.pid });
    await cp(retired, path.join(tmp, 'dist.old-1700000000000-2'), { recursive: true });
    expect(await inspectRetired(dist)).toEqual({
      owned: [{ path: retired, note: expect.anything() }],
      unmarked: [path.join(tmp, 'dist.old-1700000000000-1'), path.join(tmp, 'dist.old-1700000000000-2')],
    });
    expect(await retiredCopies(dist)).toEqual([retired]);
    expect(await retire(dist), 'nothing to retire').toBeUndefined();
  });

  it('retire() that cannot rename leaves dist/ as it was (no marker left in it) and says what failed', async () => {
    const dist = await builtDist();
    vi.spyOn(Date, 'now').mockReturnValue(1234);
    await files(path.join(tmp, `dist.old-1234-${process.pid}`), { 'x.txt': 'in the way' });
    await expect(retire(dist)).rejects.toThrow(new RegExp(`could not move ${dist} aside to replace it \\((ENOTEMPTY|EEXIST)\\)`));
    expect((await readdir(dist)).sort()).toEqual([BUILD_MARKER, 'deals', 'index.html', 'pdf']);
  });

  it('removeRetired deletes a copy the build retired, and nothing else', async () => {
    const retired = (await retire(await builtDist()))!;
    const mine = path.join(tmp, 'dist.old-backup');
    await files(mine, { 'notes.txt': 'mine' });
    const lookalike = path.join(tmp, 'dist.old-1-1');
    await files(lookalike, { 'keep.txt': 'mine' });
    for (const f of [retired, mine, lookalike]) expect(await removeRetired(f)).toBeUndefined();
    expect(existsSync(retired)).toBe(false);
    expect(await readFile(path.join(mine, 'notes.txt'), 'utf8')).toBe('mine');
    expect(await readFile(path.join(lookalike, 'keep.txt'), 'utf8')).toBe('mine');
  });

  /** fs.rm that fails with EACCES on `stuck` and on any folder holding it, as for a read-only folder. */
  const failingOn = (stuck: string): RemoveFn => async (p, opts) => {
    if (stuck === p || stuck.startsWith(p + path.sep)) throw Object.assign(new Error(`EACCES: permission denied, unlink '${stuck}'`), { code: 'EACCES' });
    await rm(p, opts);
  };

  it('a copy that cannot be deleted entirely: the rest goes, the marker stays with what was stuck, reported once at the next build', async () => {
    const retired = (await retire(await builtDist()))!;
    const stuck = path.join(retired, 'pdf/briefings/q3.pdf');
    const failed = await removeRetired(retired, failingOn(stuck));
    expect(failed).toEqual({ code: 'EACCES', path: 'pdf/briefings/q3.pdf' });
    // Not a full copy left behind: only the stuck file (and its folders) and the marker.
    expect((await readdir(retired)).sort()).toEqual([RETIRED_MARKER, 'pdf']);
    expect(await readdir(path.join(retired, 'pdf')), 'the rest of pdf/ kept').toEqual(['briefings']);
    expect(await readdir(path.join(retired, 'pdf/briefings'))).toEqual(['q3.pdf']);
    expect((await readRetiredNote(retired))?.failed).toEqual(failed);

    const warnings = leftoverWarnings(await inspectRetired(path.join(tmp, 'dist')), () => false);
    expect(warnings).toEqual([
      `build: could not delete ${path.basename(retired)}/, a copy of dist/ an earlier build replaced (EACCES on pdf/briefings/q3.pdf); delete it yourself, e.g. sudo rm -rf '${retired}'`,
    ]);
    // Once the cause is gone, the next attempt deletes it.
    expect(await removeRetired(retired)).toBeUndefined();
    expect(existsSync(retired)).toBe(false);
  });

  it('leftoverWarnings: nothing for a copy still being deleted, or left by an interrupted deletion; one line per look-alike', () => {
    const note = (extra: Partial<RetiredNote>): RetiredNote => ({ tool: 'deal-atlas-build', retiredAs: 'dist.old-1-1', pid: 1, time: '', ...extra });
    const failed = { code: 'EPERM', path: 'pdf' };
    const copy = (n: RetiredNote) => ({ path: '/w/dist.old-1-1', note: n });
    expect(leftoverWarnings({ owned: [copy(note({ removerPid: 42, failed }))], unmarked: [] }, (pid) => pid === 42)).toEqual([]);
    expect(leftoverWarnings({ owned: [copy(note({ removerPid: 42 }))], unmarked: [] }, () => false)).toEqual([]);
    expect(leftoverWarnings({ owned: [copy(note({ removerPid: 42, failed }))], unmarked: [] }, () => false)).toHaveLength(1);
    expect(leftoverWarnings({ owned: [], unmarked: ["/w/dist.old-2-2"] })).toEqual([
      'build: left alone dist.old-2-2/: named like a replaced copy but not marked as one by this build (from an older version, or not a build\'s). Delete it yourself if it is not needed.',
    ]);
  });

  it.skipIf(isRoot)('the remover (real permissions): a read-only folder in one copy does not keep the next copy on disk', async () => {
    // As root permissions do not apply and this cannot be simulated; the injected failure above covers the logic.
    const first = (await retire(await builtDist()))!;
    await new Promise((r) => setTimeout(r, 5)); // a new name (time in ms)
    const second = (await retire(await builtDist()))!;
    await chmod(path.join(first, 'pdf/briefings'), 0o555);
    try {
      const r = spawnSync(NODE, [REMOVER, first, second], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(second), 'the copy after the stuck one was not deleted').toBe(false);
      expect((await readdir(first)).sort()).toEqual([RETIRED_MARKER, 'pdf']);
      expect((await readRetiredNote(first))?.failed).toEqual({ code: 'EACCES', path: 'pdf/briefings/q3.pdf' });
      expect(leftoverWarnings(await inspectRetired(path.join(tmp, 'dist')))).toHaveLength(1);
    } finally {
      await chmod(path.join(first, 'pdf/briefings'), 0o755);
    }
  });

  it.skipIf(isRoot)('a copy whose own folder is read-only (the remover cannot even note its failure): reported at the next build', async () => {
    const retired = (await retire(await builtDist()))!;
    await chmod(retired, 0o555);
    try {
      expect(leftoverWarnings(await inspectRetired(path.join(tmp, 'dist')))).toEqual([
        `build: could not delete ${path.basename(retired)}/, a copy of dist/ an earlier build replaced (EACCES on the folder itself); delete it yourself, e.g. sudo rm -rf '${retired}'`,
      ]);
    } finally {
      await chmod(retired, 0o755);
    }
  });

  it('the remover process deletes each copy it is given, after one it cannot (as root: an unmarked one it refuses)', async () => {
    const lookalike = path.join(tmp, 'dist.old-1-1');
    await files(lookalike, { 'keep.txt': 'mine' });
    const retired = (await retire(await builtDist()))!;
    const r = spawnSync(NODE, [REMOVER, lookalike, retired], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(retired)).toBe(false);
    expect(await readFile(path.join(lookalike, 'keep.txt'), 'utf8')).toBe('mine');
  });
});
