// The benchmark's synthetic datasets are valid Deal Atlas input (schemas and cross-references) and
// deterministic, so benchmark figures compare like with like between runs.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartIds, charts } from '../../../src/charts/registry.ts';
import { checkChartSpecs } from '../../../src/lib/validate/check-charts.ts';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { generateSyntheticData, syntheticFiles, type SyntheticData } from '../../../scripts/lib/synthetic-data.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function write(data: SyntheticData): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-synth-'));
  dirs.push(dir);
  for (const [rel, text] of syntheticFiles(data)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return dir;
}

describe('synthetic data', () => {
  for (const n of [50, 1000]) {
    it(`n=${n}: passes readDataset and the chart checks with zero problems`, async () => {
      const data = generateSyntheticData(n);
      const { dataset, briefings, problems } = await readDataset(await write(data), chartIds);
      expect(problems).toEqual([]);
      expect(checkChartSpecs(dataset, charts)).toEqual([]);
      expect(dataset.deals).toHaveLength(n);
      expect(dataset.companies.length).toBe(Math.max(4, Math.round(n / 4)));
      expect(briefings).toHaveLength(Math.max(1, Math.round(n / 100)));
      expect(dataset.topics.map((t) => t.id)).toEqual(
        ['china-asset-stage', 'korea-licensing-exports', 'modalities', 'territories', 'licensee-countries', 'capital', 'top-deals'],
      );
      // Every chart has data to draw (no empty placeholder charts in the benchmark).
      for (const def of charts) expect(def.rows(dataset).length, def.id).toBeGreaterThan(0);
    });
  }

  it('is deterministic for a seed, and the seed matters', () => {
    const a = syntheticFiles(generateSyntheticData(200, { seed: 7 }));
    const b = syntheticFiles(generateSyntheticData(200, { seed: 7 }));
    const c = syntheticFiles(generateSyntheticData(200, { seed: 8 }));
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(a.get('data/deals.json')).not.toEqual(c.get('data/deals.json'));
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => generateSyntheticData(0)).toThrow(/positive integer/);
    expect(() => generateSyntheticData(2.5)).toThrow(/positive integer/);
  });
});
