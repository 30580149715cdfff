// `npm run build` validates data/ in a child process and hands the parsed dataset to Astro's pages as a
// snapshot (src/lib/dataset-snapshot.ts), so Astro does not read and validate it a second time. These
// builds run `astro build` directly, to show which of the two the pages used.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import { SNAPSHOT_ENV, writeSnapshot } from '../../src/lib/dataset-snapshot.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { copyProject, NODE, removeCopies } from './helpers.ts';

let dir = '';

function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b));
    child.stderr.on('data', (b: Buffer) => (output += b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const h1 = async (outDir: string, page: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(await readFile(path.join(dir, outDir, page, 'index.html'), 'utf8'))?.[1];

beforeAll(async () => {
  dir = await copyProject('deal-atlas-snapshot-');
});
afterAll(removeCopies);

describe("Astro's pages and the validated-data snapshot", () => {
  it('use the snapshot when the build names one, and read data/ themselves when it does not', async () => {
    const { dataset, briefings, problems } = await readDataset(dir, chartIds);
    expect(problems).toEqual([]);
    // A snapshot that differs from data/ in one visible place: which one a page shows tells who was read.
    dataset.companies.find((c) => c.id === 'remegen')!.name = 'RemeGen (from the snapshot)';
    const file = path.join(dir, 'test.dataset');
    await writeSnapshot(file, { dataset, briefings });

    const withSnapshot = await astroBuild('out-snapshot', { [SNAPSHOT_ENV]: file });
    expect(withSnapshot.code, withSnapshot.output.slice(-2000)).toBe(0);
    expect(await h1('out-snapshot', 'companies/remegen')).toBe('RemeGen (from the snapshot)');

    const without = await astroBuild('out-data');
    expect(without.code, without.output.slice(-2000)).toBe(0);
    expect(await h1('out-data', 'companies/remegen')).toBe('RemeGen');
  }, 180_000);
});
