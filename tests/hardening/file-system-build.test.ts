// File-system mistakes under data/ and content/ stop `node scripts/build.ts` like any data problem: exit 1,
// one located line each on stderr, no stack trace, and nothing published (no dist/). Before,
// a folder named like a data file stopped the build with an EISDIR stack trace, and a link out of the
// project was read and published. Unit coverage: tests/validate/file-system.test.ts.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, describeBuild, problemLines, removeCopies, type BuildResult } from './helpers.ts';

let dir = '';
let outside = '';
let r: BuildResult;

beforeAll(async () => {
  dir = await copyProject('deal-atlas-fs-input-');
  outside = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-outside-'));
  await mkdir(path.join(dir, 'data/metrics/extra.json'));
  await mkdir(path.join(dir, 'content/briefings/notes.mdx'));
  const series = JSON.parse(await readFile(path.join(dir, 'data/metrics/keytruda-revenue.json'), 'utf8'));
  await writeFile(path.join(outside, 'leak.json'), JSON.stringify({ ...series, id: 'leak' }, null, 2));
  await symlink(path.join(outside, 'leak.json'), path.join(dir, 'data/metrics/leak.json'));
  const briefing = 'content/briefings/jpm-2026-china-deals.mdx';
  const text = await readFile(path.join(dir, briefing), 'utf8');
  await writeFile(path.join(dir, briefing), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  r = await build(dir);
});
afterAll(async () => {
  await removeCopies();
  if (outside) await rm(outside, { recursive: true, force: true });
});

describe('file-system mistakes stop `node scripts/build.ts`', () => {
  it('exit 1, one located line per mistake, no stack trace, nothing published', async () => {
    const why = describeBuild(r);
    expect(r.code, why).toBe(1);
    expect(r.stdout, why).not.toMatch(/astro build|\[build\]/);
    expect(r.stderr, why).not.toMatch(/EISDIR|^\s+at /m);
    const lines = problemLines(r.stderr);
    expect(lines, why).toEqual([
      `  ✗ data/metrics/leak.json › record "leak": is a symbolic link to "${path.join(outside, 'leak.json')}", outside the project (${path.join(outside, 'leak.json')}): the site would publish a file this project does not hold; copy the file into the project instead`,
      '  ✗ data/metrics/extra.json › record "extra": is a folder, but a file is expected here: rename or move the folder',
      '  ✗ content/briefings/jpm-2026-china-deals.mdx › record "jpm-2026-china-deals": saved as UTF-16; save it as UTF-8',
      '  ✗ content/briefings/notes.mdx › record "notes": is a folder, but a file is expected here: rename or move the folder',
    ]);
    expect(r.stderr).toContain('build failed: 4 data problem(s); dist/ was left as it was.');
    expect(existsSync(path.join(dir, 'dist')), 'dist/ created').toBe(false);
    expect(existsSync(path.join(dir, 'dist.staging')), 'dist.staging/ left behind').toBe(false);
  });
});
