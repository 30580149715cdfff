// A failed build never touches the published dist/: neither a data mistake caught by validation nor a
// failure inside `astro build` itself. Each failure leaves dist/ byte for byte as it was, and no
// dist.staging/, dist.old-…/, dist.search/ or dist.dataset behind. A good rebuild swaps the new site in and
// deletes the replaced copy in the background.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKER_TOOL } from '../../scripts/lib/out-dir.ts';
import { RETIRED_MARKER, retiredCopies } from '../../scripts/lib/retire-folder.ts';
import { build, copyProject, describeBuild, NODE, problemLines, removeCopies, snapshot, type BuildResult } from './helpers.ts';

let dir: string;
let first: BuildResult;
let before: Record<string, string>;

/** Files of the copy changed by the current test, restored by restore(). */
const originals = new Map<string, string>();
async function change(rel: string, edit: (text: string) => string): Promise<void> {
  const file = path.join(dir, rel);
  const text = await readFile(file, 'utf8');
  if (!originals.has(rel)) originals.set(rel, text);
  const next = edit(text);
  expect(next, `edit of ${rel} changed nothing`).not.toBe(text);
  await writeFile(file, next);
}
async function restore(): Promise<void> {
  for (const [rel, text] of originals) await writeFile(path.join(dir, rel), text);
  originals.clear();
}

/** Build the broken copy and check: non-zero exit, dist/ unchanged, no staging, search or previous folder left. */
async function failingBuild(): Promise<BuildResult> {
  const r = await build(dir);
  expect(r.code, describeBuild(r)).not.toBe(0);
  expect(r.code).not.toBeNull(); // exited, not killed by the timeout
  expect(existsSync(path.join(dir, 'dist.staging')), 'dist.staging/ left behind').toBe(false);
  expect(await retiredCopies(path.join(dir, 'dist')), 'dist/ was moved aside').toEqual([]);
  expect(existsSync(path.join(dir, 'dist.search')), 'dist.search/ (search records) left behind').toBe(false);
  expect(existsSync(path.join(dir, 'dist.dataset')), 'dist.dataset (validated data for the pages) left behind').toBe(false);
  const after = await snapshot(path.join(dir, 'dist'));
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]);
  expect(changed, 'files of dist/ added, removed or changed').toEqual([]);
  return r;
}

beforeAll(async () => {
  dir = await copyProject('deal-atlas-safe-publish-');
  first = await build(dir);
  if (first.code === 0) before = await snapshot(path.join(dir, 'dist'));
});
afterAll(removeCopies);

describe('safe publishing', () => {
  it('the first build publishes dist/', () => {
    expect(first.code, describeBuild(first)).toBe(0);
    expect(Object.keys(before)).toContain('index.html');
    expect(Object.keys(before).length).toBeGreaterThan(100);
    expect(existsSync(path.join(dir, 'dist.staging'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist.dataset'))).toBe(false);
  });

  it('a deal naming an unknown company: exit 1, file › record › field on stderr, dist/ untouched', async () => {
    await change('data/deals.json', (t) => {
      const deals = JSON.parse(t) as { id: string; licensee: string }[];
      deals.find((d) => d.id === 'remegen-abbvie-2026')!.licensee = 'no-such-company';
      return JSON.stringify(deals, null, 2) + '\n';
    });
    try {
      const r = await failingBuild();
      expect(problemLines(r.stderr)).toEqual([
        expect.stringMatching(/^ {2}✗ data\/deals\.json › record "remegen-abbvie-2026" › field "licensee": unknown company "no-such-company"; /),
      ]);
      expect(r.stderr).toMatch(/dist\/ was left as it was/);
    } finally {
      await restore();
    }
  });

  it('invalid JSON: exit 1, file and line on stderr, dist/ untouched', async () => {
    // Drop the comma after the first record's "id" line (line 3 of the file).
    await change('data/companies.json', (t) => {
      const lines = t.split('\n');
      expect(lines[2]).toMatch(/^ {4}"id": "alteogen",$/);
      lines[2] = lines[2]!.replace(/,$/, '');
      return lines.join('\n');
    });
    try {
      const r = await failingBuild();
      expect(problemLines(r.stderr)).toEqual([expect.stringMatching(/^ {2}✗ data\/companies\.json: malformed JSON at line 4, column \d+/)]);
    } finally {
      await restore();
    }
  });

  it('a syntax error in the site\'s code fails inside astro build (bundling): exit 1, dist/ untouched', async () => {
    // Data and briefings are valid (validation reads MDX bodies too, so a broken briefing stops earlier);
    // the bundler rejects the component.
    await change('src/components/Num.astro', (t) => t.replace(/^---\n/, '---\nconst broken = ;\n'));
    try {
      // Validation passes: the failure really comes from the Astro step.
      expect(() => execFileSync(NODE, ['scripts/validate.ts'], { cwd: dir, stdio: 'pipe' })).not.toThrow();
      const r = await failingBuild();
      expect(r.stdout + r.stderr).toMatch(/Num\.astro/);
      expect(r.stderr).toMatch(/build failed: .*astro.*build.*exited with 1/);
      expect(r.stderr).toMatch(/The previous dist\/ \(if any\) is unchanged/);
    } finally {
      await restore();
    }
  });

  it('a component that throws while pages are being written: exit 1, dist/ untouched', async () => {
    // Fails at render time, after Astro has already written other pages into the staging folder.
    await change('src/pages/[...locale]/sources/index.astro', (t) => t.replace(/^---\n/, "---\nthrow new Error('boom: sources page');\n"));
    try {
      const r = await failingBuild();
      expect(r.stdout + r.stderr).toMatch(/boom: sources page/);
    } finally {
      await restore();
    }
  });

  it('a build while another build into the same dist/ runs: exit 1, says so, leaves dist/ and the other build alone', async () => {
    // The other build: a live process holding the lock, with its half-written staging folder.
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    const lock = path.join(dir, 'dist.lock');
    const staging = path.join(dir, 'dist.staging');
    try {
      await writeFile(lock, String(other.pid));
      await mkdir(staging, { recursive: true });
      await writeFile(path.join(staging, 'index.html'), '<p>half-written</p>');
      const r = await build(dir);
      expect(r.code, describeBuild(r)).toBe(1);
      expect(r.stderr).toContain(`another build into the same folder is running (pid ${other.pid}`);
      expect(r.stderr).toMatch(/The previous dist\/ \(if any\) is unchanged/);
      expect(await readFile(lock, 'utf8')).toBe(String(other.pid));
      expect(await readFile(path.join(staging, 'index.html'), 'utf8')).toBe('<p>half-written</p>');
      const after = await snapshot(path.join(dir, 'dist'));
      expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual([]);
    } finally {
      other.kill();
      await rm(lock, { force: true });
      await rm(staging, { recursive: true, force: true });
    }
  });

  it('a good rebuild swaps the new site in and deletes the replaced copy in the background', async () => {
    // A lock left by a build that was killed: its process is gone, so this build takes the lock over.
    const dead = spawnSync('true');
    await writeFile(path.join(dir, 'dist.lock'), String(dead.pid));
    // A copy an earlier deletion left behind (say the machine went down mid-way): swept by this build. It
    // carries the marker retire() writes; an unmarked one would be left alone (tests/unit/output-folder.test.ts).
    const leftover = path.join(dir, 'dist.old-1-1');
    await mkdir(path.join(leftover, 'deals'), { recursive: true });
    await writeFile(path.join(leftover, 'deals/index.html'), '<p>old</p>');
    await writeFile(path.join(leftover, RETIRED_MARKER), JSON.stringify({ tool: MARKER_TOOL, retiredAs: 'dist.old-1-1', pid: 1, time: '' }));
    await change('data/companies.json', (t) => t.replace('"name": "Alteogen",', '"name": "Alteogen Rebuilt",'));
    try {
      const r = await build(dir);
      expect(r.code, describeBuild(r)).toBe(0);
      expect(await readFile(path.join(dir, 'dist/companies/alteogen/index.html'), 'utf8')).toContain('Alteogen Rebuilt');
      expect(existsSync(path.join(dir, 'dist.staging')), 'dist.staging/ left behind').toBe(false);
      expect(existsSync(path.join(dir, 'dist.lock')), 'dist.lock left behind').toBe(false);
      // The build returned before the deletion ended (it says so), and the deletion then finishes.
      expect(r.stdout).toMatch(/deleting the replaced copy in the background \(dist\.old-\d+-\d+, dist\.old-\d+-\d+\)/);
      const deadline = Date.now() + 30_000;
      while ((await retiredCopies(path.join(dir, 'dist'))).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await retiredCopies(path.join(dir, 'dist')), 'replaced copies still on disk after 30 s').toEqual([]);
    } finally {
      await restore();
    }
  });
});
