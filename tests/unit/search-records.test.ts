// Search records for deals and companies (src/lib/search-records.ts), built from the real dataset.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import { formatTerm } from '../../src/lib/format.ts';
import type { Dataset } from '../../src/lib/dataset.ts';
import { companyRecord, dealRecord, dealTitle, RECORDS_PER_BUNDLE, recordBundlePaths, recordBundles, searchRecords } from '../../src/lib/search-records.ts';
import { LOCALE_IDS } from '../../src/lib/i18n/locales.ts';
import { companyById } from '../../src/lib/queries.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let ds: Dataset;
beforeAll(async () => {
  const r = await readDataset(root, chartIds);
  expect(r.problems).toEqual([]);
  ds = r.dataset;
});

describe('search records', () => {
  it('one per deal and per company in each language, each at its page path (no base: pagefind adds it)', () => {
    const records = searchRecords(ds);
    expect(records).toHaveLength((ds.deals.length + ds.companies.length) * LOCALE_IDS.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const r of records) {
      const segment = ({ en: '', ko: '/ko', 'zh-hans': '/zh' } as Record<string, string>)[r.language];
      expect(segment, `${r.url} ${r.language}`).toBeDefined();
      expect(r.url).toMatch(new RegExp(`^${segment}/(deals|companies)/[a-z0-9-]+/$`));
    }
  });

  it("each language's record is in the index its search page loads: pagefind's lower-cased <html lang>", () => {
    const deal = ds.deals[0]!;
    expect([dealRecord(ds, deal, 'ko'), dealRecord(ds, deal, 'zh-Hans')].map((r) => [r.url, r.language])).toEqual([
      [`/ko/deals/${deal.id}/`, 'ko'],
      [`/zh/deals/${deal.id}/`, 'zh-hans'],
    ]);
    expect(companyRecord(ds, ds.companies[0]!, 'zh-Hans').url).toBe(`/zh/companies/${ds.companies[0]!.id}/`);
  });

  it("a deal's record names both parties, the asset and the money terms as the page formats them", () => {
    const deal = ds.deals.find((d) => d.id === 'remegen-abbvie-2026')!;
    const r = dealRecord(ds, deal);
    expect(r.meta.title).toBe(dealTitle(ds, deal));
    expect(r.meta.title).toBe(`RemeGen → AbbVie: ${deal.asset.name}`);
    // The result shows the title as its link; the excerpt does not repeat it, yet a search for any word of it finds the deal.
    expect(r.content).not.toContain(r.meta.title);
    expect(r.content.startsWith('Licensor: RemeGen (CN).')).toBe(true);
    for (const word of r.meta.title.split(/[\s:→]+/).filter(Boolean)) expect(r.content).toContain(word);
    for (const k of ['upfront', 'equity', 'nearTerm', 'milestones', 'total'] as const) expect(r.content).toContain(formatTerm(deal.terms[k]));
    expect(r.content).toContain(deal.asset.name);
  });

  it('reads as sentences: no doubled full stops where a phrase already ends one', () => {
    for (const r of searchRecords(ds)) {
      expect(r.content, r.url).not.toMatch(/\.\./);
      expect(r.content, r.url).not.toMatch(/\. \./);
    }
    const c = ds.companies.find((x) => x.profile?.endsWith('.'))!;
    expect(companyRecord(ds, c).content).toContain(`${c.profile} Country: `);
  });

  it("labels each fact as the page does, so an excerpt reads as facts, not a bare list", () => {
    const deal = ds.deals.find((d) => d.id === 'remegen-abbvie-2026')!;
    const r = dealRecord(ds, deal);
    expect(r.content).toContain('Licensor: RemeGen (CN). Licensee: AbbVie (US). Announced: 12 January 2026.');
    expect(r.content).toMatch(/Headline value: up to \$5\.6B\./);
    expect(r.content).toContain('Status: Signed.');
    const unit = ds.deals.find((d) => companyById(ds, d.licensee)?.parent)!;
    expect(dealRecord(ds, unit).content).toMatch(/Licensee: [^.]+ \([A-Z]{2}\) — part of [^.]+\./);
    const abbvie = ds.companies.find((c) => c.id === 'abbvie')!;
    expect(companyRecord(ds, abbvie).content).toMatch(/Country: United States \(US\)\. Kind: [A-Z]/);
  });
});

describe('record bundles', () => {
  it('the search page names the same bundles the build writes, from the record count alone', () => {
    const n = RECORDS_PER_BUNDLE * 2 + 1;
    const records = Array.from({ length: n }, (_, i) => ({ url: `/deals/d${i}/`, language: 'en' as const, meta: { title: `d${i}` }, content: `d${i}` }));
    const bundles = recordBundles(records);
    expect(bundles.map((b) => b.records.length)).toEqual([RECORDS_PER_BUNDLE, RECORDS_PER_BUNDLE, 1]);
    expect(bundles.flatMap((b) => b.records)).toEqual(records);
    expect(recordBundlePaths(n)).toEqual(bundles.map((b) => b.path));
    expect(recordBundlePaths(RECORDS_PER_BUNDLE)).toEqual(['/pagefind-records-0/']);
    expect(recordBundlePaths(0)).toEqual([]);
  });

  it('a bundle holds the same slice of records in every language, so every search page names the same bundles', () => {
    const n = RECORDS_PER_BUNDLE + 1;
    const records = ['en', 'ko', 'zh-hans'].flatMap((language) =>
      Array.from({ length: n }, (_, i) => ({ url: `/${language}/d${i}/`, language, meta: { title: `d${i}` }, content: `d${i}` })),
    );
    const bundles = recordBundles(records);
    expect(bundles.map((b) => b.path)).toEqual(recordBundlePaths(n));
    expect(bundles.map((b) => b.records.length)).toEqual([RECORDS_PER_BUNDLE * 3, 3]);
    expect(bundles[1]!.records.map((r) => r.url)).toEqual(['/en/d2500/', '/ko/d2500/', '/zh-hans/d2500/']);
    expect(new Set(bundles.flatMap((b) => b.records))).toEqual(new Set(records));
  });
});

describe('records in the reader\'s language (fixture)', () => {
  it("a Korean record has the Korean page's labels and the company's name in Hangul, so a Korean query finds it", async () => {
    const { fixtureContent } = await import('../helpers/fixture-content.ts');
    const { removeSites } = await import('../helpers/fixture-site.ts');
    try {
      const c = await fixtureContent((s) => {
        s.companies[0].localNames = { ko: '에이크미' };
        s.companies[0].notInSources = [...(s.companies[0].notInSources ?? []), 'localNames'];
      });
      const company = c.dataset.companies[0]!;
      const ko = companyRecord(c.dataset, company, 'ko');
      expect(ko.meta.title).toBe(`에이크미 (${company.name})`);
      expect(ko.content).toContain('에이크미');
      expect(ko.content).toMatch(/국가: /);
      expect(companyRecord(c.dataset, company, 'en').content).not.toContain('에이크미');
      const deal = c.dataset.deals[0]!;
      expect(dealRecord(c.dataset, deal, 'zh-Hans').content).toMatch(/许可方|授权方|公布|宣布/);
      expect(dealRecord(c.dataset, deal, 'en').content).toContain('Licensor: ');
    } finally {
      removeSites();
    }
  });
});
