// Page data of topics, charts (permalink, embed, index) and chart data files, on the fixture site.
import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/registry.ts';
import { chartOembed, chartPage, chartPaths, embedPage } from '../../../src/lib/pages/chart.ts';
import { getChart } from '../../../src/charts/registry.ts';
import { absoluteUrl, href } from '../../../src/lib/routes.ts';
import { chartsIndexPage } from '../../../src/lib/pages/charts-index.ts';
import { chartCsv, chartJson, chartSpec } from '../../../src/lib/pages/data-files.ts';
import { TOPIC_DEAL_ROWS, topicPage, topicPaths } from '../../../src/lib/pages/topic.ts';
import { topicsIndexPage } from '../../../src/lib/pages/topics-index.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';
import { addDeals, fixtureSites } from '../../helpers/fixture-content.ts';
import { FIXTURE_CHART } from '../../helpers/fixture-site.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

const fx = fixtureSites({
  // Korean words for the topic (read and validated from data/topics.json like the English); no Chinese.
  small: (s) => {
    s.topics[0].intro = 'First paragraph.\n\nSecond\nparagraph.';
    s.topics[0].translations = { ko: { title: '라이선스', summary: '라이선스 거래.', intro: '첫 단락.\n\n둘째 단락.' } };
  },
  // Every Korean licensor's deal: more than a topic lists.
  big: (s) => {
    addDeals(s, 60);
    s.topics[0].deals = { licensorCountry: ['KR'] };
  },
});

/** The page data of the site's first topic. */
const page = (site: SiteContent, locale: Locale = 'en') => topicPage(site.dataset, site.briefings, topicPaths(site.dataset)[0]!.props.topic, locale);

describe('topic page', () => {

  it('one page per topic; intro paragraphs; its charts load the figure script', () => {
    expect(topicPaths(fx.small.dataset).map((p) => p.params.id)).toEqual(['licensing']);
    const p = page(fx.small);
    expect(p.intro).toEqual({ paragraphs: ['First paragraph.', 'Second\nparagraph.'] });
    expect(p.charts).toEqual([FIXTURE_CHART]);
    expect(p.figures).toBe(true);
    expect(p.pdfSlot).toBe('topics/licensing');
    expect(p.report.kind).toBe('Topic');
  });

  it('its deals, its briefings, and sources cited by its series and its listed deals', () => {
    const p = page(fx.small);
    expect(p.deals.map((d) => d.id)).toEqual(['acme-bigpharma-2025']);
    expect(p.dealsCaption).toBe('Deals in “Licensing”');
    expect(p.allDeals).toBeUndefined();
    expect(p.briefings).toEqual([{ href: '/briefings/a/', text: { text: 'A briefing' } }]);
    expect(p.sources).toEqual([{ href: '/sources/#src-a', title: 'A news report', meta: 'News report, 2025-03', locators: ['¶2', '¶4', '¶5'] }]);
  });

  it(`lists at most ${TOPIC_DEAL_ROWS} deals and points to the explorer for all of them`, () => {
    const p = page(fx.big);
    expect(p.deals).toHaveLength(TOPIC_DEAL_ROWS);
    expect(p.dealsCaption).toBe(`Deals in “Licensing”: the first ${TOPIC_DEAL_ROWS} of 62`);
    expect(p.allDeals).toEqual({ count: 62, href: '/deals/' });
  });

  it('a topic without charts loads no figure script', () => {
    const topic = { ...fx.small.dataset.topics[0]!, charts: [] };
    expect(topicPage(fx.small.dataset, fx.small.briefings, topic, 'en').figures).toBe(false);
  });

  it('topics index: each with its number of charts', () => {
    expect(topicsIndexPage(fx.small.dataset, 'en').topics).toEqual([{ href: '/topics/licensing/', title: { text: 'Licensing' }, summary: { text: 'Licensing deals.' }, charts: '1 chart' }]);
  });
});

describe('topic pages in Korean and Chinese', () => {
  it("the topic's own translation, its labels, links and dates in the language", () => {
    const p = page(fx.small, 'ko');
    expect(p.title).toEqual({ text: '라이선스' });
    expect(p.intro).toEqual({ paragraphs: ['첫 단락.', '둘째 단락.'] });
    expect(p.report).toEqual({ kind: '주제', date: expect.stringMatching(/^\d{4}년 \d{1,2}월 \d{1,2}일$/) });
    expect(p.dealsCaption).toBe('“라이선스” 관련 거래');
    expect(p.briefings).toEqual([{ href: '/ko/briefings/a/', text: { text: 'A briefing', lang: 'en' } }]);
    // The source list: links into /ko/, the kind in Korean, the date as Korean writes it; the title stays the dataset's.
    expect(p.sources).toEqual([{ href: '/ko/sources/#src-a', title: 'A news report', meta: '언론 보도, 2025년 3월', locators: ['¶2', '¶4', '¶5'], lang: 'en' }]);
    expect(topicsIndexPage(fx.small.dataset, 'ko').topics).toEqual([
      { href: '/ko/topics/licensing/', title: { text: '라이선스' }, summary: { text: '라이선스 거래.' }, charts: '차트 1개' },
    ]);
  });

  it('a language without a translation shows the English, marked lang="en"', () => {
    const p = page(fx.small, 'zh-Hans');
    expect(p.title).toEqual({ text: 'Licensing', lang: 'en' });
    expect(p.intro.lang).toBe('en');
    expect(p.report.kind).toBe('专题');
    expect(p.dealsCaption).toBe('“Licensing”相关交易');
    expect(topicsIndexPage(fx.big.dataset, 'zh-Hans').topics[0]!.charts).toBe('1张图表');
    expect(page(fx.big, 'zh-Hans').dealsCaption).toBe(`“Licensing”相关交易：共62笔，列出前${TOPIC_DEAL_ROWS}笔`);
  });
});

describe('chart pages', () => {
  it('one permalink, embed and data file per registered chart', () => {
    expect(chartPaths().map((p) => p.params.id)).toEqual(charts.map((c) => c.id));
  });

  it('where a chart is used: topics that show it, briefings that place it', () => {
    const p = chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART);
    expect(p.figures).toBe(true);
    expect(p.usedIn).toEqual([
      { kind: 'Topic', href: '/topics/licensing/', title: { text: 'Licensing' } },
      { kind: 'Briefing', href: '/briefings/a/', title: { text: 'A briefing' } },
    ]);
    expect(chartPage(fx.small.dataset, fx.small.briefings, 'top-deals').usedIn).toEqual([]);
  });

  it('an unknown chart id names the valid ones', () => {
    expect(() => chartPage(fx.small.dataset, fx.small.briefings, 'nope')).toThrow(/Unknown chart id "nope"\. Valid chart ids: /);
  });

  it('the embed names the chart page as canonical', () => {
    const p = embedPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART);
    expect(p.canonical).toMatch(new RegExp(`^https?://[^/]+/charts/${FIXTURE_CHART}/$`));
    // Shared, the embed's address shows the chart page's card, title and subtitle.
    const chart = chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART);
    expect(p.social).toEqual({ title: chart.title, description: chart.subtitle, image: chart.image });
    expect(p.title).toMatch(/ · Deal Atlas$/);
    expect(p.csp).toContain("script-src 'self'");
  });

  it('charts index: a card per chart with its static SVG', async () => {
    const page = await chartsIndexPage(fx.small.dataset);
    expect(page.charts.map((x) => x.href)).toEqual(charts.map((x) => `/charts/${x.id}/`));
    expect(page.charts[0]!.svg).toMatch(/^<svg/);
  });

  it('a Korean and a Chinese chart page: their words, links, card and oEmbed in the language', () => {
    const def = getChart(FIXTURE_CHART);
    const ko = chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART, 'ko');
    expect(ko.title).toBe(def.text('ko').title);
    expect(ko.title).toBe('연도별 한국 바이오 기술수출 규모');
    expect(ko.breadcrumb).toEqual({ href: '/ko/charts/', text: '차트' });
    expect(ko.usedInHeading).toBe('이 차트가 실린 곳');
    expect(ko.usedIn).toEqual([
      // The fixture's topic has a Korean title; its briefing none: the English, marked.
      { kind: '토픽', href: '/ko/topics/licensing/', title: { text: '라이선스' } },
      { kind: '브리핑', href: '/ko/briefings/a/', title: { text: 'A briefing', lang: 'en' } },
    ]);
    expect(ko.image.url).toBe(absoluteUrl(`/cards/charts/${FIXTURE_CHART}.ko.png`));
    expect(ko.image.alt).toContain(def.text('ko').description);
    expect(ko.oembed.href).toBe(absoluteUrl(`/ko/embed/${FIXTURE_CHART}/oembed.json`));
    const zh = chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART, 'zh-Hans');
    expect(zh.subtitle).toBe(def.text('zh-Hans').subtitle);
    expect(zh.image.url).toBe(absoluteUrl(`/cards/charts/${FIXTURE_CHART}.zh.png`));
    expect(zh.report.kind).toBe('图表');
    const en = chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART);
    expect(en.image.url).toBe(absoluteUrl(`/cards/charts/${FIXTURE_CHART}.png`));
    expect(en.usedIn.every((u) => u.title.lang === undefined)).toBe(true);
  });

  it('the embed and its oEmbed JSON per language', async () => {
    const ko = embedPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART, 'ko');
    expect(ko.lang).toBe('ko');
    expect(ko.canonical).toBe(absoluteUrl(`/ko/charts/${FIXTURE_CHART}/`));
    expect(ko.title).toBe(`${getChart(FIXTURE_CHART).text('ko').title} · Deal Atlas`);
    const zh = await chartOembed(fx.small.dataset, FIXTURE_CHART, 'zh-Hans');
    expect(zh.title).toBe(getChart(FIXTURE_CHART).text('zh-Hans').title);
    expect(zh.thumbnail_url).toBe(absoluteUrl(`/data/${FIXTURE_CHART}.zh.png`));
    expect(zh.provider_url).toBe(absoluteUrl('/zh/'));
    expect(zh.html).toContain(`src="${absoluteUrl(`/zh/embed/${FIXTURE_CHART}/`)}"`);
    expect(zh.html).toContain(`title="${getChart(FIXTURE_CHART).text('zh-Hans').title}"`);
    const en = await chartOembed(fx.small.dataset, FIXTURE_CHART);
    expect(en.title).toBe(getChart(FIXTURE_CHART).title);
    expect(en.thumbnail_url).toBe(absoluteUrl(`/data/${FIXTURE_CHART}.png`));
    expect(en.html).toContain(`src="${absoluteUrl(`/embed/${FIXTURE_CHART}/`)}"`);
  });

  it('charts index per language: its words, links and thumbnails in the language', async () => {
    const page = await chartsIndexPage(fx.small.dataset, 'ko');
    expect(page.title).toBe('차트');
    expect(page.charts.map((x) => x.href)).toEqual(charts.map((x) => `/ko/charts/${x.id}/`));
    expect(page.charts[0]!.title).toBe(getChart(charts[0]!.id).text('ko').title);
    expect(page.charts[0]!.svg).toContain(`<title id="chart-${charts[0]!.id}-narrow-title">${getChart(charts[0]!.id).text('ko').title}</title>`);
    expect((await chartsIndexPage(fx.small.dataset)).title).toBe('Charts');
  });

  it('data files: CSV, JSON and the vega-lite spec of a chart, with their types', () => {
    const csv = chartCsv(fx.small.dataset, FIXTURE_CHART);
    expect(csv.contentType).toMatch(/^text\/csv/);
    expect(csv.body).toMatch(/^\uFEFFPeriod,/);
    const json = chartJson(fx.small.dataset, FIXTURE_CHART);
    expect(JSON.parse(json.body)).toBeTypeOf('object');
    expect(json.body.endsWith('\n')).toBe(true);
    expect(JSON.parse(chartSpec(fx.small.dataset, FIXTURE_CHART).body).$schema).toMatch(/vega-lite/);
    // The interactive view of a Korean page draws the Korean words.
    const ko = chartSpec(fx.small.dataset, FIXTURE_CHART, 'ko').body;
    expect(ko).toMatch(/\p{Script=Hangul}/u); // its periods, labels and ticks
    expect(chartSpec(fx.small.dataset, FIXTURE_CHART).body).not.toMatch(/\p{Script=Hangul}/u);
    expect(href.chartSpec(FIXTURE_CHART, 'ko')).toBe(`/data/spec/${FIXTURE_CHART}.ko.json`);
  });
});
