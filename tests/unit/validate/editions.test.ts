// Edition membership: a briefing names an edition that exists and is dated within it; editions and their
// snapshots are validated like any data file, each problem with its file, record and field.
import { afterAll, describe, expect, it } from 'vitest';
import { at, problemsOf, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const EDITIONS = [
  { id: '2025-q1', label: 'Q1 2025', period: '2025-Q1', published: '2025-03-31' },
  { id: '2025-q2', label: 'Q2 2025', period: '2025-Q2', published: '2025-07-15' },
];

/** The base site with editions, its briefing in edition 2025-q1 (dated 2025-03-28), then `mutate`. */
const withEditions = (mutate: (s: SiteFiles, editions: Record<string, unknown>[]) => void = () => {}) => (s: SiteFiles) => {
  const editions = structuredClone(EDITIONS) as Record<string, unknown>[];
  const b = s.briefings.a as { frontmatter: Record<string, unknown> };
  b.frontmatter.edition = '2025-q1';
  mutate(s, editions);
  s.raw['data/editions.json'] = JSON.stringify(editions, null, 2);
};

const fm = (s: SiteFiles) => (s.briefings.a as { frontmatter: Record<string, unknown> }).frontmatter;

async function only(mutate: (s: SiteFiles, e: Record<string, unknown>[]) => void, file: string, record: string, field: string) {
  const problems = await problemsOf(withEditions(mutate));
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  expect(at(problems, file, record, field), JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!.message;
}

describe('editions', () => {
  it('a site with editions and a briefing in one is valid', async () => {
    expect(await problemsOf(withEditions())).toEqual([]);
  });

  it('a briefing naming an unknown edition lists the editions', async () => {
    const msg = await only((s) => (fm(s).edition = '2025-q3'), 'content/briefings/a.mdx', 'a', 'edition');
    expect(msg).toBe('unknown edition "2025-q3"; expected one of: 2025-q1, 2025-q2');
  });

  it('a briefing dated before its edition\'s period begins', async () => {
    const msg = await only((s) => (fm(s).edition = '2025-q2'), 'content/briefings/a.mdx', 'a', 'date');
    expect(msg).toMatch(/^2025-03-28 is before edition "2025-q2" \(Q2 2025\) begins on 2025-04-01/);
  });

  it('a briefing dated after its edition was published', async () => {
    const msg = await only((_, e) => (e[0]!.published = '2025-03-20'), 'content/briefings/a.mdx', 'a', 'date');
    expect(msg).toMatch(/^2025-03-28 is after edition "2025-q1" \(Q1 2025\) was published on 2025-03-20: name a later edition/);
  });

  it('a draft is not held to its edition\'s dates (it is written before the edition is out), only to its existence', async () => {
    expect(await problemsOf(withEditions((s, e) => ((e[0]!.published = '2025-03-20'), (fm(s).draft = true))))).toEqual([]);
    const msg = await only((s) => ((fm(s).draft = true), (fm(s).edition = '2025-q9')), 'content/briefings/a.mdx', 'a', 'edition');
    expect(msg).toMatch(/^unknown edition "2025-q9"/);
  });

  it('a briefing dated after its edition\'s period but before its publication belongs to it', async () => {
    expect(await problemsOf(withEditions((_, e) => Object.assign(e[0]!, { period: '2025-01', published: '2025-04-10' })))).toEqual([]);
  });

  it('an edition with a period that is no single period', async () => {
    const msg = await only((_, e) => (e[1]!.period = '2025-Q5'), 'data/editions.json', '2025-q2', 'period');
    expect(msg).toMatch(/expected one period such as 2025-Q1/);
  });

  it('a duplicate edition id', async () => {
    const msg = await only((_, e) => e.push({ ...e[1] }), 'data/editions.json', '2025-q2', 'id');
    expect(msg).toMatch(/duplicate id "2025-q2"/);
  });

  it('a snapshot of no edition', async () => {
    const msg = await only((s) => (s.raw['data/editions/2024-q4.json'] = '{}'), 'data/editions/2024-q4.json', '2024-q4', 'file name');
    expect(msg).toBe('no edition "2024-q4" in data/editions.json; expected one of: 2025-q1, 2025-q2');
  });

  it('a snapshot is validated with the record schemas', async () => {
    const snap = (s: SiteFiles) => ({ edition: '2025-q1', taken: '2025-03-31', sources: s.sources, companies: s.companies, deals: structuredClone(s.deals), metrics: [] });
    const msg = await only((s) => {
      const x = snap(s);
      x.deals[0].terms.upfront.currency = 'XXX';
      s.raw['data/editions/2025-q1.json'] = JSON.stringify(x);
    }, 'data/editions/2025-q1.json', '2025-q1', 'deals.0.terms.upfront.currency');
    expect(msg).toMatch(/expected a currency code/);
  });

  it('a snapshot naming another edition than its file', async () => {
    const msg = await only((s) => {
      s.raw['data/editions/2025-q1.json'] = JSON.stringify({ edition: '2025-q2', taken: '2025-03-31', sources: [], companies: [], deals: [], metrics: [] });
    }, 'data/editions/2025-q1.json', '2025-q1', 'edition');
    expect(msg).toBe('snapshot of "2025-q2" must be named 2025-q2.json');
  });
});
