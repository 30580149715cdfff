// Topic deal queries and company pages over the fixture dataset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { citingsOfSource, dealById, dealsForQuery, dealsOfCompany, headlineUsd, unitsOf } from '../../src/lib/queries.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { FIXTURE_CHART_IDS, makeSite, removeSites } from '../helpers/fixture-site.ts';
import { announcedOnly, terms } from '../helpers/deal-fixture.ts';

let ds: Dataset;
beforeAll(async () => {
  // The base plus a Chinese licensor with an undisclosed deal and a big undated one.
  const dir = await makeSite((s) => {
    s.companies.push({ id: 'dragon-bio', name: 'Dragon Bio', country: 'CN', kind: 'biotech', sources: [{ source: 'src-a', locator: '¶9' }] });
    const template = s.deals[0];
    s.deals.push(
      { ...template, id: 'dragon-bigpharma-2025', licensor: 'dragon-bio', announced: { value: '2025-06', precision: 'month' }, events: announcedOnly(template.sources), terms: terms({ total: { disclosure: 'undisclosed' } }) },
      { ...template, id: 'dragon-bigpharma-rd', licensor: 'dragon-bio', licensee: 'bigpharma-rd', announced: undefined, events: announcedOnly(template.sources), asset: { ...template.asset, modality: 'sirna' }, terms: terms({ upfront: { amount: 3000000000, currency: 'USD', qualifier: 'exact' } }) },
    );
  });
  const r = await readDataset(dir, FIXTURE_CHART_IDS);
  expect(r.problems).toEqual([]);
  ds = r.dataset;
});
afterAll(removeSites);

const ids = (deals: { id: string }[]) => deals.map((d) => d.id);

describe('dealsForQuery', () => {
  it('explicit ids, newest first', () => {
    expect(ids(dealsForQuery(ds, { ids: ['acme-bigpharma-rd-2024', 'acme-bigpharma-2025'] }))).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
  });

  it('licensorCountry filters by the licensor company country; undated deals last', () => {
    expect(ids(dealsForQuery(ds, { licensorCountry: ['CN'] }))).toEqual(['dragon-bigpharma-2025', 'dragon-bigpharma-rd']);
    expect(ids(dealsForQuery(ds, { licensorCountry: ['KR'] }))).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
    expect(dealsForQuery(ds, { licensorCountry: ['JP'] })).toEqual([]);
  });

  it('disclosedValue keeps deals with a USD headline or upfront, largest first', () => {
    const deals = dealsForQuery(ds, { disclosedValue: true });
    expect(ids(deals)).toEqual(['dragon-bigpharma-rd', 'acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
    const values = deals.map((d) => headlineUsd(d)!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values).toEqual([3000000000, 1000000000, 150000000]); // upfront only; USD total; KRW total's stated usd
  });

  it('filters combine (country and modality)', () => {
    expect(ids(dealsForQuery(ds, { licensorCountry: ['CN'], modality: ['sirna'] }))).toEqual(['dragon-bigpharma-rd']);
  });
});

describe('dealsOfCompany', () => {
  it("a parent's page includes its units' deals", () => {
    const { asLicensee, asLicensor } = dealsOfCompany(ds, 'bigpharma');
    expect(ids(asLicensee)).toEqual(['dragon-bigpharma-2025', 'acme-bigpharma-2025', 'acme-bigpharma-rd-2024', 'dragon-bigpharma-rd']);
    expect(asLicensor).toEqual([]);
  });

  it("a unit's page lists only its own deals", () => {
    expect(ids(dealsOfCompany(ds, 'bigpharma-rd').asLicensee)).toEqual(['acme-bigpharma-rd-2024', 'dragon-bigpharma-rd']);
  });

  it('licensor side', () => {
    expect(ids(dealsOfCompany(ds, 'acme-bio').asLicensor)).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
  });
});

describe('lookups', () => {
  it('dealById finds a deal or nothing', () => {
    expect(dealById(ds, 'dragon-bigpharma-rd')?.licensee).toBe('bigpharma-rd');
    expect(dealById(ds, 'no-such-deal')).toBeUndefined();
  });

  it('unitsOf lists the companies whose parent it is', () => {
    expect(unitsOf(ds, 'bigpharma').map((c) => c.id)).toEqual(['bigpharma-rd']);
    expect(unitsOf(ds, 'acme-bio')).toEqual([]);
  });

  it('citingsOfSource names both parties of each citing deal, and nothing that cites another source', () => {
    const citing = citingsOfSource(ds, 'src-a', () => 'point');
    const deals = citing.filter((c) => c.kind === 'deal');
    expect(deals.length).toBeGreaterThan(0);
    for (const c of deals) {
      const d = dealById(ds, c.id)!;
      expect(d.sources.some((s) => s.source === 'src-a')).toBe(true);
      expect(c.label).toContain(' → ');
      expect(c.label).not.toContain(d.licensor); // names, not ids
    }
    expect(citing.some((c) => c.kind === 'company' && c.id === 'dragon-bio')).toBe(true);
    expect(citingsOfSource(ds, 'no-such-source', () => 'point')).toEqual([]);
  });
});
