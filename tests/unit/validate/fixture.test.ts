// The generated fixture site is valid as written; every other test breaks exactly one thing in it.
import { afterAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../../src/charts/registry.ts';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { baseSite, FIXTURE_CHART, makeSite, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

describe('fixture site', () => {
  it('the valid base has zero problems (fixed chart ids and the real registry)', async () => {
    const dir = await makeSite();
    expect((await readDataset(dir, [FIXTURE_CHART])).problems).toEqual([]);
    expect((await readDataset(dir, chartIds)).problems).toEqual([]);
  });

  it('reads back every record of the base', async () => {
    const base = baseSite();
    const { dataset, briefings } = await readDataset(await makeSite(), [FIXTURE_CHART]);
    expect(dataset.sources.map((s) => s.id)).toEqual(base.sources.map((s) => s.id));
    expect(dataset.companies.map((c) => c.id)).toEqual(base.companies.map((c) => c.id));
    expect(dataset.deals.map((d) => d.id)).toEqual(base.deals.map((d) => d.id));
    expect(dataset.topics.map((t) => t.id)).toEqual(base.topics.map((t) => t.id));
    expect(dataset.metrics.map((m) => m.id)).toEqual(Object.keys(base.metrics));
    expect(briefings.map((b) => b.slug)).toEqual(Object.keys(base.briefings));
  });

  it('each makeSite call gets its own dir, and mutations do not leak into the next base', async () => {
    const a = await makeSite((s) => (s.deals = []));
    const b = await makeSite();
    expect(a).not.toBe(b);
    expect(baseSite().deals.length).toBeGreaterThan(0);
    expect((await readDataset(b, [FIXTURE_CHART])).dataset.deals.length).toBe(baseSite().deals.length);
  });
});
