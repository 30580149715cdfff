// Page data of the home page, /briefings/ and a briefing's page, on the fixture site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingPage, briefingPaths } from '../../../src/lib/pages/briefing.ts';
import { briefingsIndexPage } from '../../../src/lib/pages/briefings-index.ts';
import { HOME_DEALS, homePage } from '../../../src/lib/pages/home.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';
import { fixtureContent } from '../../helpers/fixture-content.ts';
import { FIXTURE_CHART, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

type Briefing = { frontmatter: Record<string, unknown>; body: string };

/** The fixture plus an older briefing without a chart (Q4 2024), a draft, and a key-figure series. */
function withMore(s: SiteFiles) {
  const a = s.briefings.a as Briefing;
  const older = { ...a.frontmatter, title: 'Older', date: '2025-01-02', period: '2024-Q4', periodLabel: 'Q4 2024', deals: [] };
  s.briefings.older = { frontmatter: older, body: 'No chart, but `<Chart id="korea-licensing-exports" />` as code.\n' };
  s.briefings.draft = { frontmatter: { ...older, title: 'Draft', draft: true }, body: 'Not yet.\n' };
  s.metrics['korea-licensing-exports'] = {
    ...s.metrics.x,
    id: 'korea-licensing-exports',
    title: 'Exports',
    points: [{ period: '2024', periodLabel: '2024', value: 4.8e9, qualifier: 'about', sources: [{ source: 'src-a', locator: '¶9' }] }],
  };
}

let c: SiteContent;
beforeAll(async () => (c = await fixtureContent(withMore)));
afterAll(removeSites);

describe('home page', () => {
  it('leads with the latest briefing, then key figures with their source, topics and every published briefing', () => {
    const page = homePage(c.dataset, c.briefings, 'en');
    expect(page.latest).toEqual({ href: '/briefings/a/', title: { text: 'A briefing' }, periodLabel: { text: 'Q1 2025' }, date: '28 March 2025', summary: { text: 'What happened.' } });
    expect(page.keyFigures).toEqual([
      { value: 'about $4.8B', label: 'South Korea biotech licensing exports, 2024', source: { href: '/sources/#src-a', text: 'A news report, ¶9' } },
    ]);
    expect(page.topics).toEqual([{ href: '/topics/licensing/', title: { text: 'Licensing' }, summary: { text: 'Licensing deals.' } }]);
    expect(page.briefings.map((b) => b.title.text)).toEqual(['A briefing', 'Older']);
  });

  it('shows the first chart the latest briefing places, and so loads the figure script', () => {
    const page = homePage(c.dataset, c.briefings, 'en');
    expect(page.leadChart).toBe(FIXTURE_CHART);
    expect(page.figures).toBe(true);
  });

  it('no lead chart when the latest briefing places none (a <Chart> written as code is text)', () => {
    const page = homePage(c.dataset, c.briefings.slice(1), 'en');
    expect(page.latest?.title.text).toBe('Older');
    expect(page.leadChart).toBeUndefined();
    expect(page.figures).toBe(false);
  });

  it('the newest deals, linked, with their terms as stated; undated deals are not among them', () => {
    const undated = { ...c.dataset.deals[0]!, id: 'undated-deal', announced: undefined };
    const page = homePage({ ...c.dataset, deals: [undated, ...c.dataset.deals] }, c.briefings, 'en');
    expect(page.deals).toEqual([
      { href: '/deals/acme-bigpharma-2025/', date: '17 Mar 2025', parties: 'Acme Bio → BigPharma', asset: 'AB-101', terms: ['$50M upfront', 'up to $1B headline'] },
      { href: '/deals/acme-bigpharma-rd-2024/', date: 'Nov 2024', parties: 'Acme Bio → BigPharma R&D', asset: 'AB-202', terms: ['about ₩200B ($150M) headline'] },
    ]);
    expect(page.allDeals).toEqual({ href: '/deals/', text: 'All 3 deals in the explorer (all signed)' });
  });

  it(`at most ${HOME_DEALS} deals, newest first`, () => {
    const base = c.dataset.deals[0]!;
    const deals = [3, 9, 1, 12, 7, 5, 10].map((m) => ({ ...base, id: `d${m}`, announced: { value: `2025-${String(m).padStart(2, '0')}`, precision: 'month' as const } }));
    expect(homePage({ ...c.dataset, deals }, c.briefings, 'en').deals.map((d) => d.href)).toEqual(['d12', 'd10', 'd9', 'd7', 'd5'].map((id) => `/deals/${id}/`));
  });

  it('no briefings: no latest one and no chart', () => {
    const page = homePage(c.dataset, [], 'en');
    expect(page.latest).toBeUndefined();
    expect(page.figures).toBe(false);
  });
});

describe('home page in Korean and Chinese', () => {
  // A topic translated into Korean only: Chinese pages fall back to its English, marked as such.
  const translated = () => ({
    ...c.dataset,
    topics: c.dataset.topics.map((t) => ({ ...t, translations: { ko: { title: '라이선스', summary: '라이선스 거래.' } } })),
  });

  it('links into its own language, writes dates and figures its way, and marks English data text', () => {
    const page = homePage(translated(), c.briefings, 'ko');
    expect(page.latest).toMatchObject({ href: '/ko/briefings/a/', title: { text: 'A briefing', lang: 'en' }, date: '2025년 3월 28일' });
    expect(page.keyFigures).toEqual([
      { value: '약 48억 달러', label: '한국 바이오 기술수출 규모, 2024년', source: { href: '/ko/sources/#src-a', text: 'A news report, ¶9', lang: 'en' } },
    ]);
    expect(page.deals[0]).toEqual({
      href: '/ko/deals/acme-bigpharma-2025/', date: '2025년 3월 17일', parties: 'Acme Bio → BigPharma', asset: 'AB-101', lang: 'en',
      terms: ['계약금 5000만 달러', '총 계약 규모 최대 10억 달러'],
    });
    expect(page.allDeals).toEqual({ href: '/ko/deals/', text: '거래 탐색기에서 거래 2건 모두 보기' });
    expect(page.topics).toEqual([{ href: '/ko/topics/licensing/', title: { text: '라이선스' }, summary: { text: '라이선스 거래.' } }]);
  });

  it('in Chinese, an untranslated topic shows its English marked lang="en"', () => {
    const page = homePage(translated(), c.briefings, 'zh-Hans');
    expect(page.latest).toMatchObject({ href: '/zh/briefings/a/', date: '2025年3月28日' });
    expect(page.keyFigures[0]).toMatchObject({ value: '约48亿美元', label: '韩国生物技术授权出口额，2024年' });
    expect(page.deals[0]!.terms).toEqual(['首付款5000万美元', '总交易额最高10亿美元']);
    expect(page.topics).toEqual([{ href: '/zh/topics/licensing/', title: { text: 'Licensing', lang: 'en' }, summary: { text: 'Licensing deals.', lang: 'en' } }]);
  });
});

describe('briefings index', () => {
  it('grouped by the period covered, the latest-ending first', () => {
    const page = briefingsIndexPage(c.briefings, c.dataset);
    expect(page.groups.map((g) => [g.period, g.briefings.map((b) => b.href)])).toEqual([
      ['Q1 2025', ['/briefings/a/']],
      ['Q4 2024', ['/briefings/older/']],
    ]);
    expect(page.groups[0]!.briefings[0]).toMatchObject({ title: 'A briefing', date: '28 March 2025', summary: 'What happened.' });
  });

  it("carries the edition report's link placeholder (src/lib/edition-reports.ts), none without briefings", () => {
    expect(briefingsIndexPage(c.briefings, c.dataset).reports).toEqual([{ slot: 'reports/2025-q1' }]);
    expect(briefingsIndexPage([], c.dataset).reports).toEqual([]);
  });
});

describe('briefing page', () => {
  const paths = () => briefingPaths(c.briefings);
  const page = (slug: string, headings = []) => briefingPage(c.dataset, paths().find((p) => p.params.slug === slug)!.props, headings);

  it('one page per published briefing, newest first, each with its newer and older neighbour', () => {
    expect(paths().map((p) => [p.params.slug, p.props.newer?.id, p.props.older?.id])).toEqual([
      ['a', undefined, 'older'],
      ['older', 'a', undefined],
    ]);
    expect(page('a').older).toMatchObject({ href: '/briefings/older/', title: 'Older', lang: undefined });
    expect(page('a').newer).toBeUndefined();
  });

  it('loads the figure script only when its text places a chart (code is text)', () => {
    expect(page('a').figures).toBe(true);
    expect(page('older').figures).toBe(false);
  });

  it('title block, report cover, PDF slot, topics', () => {
    const p = page('a');
    expect(p).toMatchObject({ title: 'A briefing', authors: 'Deal Atlas', published: '28 March 2025', periodLabel: 'Q1 2025', readingMinutes: 1, pdfSlot: 'briefings/a' });
    expect(p.report).toEqual({ kind: 'Briefing', period: 'Q1 2025', date: '28 March 2025' });
    expect(p.topics).toEqual([{ href: '/topics/licensing/', text: 'Licensing' }]);
  });

  it('contents list levels 2 and 3 of the compiled headings', () => {
    const headings = [2, 3, 4, 2].map((depth, i) => ({ depth, slug: `h${i}`, text: `H${i}` }));
    expect(briefingPage(c.dataset, paths()[0]!.props, headings).toc.map((h) => h.slug)).toEqual(['h0', 'h1', 'h3']);
  });

  it('its deals (newest first), and sources: those it names, then those its deals cite, locators sorted', () => {
    const p = page('a');
    expect(p.deals.map((d) => d.id)).toEqual(['acme-bigpharma-2025']);
    expect(p.dealsCaption).toBe('Deals discussed in “A briefing”');
    expect(p.sources).toEqual([{ href: '/sources/#src-a', title: 'A news report', meta: 'News report, 2025-03', locators: ['¶2'] }]);
    expect(page('older').deals).toEqual([]);
  });
});
