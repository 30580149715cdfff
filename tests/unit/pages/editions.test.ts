// The editions list and an edition's page on a fixture site: edition e1 published with a snapshot of the
// base data, e2 in preparation over today's data, which adds a deal and a company, corrects a deal's
// headline value and revises a figure; briefing "a" in e1 quotes e1's snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureContent } from '../../helpers/fixture-content.ts';
import { removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';
import { editionDealsPage, editionPage, editionsIndexPage } from '../../../src/lib/pages/editions.ts';
import { briefingPage } from '../../../src/lib/pages/briefing.ts';
import { briefingAsOf, chartAsOf } from '../../../src/lib/editions.ts';
import { getChart } from '../../../src/charts/registry.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';

function twoEditions(s: SiteFiles) {
  s.raw['data/editions.json'] = JSON.stringify([
    { id: 'e1', label: 'Q1 2025', period: '2025-Q1', published: '2025-03-31' },
    { id: 'e2', label: 'Q2 2025', period: '2025-Q2', published: '2025-06-30' },
  ]);
  const { sources, companies, deals } = structuredClone(s);
  s.raw['data/editions/e1.json'] = JSON.stringify({ edition: 'e1', taken: '2025-03-31', sources, companies, deals, metrics: [structuredClone(s.metrics.x)] });
  (s.briefings.a as { frontmatter: Record<string, unknown> }).frontmatter.edition = 'e1';
  // Today: a second source corrects the headline value and revises a figure; a new company and deal.
  s.sources.push({ ...s.sources[0], id: 'src-b', title: 'Report B', date: '2025-06' });
  s.deals[0].terms.total = { disclosure: 'given', amount: 1200000000, currency: 'USD', qualifier: 'up-to' };
  s.deals[0].sources.push({ source: 'src-b', locator: '¶7' });
  s.metrics.x.points[0] = { ...s.metrics.x.points[0], value: 5600000000, sources: [{ source: 'src-b', locator: '¶9' }] };
  s.companies.push({ id: 'newco', name: 'NewCo', country: 'CN', kind: 'biotech', sources: [{ source: 'src-b', locator: '¶3' }] });
  s.deals.push({ ...structuredClone(s.deals[1]), id: 'newco-bigpharma-2025', licensor: 'newco', sources: [{ source: 'src-b', locator: '¶3' }] });
}

let site: SiteContent;
beforeAll(async () => (site = await fixtureContent(twoEditions)));
afterAll(removeSites);

describe('charts as of an edition', () => {
  it('a chart in a published edition draws its snapshot and says when today\'s figures differ', () => {
    const def = getChart('top-deals'); // reads the deals' headline values: today corrects one, 1B → 1.2B
    const rows = (ds: Parameters<typeof def.rows>[0]) => def.rows(ds);
    const asOf = briefingAsOf('e1', site.editions)!;
    const then = chartAsOf(rows, site.dataset, asOf);
    expect(then.revisedSince).toBe('Q1 2025');
    const values = (ds: Parameters<typeof def.rows>[0]) => JSON.stringify(rows(ds).map((r) => r.value));
    expect(values(site.dataset)).toContain('1200000000'); // today's corrected figure
    expect(values(then.dataset)).not.toContain('1200000000'); // the edition's
    expect(values(then.dataset)).toContain('1000000000');
    expect(chartAsOf(rows, then.dataset, asOf).revisedSince).toBeUndefined(); // the same figures: no note
    expect(chartAsOf(rows, site.dataset, undefined)).toEqual({ dataset: site.dataset }); // no edition: today's
    // The edition page draws its charts as of the edition too.
    expect(editionPage(site.dataset, site.briefings, site.editions, 'e1', 'en').asOf?.edition.id).toBe('e1');
    expect(editionPage(site.dataset, site.briefings, site.editions, 'e2', 'en').asOf).toBeUndefined();
  });
});

describe('an edition\'s deals (its report\'s appendix)', () => {
  it('the deals its briefings discuss and those new since the edition before, as the edition recorded them', () => {
    const first = editionDealsPage(site.dataset, site.briefings, site.editions, 'e1', 'en');
    expect(first.deals.map((d) => d.id)).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']); // the first edition: all it had
    expect(first.deals[0]!.terms.total).toMatchObject({ amount: 1000000000 }); // as e1 recorded it, not today's 1.2B
    expect(editionDealsPage(site.dataset, site.briefings, site.editions, 'e2', 'en').deals.map((d) => d.id)).toEqual(['newco-bigpharma-2025']);
    expect(() => editionDealsPage(site.dataset, site.briefings, site.editions, 'nope', 'en')).toThrow(/unknown edition/);
  });
});

describe('a reconstructed edition', () => {
  it('says so in words, dated as pages date, without the editors\' note of source ids', async () => {
    const site = await fixtureContent((s) => {
      twoEditions(s);
      const snap = JSON.parse(s.raw['data/editions/e1.json']!);
      s.raw['data/editions/e1.json'] = JSON.stringify({ ...snap, taken: '2026-12-07', reconstructed: 'Kept: records citing src-a.' });
    });
    const page = editionPage(site.dataset, site.briefings, site.editions, 'e1', 'en');
    expect(page.reconstructed).toBe(true);
    expect(page.state).toMatch(/^Reconstructed: this edition's data were set down on 7 December 2026, after it was published/);
    expect(page.state).not.toContain('src-a');
  });
});

describe('edition pages', () => {
  it('the list: newest first, each with its status and briefings', () => {
    const page = editionsIndexPage(site.editions, site.briefings, 'en');
    expect(page.editions.map((e) => [e.label.text, e.status, e.briefings.map((b) => b.href)])).toEqual([
      ['Q2 2025', 'in preparation', []],
      ['Q1 2025', 'published', ['/briefings/a/']],
    ]);
  });

  it('the first edition: its briefing and charts, nothing to compare with', () => {
    const page = editionPage(site.dataset, site.briefings, site.editions, 'e1', 'en');
    expect(page.briefings.map((b) => b.href)).toEqual(['/briefings/a/']);
    expect(page.charts).toEqual(['korea-licensing-exports']);
    expect(page.since).toBeUndefined();
    expect(page.state).toBe('Data as of 31 March 2025, kept unchanged since.');
  });

  it('since the previous edition: each change with its sources', () => {
    const page = editionPage(site.dataset, site.briefings, site.editions, 'e2', 'en');
    expect(page.previous).toEqual({ href: '/editions/e1/', label: { text: 'Q1 2025' } });
    expect(page.state).toMatch(/^Not yet published/);
    const src = (locator: string) => [{ href: '/sources/#src-b', text: `Report B, ${locator}` }];
    expect(page.since).toEqual({
      newDeals: [{ href: '/deals/newco-bigpharma-2025/', text: 'NewCo → BigPharma R&D: AB-202', sources: src('¶3') }],
      changedTerms: [{ deal: { href: '/deals/acme-bigpharma-2025/', text: 'Acme Bio → BigPharma: AB-101' }, term: 'Headline value', old: 'up to $1B', new: 'up to $1.2B', sources: src('¶7') }],
      statusChanges: [],
      newCompanies: [{ href: '/companies/newco/', text: 'NewCo', country: 'China', sources: src('¶3') }],
      revisedFigures: [
        {
          series: 'Series X',
          what: '2024',
          old: { text: '$5.5B', dated: 'March 2025', sources: [{ href: '/sources/#src-a', text: 'A news report, ¶4' }] },
          new: { text: '$5.6B', dated: 'June 2025', sources: src('¶9') },
        },
      ],
    });
    expect(page.sources.map((s) => s.title)).toEqual(['Report B', 'A news report']);
  });

  it("a briefing of the published edition quotes its snapshot and names it", () => {
    const entry = site.briefings.find((b) => b.id === 'a')!;
    const page = briefingPage(site.dataset, { entry }, [], site.editions);
    expect(page.asOf?.edition.id).toBe('e1');
    expect(page.asOf?.state.deals.find((d) => d.id === 'acme-bigpharma-2025')?.terms.total?.amount).toBe(1000000000);
    expect(page.edition).toMatchObject({ href: '/editions/e1/', label: 'Q1 2025' });
    expect(page.edition?.note).toMatch(/^Published in the Q1 2025 edition: figures are quoted as of that edition;/);
  });
});

describe('edition pages in Korean and Chinese', () => {
  let translated: SiteContent;
  beforeAll(async () => {
    translated = await fixtureContent((s) => {
      twoEditions(s);
      // e1 has Korean words (validated with the edition); e2 and Chinese fall back to English.
      const editions = JSON.parse(s.raw['data/editions.json']!);
      editions[0].translations = { ko: { label: '2025년 1분기' } };
      s.raw['data/editions.json'] = JSON.stringify(editions);
    });
  });

  it('the list: labels in the language or marked English, statuses and dates in its words, links into it', () => {
    const page = editionsIndexPage(translated.editions, translated.briefings, 'ko');
    expect(page.editions.map((e) => [e.label, e.status, e.published, e.briefings.map((b) => b.href)])).toEqual([
      [{ text: 'Q2 2025', lang: 'en' }, '준비 중', '2025년 6월 30일', []],
      [{ text: '2025년 1분기' }, '발행됨', '2025년 3월 31일', ['/ko/briefings/a/']],
    ]);
  });

  it("an edition's page: its title, period and state in Korean", () => {
    const page = editionPage(translated.dataset, translated.briefings, translated.editions, 'e1', 'ko');
    expect(page.title).toEqual({ text: '2025년 1분기 호' });
    expect(page.period).toBe('2025년 1월 1일~2025년 3월 31일');
    expect(page.state).toBe('2025년 3월 31일 기준 데이터이며, 이후 변경하지 않았습니다.');
    expect(page.briefings[0]).toMatchObject({ href: '/ko/briefings/a/', title: { text: 'A briefing', lang: 'en' }, date: '2025년 3월 28일' });
    expect(editionDealsPage(translated.dataset, translated.briefings, translated.editions, 'e1', 'ko').title).toEqual({ text: '2025년 1분기 호의 거래' });
  });

  it('what changed, in Chinese: terms, figures and dates its way; sources linked into /zh/ and marked English', () => {
    const page = editionPage(translated.dataset, translated.briefings, translated.editions, 'e2', 'zh-Hans');
    expect(page.title).toEqual({ text: 'Q2 2025版', lang: 'en' });
    expect(page.previous).toEqual({ href: '/zh/editions/e1/', label: { text: 'Q1 2025', lang: 'en' } });
    expect(page.state).toBe('尚未发布：本页显示当前数据，发布当日起将固定为当日的数据。');
    const src = (locator: string) => [{ href: '/zh/sources/#src-b', text: `Report B, ${locator}`, lang: 'en' }];
    expect(page.since?.changedTerms).toEqual([
      { deal: { href: '/zh/deals/acme-bigpharma-2025/', text: 'Acme Bio → BigPharma: AB-101' }, term: '总交易额', old: '最高10亿美元', new: '最高12亿美元', sources: src('¶7') },
    ]);
    expect(page.since?.revisedFigures[0]).toMatchObject({ old: { text: '55亿美元', dated: '2025年3月' }, new: { text: '56亿美元', dated: '2025年6月', sources: src('¶9') } });
    expect(page.sources[0]).toMatchObject({ href: '/zh/sources/#src-b', title: 'Report B', lang: 'en' });
    expect(page.since?.newCompanies[0]).toMatchObject({ href: '/zh/companies/newco/', text: 'NewCo', country: '中国' });
  });
});
