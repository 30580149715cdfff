// File-system mistakes under data/ and content/ stop `node scripts/build.ts` like any data problem: exit 1,
// one located line each on stderr, no stack trace, and nothing published (no dist/). Before,
// a folder named like a data file stopped the build with an EISDIR stack trace, and a link out of the
// project was read and published. Unit coverage: tests/unit/validate/file-system.test.ts.
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

// The impossible values issue 14 found accepted, all in one copy: every one reported in one run, each at
// its file, record and field, and nothing published. Unit coverage: tests/unit/validate/plausibility.test.ts.
describe('impossible values stop `node scripts/build.ts`', () => {
  let copy = '';
  let res: BuildResult;
  const LONG = `${'a-very-long-deal-id-'.repeat(6)}2025`;
  beforeAll(async () => {
    copy = await copyProject('deal-atlas-impossible-');
    const edit = async (rel: string, change: (text: string) => string) => {
      const file = path.join(copy, rel);
      const text = await readFile(file, 'utf8');
      const next = change(text);
      expect(next, `edit of ${rel}`).not.toBe(text);
      await writeFile(file, next);
    };
    const json = (rel: string, change: (v: any) => void) => edit(rel, (t) => { const v = JSON.parse(t); change(v); return JSON.stringify(v, null, 2); }); // eslint-disable-line @typescript-eslint/no-explicit-any
    await json('data/metrics/china-asset-stage-share.json', (m) => { m.points[0].value = 150; });
    await json('data/metrics/korea-licensing-exports.json', (m) => { m.points[0].period = '2025-Q5'; });
    await json('data/companies.json', (cs) => {
      cs.find((c: { id: string }) => c.id === 'remegen').name = 'Reme\u202Elive\u202C Gen';
      cs.push({ ...cs.find((c: { id: string }) => c.id === 'abbvie'), id: 'con', name: 'Con Pharma' });
    });
    await json('data/deals.json', (ds) => {
      ds.find((d: { id: string }) => d.id === 'olix-lilly-2025').announced = { value: '2099-01', precision: 'month' };
      const copyOf = (id: string, newId: string) => ({ ...JSON.parse(JSON.stringify(ds.find((d: { id: string }) => d.id === id))), id: newId });
      ds.push(copyOf('remegen-abbvie-2026', 'remegen\u200B-copy-2026'), copyOf('remegen-abbvie-2026', LONG));
    });
    // JSON.stringify cannot write 1e309: put it in the text.
    await edit('data/deals.json', (t) => t.replace(/("id": "alteogen-astrazeneca-2025"[\s\S]*?"amount": )\d+/, '$11e309'));
    res = await build(copy);
  });

  it('exit 1, each mistake at its file, record and field, nothing published', () => {
    const why = describeBuild(res);
    expect(res.code, why).toBe(1);
    expect(res.stderr, why).not.toMatch(/ENAMETOOLONG|^\s+at /m);
    const lines = problemLines(res.stderr);
    const expected: RegExp[] = [
      /data\/metrics\/china-asset-stage-share\.json › record "china-asset-stage-share" › field "points\.0\.value": .*150.*0.*100/,
      /data\/metrics\/korea-licensing-exports\.json › record "korea-licensing-exports" › field "points\.0\.period": .*2025-Q5/,
      /data\/companies\.json › record "remegen" › field "name": contains U\+202E RIGHT-TO-LEFT OVERRIDE at character 5/,
      /data\/companies\.json › record "con" › field "id": "con" is a device name Windows reserves/,
      /data\/deals\.json › record "olix-lilly-2025" › field "announced(\.value)?": .*"2099-01" is in the future/,
      /data\/deals\.json › record "remegen<U\+200B>-copy-2026" › field "id": contains U\+200B ZERO WIDTH SPACE at character 8/,
      new RegExp(`data/deals\\.json › record "${LONG}" › field "id": is ${LONG.length} characters long; keep ids to 100 or fewer`),
      /data\/deals\.json › record "alteogen-astrazeneca-2025" › field "terms\.\w+\.amount": is infinite: too large for a number/,
    ];
    for (const re of expected) expect(lines.filter((l) => re.test(l)), `${re}\n${lines.join('\n')}`).toHaveLength(1);
    expect(existsSync(path.join(copy, 'dist')), 'dist/ created').toBe(false);
  });
});
