// Several mistakes in several files: every one is reported in one run, each located, none hidden by another.
import { afterAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../../src/charts/registry.ts';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { at, FIVE_MISTAKES_EXPECTED, FIVE_MISTAKES, FIXTURE_CHART_IDS, problemsOf, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

describe('all problems at once', () => {
  it('the five-mistakes fixture (3 files) yields exactly its five located problems', async () => {
    const { problems } = await readDataset(FIVE_MISTAKES, chartIds);
    expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(FIVE_MISTAKES_EXPECTED.length);
    expect(new Set(problems.map((p) => p.file)).size).toBe(3);
    for (const [file, record, field, message] of FIVE_MISTAKES_EXPECTED) {
      const found = at(problems, file, record, field);
      expect(found, `${file} › ${record} › ${field}`).toHaveLength(1);
      expect(found[0]!.message).toMatch(message);
    }
  });

  it('the same mistakes made through the generator give the same problems (fixture has not drifted)', async () => {
    const problems = await problemsOf((s) => {
      s.deals[0].terms.total.currency = 'YEN';
      s.deals[1].licensee = 'nobody';
      s.metrics.x.points[0].value = '12';
      s.metrics.x.points[1].qualifier = 'roughly';
      (s.briefings.a as { body: string }).body += '\nSee <Chart id="nope" /> below.\n';
    }, chartIds);
    const { problems: fromDisk } = await readDataset(FIVE_MISTAKES, chartIds);
    expect(problems).toEqual(fromDisk);
  });

  it('mistakes in every file kind at once: each file appears, each problem is located', async () => {
    const problems = await problemsOf((s) => {
      s.sources[0].url = 'javascript:alert(1)';
      s.companies[0].country = 'Korea';
      s.deals[1].announced = { value: '2025-02-30', precision: 'day' };
      s.topics[0].charts = ['nope'];
      s.metrics.x.points[2].upper = 1;
      (s.briefings.a as { frontmatter: Record<string, unknown> }).frontmatter.topics = ['nope'];
    }, FIXTURE_CHART_IDS);
    const files = new Set(problems.map((p) => p.file));
    for (const f of ['data/sources.json', 'data/companies.json', 'data/deals.json', 'data/topics.json', 'data/metrics/x.json', 'content/briefings/a.mdx'])
      expect(files, f).toContain(f);
    expect(problems.length).toBeGreaterThanOrEqual(6);
    for (const p of problems) {
      expect(p.record, JSON.stringify(p)).not.toBe('');
      expect(p.field, JSON.stringify(p)).not.toBe('');
      expect(p.message.length).toBeGreaterThan(10);
    }
  });
});
