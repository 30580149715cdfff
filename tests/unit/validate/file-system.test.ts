// What is wrong with files and folders under data/ and content/ (a folder where a file should be, no read
// permission, a link out of the project, a pipe) is a problem naming the file and record, never an
// exception, and is reported with every other problem.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { at, FIXTURE_CHART_IDS, makeSite, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

const outsideDirs: string[] = [];
afterAll(async () => {
  await removeSites();
  await Promise.all(outsideDirs.map((d) => rm(d, { recursive: true, force: true })));
});

const dump = (v: unknown) => JSON.stringify(v, null, 1);
const isRoot = process.getuid?.() === 0;

/** Write the fixture site, change its files with `arrange`, and validate: the problems (and the dataset). */
async function validateAfter(arrange: (dir: string) => Promise<void>, mutate?: (s: SiteFiles) => void) {
  const dir = await makeSite(mutate);
  await arrange(dir);
  return { dir, ...(await readDataset(dir, FIXTURE_CHART_IDS)) };
}

/** A folder outside the site (a sibling temp dir) holding one file. */
async function outsideFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-outside-'));
  outsideDirs.push(dir);
  await writeFile(path.join(dir, name), text);
  return path.join(dir, name);
}

/** A valid series "y" (a copy of the fixture's "x"), as file text. */
async function seriesY(dir: string): Promise<string> {
  const x = JSON.parse(await readFile(path.join(dir, 'data/metrics/x.json'), 'utf8'));
  return JSON.stringify({ ...x, id: 'y' }, null, 2);
}

const FOLDER = 'is a folder, but a file is expected here: rename or move the folder';

describe('a folder where a file should be', () => {
  it('a folder named y.json in data/metrics/', async () => {
    const { problems } = await validateAfter((dir) => mkdir(path.join(dir, 'data/metrics/y.json')));
    expect(problems, dump(problems)).toEqual([{ file: 'data/metrics/y.json', record: 'y', field: '', message: FOLDER }]);
  });

  it('a folder named b.mdx in content/briefings/', async () => {
    const { problems } = await validateAfter((dir) => mkdir(path.join(dir, 'content/briefings/b.mdx')));
    expect(problems, dump(problems)).toEqual([{ file: 'content/briefings/b.mdx', record: 'b', field: '', message: FOLDER }]);
  });

  it('data/deals.json a folder: one problem, not "file is missing", and references to deals are not checked', async () => {
    const { problems } = await validateAfter(async (dir) => {
      await rm(path.join(dir, 'data/deals.json'));
      await mkdir(path.join(dir, 'data/deals.json'));
    });
    expect(problems, dump(problems)).toEqual([{ file: 'data/deals.json', record: '', field: '', message: FOLDER }]);
  });

  it('data/metrics a file, not a folder', async () => {
    const { problems } = await validateAfter(async (dir) => {
      await rm(path.join(dir, 'data/metrics'), { recursive: true });
      await writeFile(path.join(dir, 'data/metrics'), '{}');
    });
    expect(at(problems, 'data/metrics/', '', ''), dump(problems)).toEqual([{ file: 'data/metrics/', record: '', field: '', message: 'is a file, but a folder is expected here' }]);
  });
});

describe('a file that cannot be read', () => {
  const denied = 'cannot be read: permission denied (EACCES); make the file readable, e.g. chmod a+r data/metrics/x.json';

  it.skipIf(isRoot)('no read permission (EACCES): the file and record are named', async () => {
    const { problems } = await validateAfter((dir) => chmod(path.join(dir, 'data/metrics/x.json'), 0o000));
    expect(at(problems, 'data/metrics/x.json', 'x', ''), dump(problems)).toEqual([{ file: 'data/metrics/x.json', record: 'x', field: '', message: denied }]);
  });

  // Root reads a chmod 000 file regardless, so when the tests run as root the check runs as "nobody".
  it.skipIf(!isRoot)('no read permission (EACCES), validated as an unprivileged user (the tests run as root)', async (ctx) => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    // "nobody" must be able to reach the project's node (a checkout under a private home folder is not).
    const probe = spawnSync(path.join(root, 'node_modules/.bin/node'), ['-e', '0'], { uid: 65534, gid: 65534, timeout: 30_000 });
    if (probe.error || probe.status !== 0) {
      console.log(`file-system.test: skipped the EACCES check: the user "nobody" cannot run ${root}/node_modules/.bin/node here`);
      return ctx.skip();
    }
    const dir = await makeSite();
    execFileSync('chmod', ['-R', 'a+rX', dir]);
    await chmod(path.join(dir, 'data/metrics/x.json'), 0o000);
    const r = spawnSync(path.join(root, 'node_modules/.bin/node'), ['scripts/validate.ts', dir], { cwd: root, encoding: 'utf8', uid: 65534, gid: 65534, timeout: 30_000 });
    expect(r.error, 'could not run as uid 65534').toBeUndefined();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(r.stderr).toContain(`  ✗ data/metrics/x.json › record "x": ${denied}\n`);
  });
});

describe('symbolic links', () => {
  const outsideMessage = (target: string) => new RegExp(`^is a symbolic link to "${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}", outside the project \\(.+\\): the site would publish a file this project does not hold; copy the file into the project instead$`);

  it('a series file linked from outside the project: a problem, and the file is not read', async () => {
    let target = '';
    const { problems, dataset } = await validateAfter(async (dir) => {
      target = await outsideFile('y.json', await seriesY(dir));
      await symlink(target, path.join(dir, 'data/metrics/y.json'));
    });
    expect(problems, dump(problems)).toHaveLength(1);
    expect(at(problems, 'data/metrics/y.json', 'y', '')[0]?.message).toMatch(outsideMessage(target));
    expect(dataset.metrics.map((m) => m.id)).toEqual(['x']);
  });

  it('a link to /dev/zero is refused without reading it', async () => {
    const { problems } = await validateAfter((dir) => symlink('/dev/zero', path.join(dir, 'data/metrics/z.json')));
    expect(problems, dump(problems)).toHaveLength(1);
    expect(at(problems, 'data/metrics/z.json', 'z', '')[0]?.message).toMatch(outsideMessage('/dev/zero'));
  });

  it('a briefing linked from outside', async () => {
    let target = '';
    const { problems } = await validateAfter(async (dir) => {
      target = await outsideFile('b.mdx', await readFile(path.join(dir, 'content/briefings/a.mdx'), 'utf8'));
      await symlink(target, path.join(dir, 'content/briefings/b.mdx'));
    });
    expect(problems, dump(problems)).toHaveLength(1);
    expect(at(problems, 'content/briefings/b.mdx', 'b', '')[0]?.message).toMatch(outsideMessage(target));
  });

  it('data/metrics linked to a folder outside: one problem for the folder, none for the files in it', async () => {
    let target = '';
    const { problems } = await validateAfter(async (dir) => {
      target = path.dirname(await outsideFile('x.json', await readFile(path.join(dir, 'data/metrics/x.json'), 'utf8')));
      await rm(path.join(dir, 'data/metrics'), { recursive: true });
      await symlink(target, path.join(dir, 'data/metrics'));
    });
    expect(at(problems, 'data/metrics', '', ''), dump(problems)).toHaveLength(1);
    expect(at(problems, 'data/metrics', '', '')[0]!.message).toMatch(outsideMessage(target));
    expect(problems.filter((p) => p.file.startsWith('data/metrics/')), dump(problems)).toEqual([]);
  });

  it('a file validation does not read (data/notes.txt) linked from outside is still a problem', async () => {
    const { problems } = await validateAfter(async (dir) => symlink(await outsideFile('notes.txt', 'secret'), path.join(dir, 'data/notes.txt')));
    expect(problems, dump(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/notes.txt', record: '', field: '' });
  });

  it('links inside the project are fine, and read', async () => {
    const { problems, dataset } = await validateAfter(async (dir) => {
      await mkdir(path.join(dir, 'shared'));
      await writeFile(path.join(dir, 'shared/y.json'), await seriesY(dir));
      await symlink('../../shared/y.json', path.join(dir, 'data/metrics/y.json'));
    });
    expect(problems, dump(problems)).toEqual([]);
    expect(dataset.metrics.map((m) => m.id)).toEqual(['x', 'y']);
  });

  it('a link to nothing', async () => {
    const { problems } = await validateAfter((dir) => symlink('gone.json', path.join(dir, 'data/metrics/y.json')));
    expect(problems, dump(problems)).toEqual([{ file: 'data/metrics/y.json', record: 'y', field: '', message: 'is a symbolic link to "gone.json", which does not exist' }]);
  });

  it('links in a loop', async () => {
    const { problems } = await validateAfter(async (dir) => {
      await symlink('b.mdx', path.join(dir, 'content/briefings/c.mdx'));
      await symlink('c.mdx', path.join(dir, 'content/briefings/b.mdx'));
    });
    expect(problems, dump(problems)).toHaveLength(2);
    expect(at(problems, 'content/briefings/b.mdx', 'b', '')[0]?.message).toBe('is a symbolic link to "c.mdx" that cannot be read: its symbolic links go round in a loop (ELOOP)');
  });
});

describe('not a regular file', () => {
  // Reading a named pipe blocks until something writes to it: the build would hang.
  it('a named pipe data/metrics/p.json', async () => {
    const { problems } = await validateAfter(async (dir) => void execFileSync('mkfifo', [path.join(dir, 'data/metrics/p.json')]));
    expect(problems, dump(problems)).toEqual([
      { file: 'data/metrics/p.json', record: 'p', field: '', message: 'is not a regular file (a device, pipe or socket): only plain files are read' },
    ]);
  }, 10_000);
});

describe('data/redirects.json', () => {
  it('a folder, or saved as UTF-16: a problem, not an exception', async () => {
    const folder = await validateAfter((dir) => mkdir(path.join(dir, 'data/redirects.json')));
    expect(folder.problems, dump(folder.problems)).toEqual([{ file: 'data/redirects.json', record: '', field: '', message: FOLDER }]);
    const utf16 = await validateAfter((dir) => writeFile(path.join(dir, 'data/redirects.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[]', 'utf16le')])));
    expect(utf16.problems, dump(utf16.problems)).toEqual([{ file: 'data/redirects.json', record: '', field: '', message: 'saved as UTF-16; save it as UTF-8' }]);
  });
});
