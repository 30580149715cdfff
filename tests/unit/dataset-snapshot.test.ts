import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import { readSnapshot, writeSnapshot } from '../../src/lib/dataset-snapshot.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { projectRoot } from '../../scripts/lib/project-copy.ts';

const dirs: string[] = [];
const tmp = async () => {
  const d = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-snapshot-'));
  dirs.push(d);
  return d;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('dataset snapshot (validation child → Astro pages)', () => {
  it('gives back the dataset and briefings exactly as read, and leaves no temporary file', async () => {
    const { dataset, briefings, problems } = await readDataset(projectRoot, chartIds);
    expect(problems).toEqual([]);
    const dir = await tmp();
    const file = path.join(dir, 'dist.dataset');
    await writeSnapshot(file, { dataset, briefings });
    const back = await readSnapshot(file, 0);
    expect(back).toEqual({ dataset, briefings });
    expect(back!.dataset.deals.length).toBeGreaterThan(0);
    expect(await readdir(dir)).toEqual(['dist.dataset']);
  });

  it('waits for a snapshot that is written later', async () => {
    const file = path.join(await tmp(), 'dist.dataset');
    const snapshot = { dataset: { sources: [], companies: [], deals: [], metrics: [], topics: [] }, briefings: [] };
    setTimeout(() => void writeSnapshot(file, snapshot), 150);
    const t0 = performance.now();
    expect(await readSnapshot(file, 5_000)).toEqual(snapshot);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('gives up after the wait when no snapshot comes (the pages then read data/ themselves)', async () => {
    const file = path.join(await tmp(), 'never-written');
    expect(await readSnapshot(file, 50)).toBeUndefined();
  });
});
