// Cross-reference problems: a reference to an unknown id names where it is and lists the valid ids.
import { afterAll, describe, expect, it } from 'vitest';
import { at, FIXTURE_CHART_IDS, problemsOf, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

async function only(mutate: Parameters<typeof problemsOf>[0], file: string, record: string, field: string) {
  const problems = await problemsOf(mutate);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  expect(at(problems, file, record, field), JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!.message;
}

describe('duplicates', () => {
  it('a duplicate deal id names both positions', async () => {
    const msg = await only((s) => (s.deals[1].id = s.deals[0].id), 'data/deals.json', 'acme-bigpharma-2025', 'id');
    expect(msg).toBe('duplicate id "acme-bigpharma-2025" (records #0 and #1): ids must be unique');
  });

  it('a duplicate company id', async () => {
    const msg = await only((s) => s.companies.push({ ...s.companies[0], name: 'Acme again' }), 'data/companies.json', 'acme-bio', 'id');
    expect(msg).toContain('(records #0 and #3)');
  });
});

describe('references', () => {
  it('a deal naming an unknown company lists the company ids', async () => {
    const msg = await only((s) => (s.deals[0].licensee = 'nobody'), 'data/deals.json', 'acme-bigpharma-2025', 'licensee');
    expect(msg).toBe('unknown company "nobody"; expected one of: acme-bio, bigpharma, bigpharma-rd');
  });

  it('a deal citing an unknown source', async () => {
    const msg = await only((s) => s.deals[1].sources.push({ source: 'src-z', locator: '¶1' }), 'data/deals.json', 'acme-bigpharma-rd-2024', 'sources.1.source');
    expect(msg).toBe('unknown source "src-z"; expected one of: src-a');
  });

  it('a metric point citing an unknown source', async () => {
    const msg = await only((s) => (s.metrics.x.points[2].sources[0].source = 'src-z'), 'data/metrics/x.json', 'x', 'points.2.sources.0.source');
    expect(msg).toMatch(/^unknown source "src-z"; expected one of: src-a$/);
  });

  it('a company whose parent is unknown', async () => {
    const msg = await only((s) => (s.companies[2].parent = 'megapharma'), 'data/companies.json', 'bigpharma-rd', 'parent');
    expect(msg).toMatch(/^unknown company "megapharma"/);
  });

  it('companies whose parents point at each other: one problem naming the loop', async () => {
    // bigpharma-rd's parent is bigpharma; make bigpharma's parent bigpharma-rd.
    const msg = await only((s) => (s.companies[1].parent = 'bigpharma-rd'), 'data/companies.json', 'bigpharma', 'parent');
    expect(msg).toBe('the parent chain loops: bigpharma → bigpharma-rd → bigpharma');
  });

  it('an upfront larger than the total it is part of', async () => {
    const msg = await only((s) => (s.deals[0].terms.upfront = { disclosure: 'given', amount: 5e9, currency: 'USD', qualifier: 'exact', usd: 5e9 }), 'data/deals.json', 'acme-bigpharma-2025', 'terms.upfront.amount');
    expect(msg).toBe('the upfront ($5B) is larger than the total ($1B), which includes it');
  });

  it('an upfront above a total that is only a floor ("more than") is not a contradiction', async () => {
    expect(
      await problemsOf((s) => {
        s.deals[0].terms.upfront = { disclosure: 'given', amount: 5e9, currency: 'USD', qualifier: 'exact', usd: 5e9 };
        s.deals[0].terms.total.qualifier = 'more-than';
      }),
    ).toEqual([]);
  });

  it('a topic naming an unknown chart lists the chart ids', async () => {
    const msg = await only((s) => s.topics[0].charts.push('nope'), 'data/topics.json', 'licensing', 'charts.1');
    expect(msg).toBe(`unknown chart "nope"; expected one of: ${[...FIXTURE_CHART_IDS].sort().join(', ')}`);
  });

  it('a topic naming an unknown deal', async () => {
    const msg = await only((s) => (s.topics[0].deals.ids = ['acme-bigpharma-2025', 'ghost-deal']), 'data/topics.json', 'licensing', 'deals.ids.1');
    expect(msg).toMatch(/^unknown deal "ghost-deal"; expected one of: acme-bigpharma-2025, acme-bigpharma-rd-2024$/);
  });

  it('a topic naming an unknown metric series', async () => {
    const msg = await only((s) => (s.topics[0].metrics = ['y']), 'data/topics.json', 'licensing', 'metrics.0');
    expect(msg).toBe('unknown metric series "y"; expected one of: x');
  });
});

describe('empty and broken files', () => {
  it('an empty deals.json is one problem (plus the references into it)', async () => {
    const problems = await problemsOf((s) => (s.deals = []));
    expect(at(problems, 'data/deals.json', '', '')[0]?.message).toMatch(/no deals: the dataset is empty/);
    // the topic and the briefing referred to the deal: those references are reported too, each located.
    expect(problems.every((p) => p.file && p.message)).toBe(true);
    expect(at(problems, 'data/topics.json', 'licensing', 'deals.ids.0')).toHaveLength(1);
  });

  it('a missing file', async () => {
    const problems = await problemsOf((s) => s.omit.push('data/topics.json'));
    expect(problems).toEqual([{ file: 'data/topics.json', record: '', field: '', message: 'file is missing' }]);
  });

  it('an empty file', async () => {
    const problems = await problemsOf((s) => (s.raw['data/companies.json'] = ''));
    expect(problems).toEqual([{ file: 'data/companies.json', record: '', field: '', message: 'file is empty (expected JSON)' }]);
  });

  it('a file that does not parse does not also make every reference into it "unknown"', async () => {
    const problems = await problemsOf((s) => (s.raw['data/sources.json'] = '[{"id": "src-a",}]'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/sources.json', message: expect.stringContaining('line 1') });
  });

  it('a record that fails its schema is still a known id for references', async () => {
    const problems = await problemsOf((s) => (s.deals[0].stage = 'phase-9'));
    expect(problems).toHaveLength(1);
    expect(at(problems, 'data/deals.json', 'acme-bigpharma-2025', 'stage')[0]?.message).toMatch(/phase-1/);
  });
});
