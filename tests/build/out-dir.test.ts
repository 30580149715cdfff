// A build deletes only what it made (issue 14), through `node scripts/build.ts` on a project copy: a user's
// `dist.old-…` folders next to dist/ survive builds; an OUT_DIR that is empty, root-like or a folder the site
// did not make is refused before anything is written (quick: no Astro); an empty folder is taken, and a
// dist/ from before the build marker is replaced as usual. Rules in detail: tests/unit/output-folder.test.ts
// (including a replaced copy that cannot be deleted, which as root cannot be set up for a real build).
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, BUILD_MARKER_TEXT } from '../../scripts/lib/out-dir.ts';
import { retiredCopies } from '../../scripts/lib/retire-folder.ts';
import { build, copyProject, describeBuild, editJson, removeCopies, snapshot, type BuildResult } from './helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await copyProject('deal-atlas-out-dir-');
});
afterAll(removeCopies);

/** Names in the copy and next to it, to show a refused build created or removed nothing there. */
const around = async () => ({ inside: (await readdir(dir)).sort(), beside: (await readdir(path.dirname(dir))).filter((n) => n.startsWith(path.basename(dir))).sort() });

/** A refused build: exit 1 before Astro or validation started, with the reason on stderr. */
function expectRefused(r: BuildResult, message: RegExp | string): void {
  expect(r.code, describeBuild(r)).toBe(1);
  expect(r.stderr).toMatch(typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message);
  expect(r.stderr).toContain('Nothing was written or deleted.');
  expect(r.stdout, 'validation or Astro ran').not.toMatch(/build: validate/);
}

describe('refused output folders (before anything is written)', () => {
  it.each([
    ['empty', () => '', /OUT_DIR is set but empty/],
    ['the file system root', () => '/', /OUT_DIR=\/ \(\/\) is the root of the file system/],
    ['the project root', () => dir, /is the project folder or a folder that contains it/],
    ['"."', () => '.', /is the project folder or a folder that contains it/],
    ['a parent of the project', () => path.dirname(dir), /is the project folder or a folder that contains it/],
    ['the home folder', () => os.homedir(), /is (your home folder|the project folder) or a folder that contains it/],
    ['a folder inside src/', () => 'src/built', /is inside the project's src\//],
  ])('OUT_DIR %s: exit 1, says why, no folder touched', async (_, outDir, message) => {
    const raw = outDir();
    const resolved = path.resolve(dir, raw);
    const before = await around();
    const r = await build(dir, { env: { OUT_DIR: raw } });
    expectRefused(r, message);
    expect(r.stderr).toContain('set OUT_DIR to a folder');
    expect(await around()).toEqual(before);
    for (const suffix of ['.lock', '.staging', '.search', '.dataset']) expect(existsSync(resolved + suffix), resolved + suffix).toBe(false);
  });

  it('OUT_DIR at a folder the site did not make: exit 1, names it and what to do, folder untouched', async () => {
    const reports = path.join(dir, 'reports');
    await mkdir(path.join(reports, 'q3'), { recursive: true });
    await writeFile(path.join(reports, 'q3/board.txt'), 'quarterly numbers');
    await writeFile(path.join(reports, 'index.html'), '<p>my own page</p>');
    const snap = await snapshot(reports);
    const before = await around();
    const r = await build(dir, { env: { OUT_DIR: 'reports' } });
    expectRefused(r, `${reports} exists and was not made by this site's build (no ${BUILD_MARKER} file in it)`);
    expect(r.stderr).toMatch(/Move it away or delete it, or set OUT_DIR to a folder that is empty or does not exist yet/);
    expect(await snapshot(reports)).toEqual(snap);
    expect(await around()).toEqual(before);
    await rm(reports, { recursive: true });
  });
});

describe('output folders the build takes; folders next to it that are not its own', () => {
  const dist = () => path.join(dir, 'dist');
  const mine: Record<string, Record<string, string>> = {};
  /** Folders of the user's next to dist/: their files, unchanged. */
  async function expectMineUnchanged(): Promise<void> {
    for (const [name, snap] of Object.entries(mine)) {
      expect(existsSync(path.join(dir, name)), `${name}/ was deleted`).toBe(true);
      expect(await snapshot(path.join(dir, name)), `${name}/ changed`).toEqual(snap);
    }
  }

  it('an existing empty dist/ is taken; a sibling dist.old-backup/ and a dist.old-<n>-<n>/ of the user\'s survive', async () => {
    await mkdir(dist());
    await mkdir(path.join(dir, 'dist.old-backup'));
    await writeFile(path.join(dir, 'dist.old-backup/notes.txt'), 'before the quarterly update');
    // Named exactly like a replaced copy, but not retired by the build: left alone, with a warning.
    await mkdir(path.join(dir, 'dist.old-1700000000000-1'));
    await writeFile(path.join(dir, 'dist.old-1700000000000-1/keep.txt'), 'mine');
    for (const n of ['dist.old-backup', 'dist.old-1700000000000-1']) mine[n] = await snapshot(path.join(dir, n));
    const r = await build(dir);
    expect(r.code, describeBuild(r)).toBe(0);
    expect(await readFile(path.join(dist(), BUILD_MARKER), 'utf8')).toBe(BUILD_MARKER_TEXT);
    expect(existsSync(path.join(dist(), 'index.html'))).toBe(true);
    await new Promise((res) => setTimeout(res, 2000)); // a background deletion, had one been started
    await expectMineUnchanged();
    expect(r.stderr).toContain('build: left alone dist.old-1700000000000-1/: named like a replaced copy but not marked as one by this build');
  }, 240_000);

  it('a second build replaces a dist/ built before the marker; the user\'s backups (one a copy of dist/) survive again', async () => {
    // A backup made by copying dist/: it carries the build's marker, and still is not the build's to delete.
    await cp(dist(), path.join(dir, 'dist.old-backup-before-q3'), { recursive: true });
    mine['dist.old-backup-before-q3'] = await snapshot(path.join(dir, 'dist.old-backup-before-q3'));
    // dist/ as a build before this change left it: no marker.
    await rm(path.join(dist(), BUILD_MARKER));
    await editJson(dir, 'data/companies.json', (cs: { id: string; name: string }[]) => {
      cs.find((c) => c.id === 'alteogen')!.name = 'Alteogen Second Build';
    });
    const r = await build(dir);
    expect(r.code, describeBuild(r)).toBe(0);
    expect(r.stdout).toContain('build: dist/ has no build marker but is an earlier build of this site: it is replaced as usual');
    expect(await readFile(path.join(dist(), 'companies/alteogen/index.html'), 'utf8')).toContain('Alteogen Second Build');
    expect(existsSync(path.join(dist(), BUILD_MARKER))).toBe(true);
    const deadline = Date.now() + 30_000;
    while ((await retiredCopies(dist())).length && Date.now() < deadline) await new Promise((res) => setTimeout(res, 200));
    expect(await retiredCopies(dist()), 'the replaced copy still on disk after 30 s').toEqual([]);
    await expectMineUnchanged();
    // Only the copy this build replaced was deleted in the background.
    expect(r.stdout).toMatch(/deleting the replaced copy in the background \(dist\.old-\d+-\d+\)\n/);
    expect((await readdir(dir)).filter((n) => n.startsWith('dist')).sort()).toEqual(['dist', 'dist.old-1700000000000-1', 'dist.old-backup', 'dist.old-backup-before-q3']);
  }, 240_000);
});
