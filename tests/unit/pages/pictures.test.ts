// Each page's social card comes from its page data: charts, briefings and topics name their own card (with
// their lead chart), every other page the site's; the picture routes' data (src/lib/pages/pictures.ts).
import { describe, expect, it } from 'vitest';
import { charts, getChart } from '../../../src/charts/registry.ts';
import { briefingPage, briefingPaths } from '../../../src/lib/pages/briefing.ts';
import { chartPage } from '../../../src/lib/pages/chart.ts';
import { cardPaths, cardText, pageCardSvg, pngPictures, siteCardSvg } from '../../../src/lib/pages/pictures.ts';
import { topicPage, topicPaths } from '../../../src/lib/pages/topic.ts';
import { absoluteUrl, href } from '../../../src/lib/routes.ts';
import { CARD_HEIGHT, CARD_WIDTH, siteCard } from '../../../src/lib/social-image.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { fixtureSites } from '../../helpers/fixture-content.ts';
import { FIXTURE_CHART } from '../../helpers/fixture-site.ts';

const fx = fixtureSites({
  big: () => {},
  // Korean words for the topic; its briefing has no translation.
  small: (s) => {
    s.topics[0].translations = { ko: { title: '라이선스', summary: '라이선스 거래.' } };
  },
});

describe('social images from page data', () => {
  it('a chart page names its card, 1200 × 630 PNG, alt = its title and what it shows', () => {
    const def = getChart(FIXTURE_CHART);
    const { image } = chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART);
    expect(image).toEqual({
      url: absoluteUrl(href.card('charts', FIXTURE_CHART)),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      type: 'image/png',
      alt: `${def.title}. ${def.description}`,
    });
    expect(image.url).toMatch(/^https?:\/\/[^/]+\/.*cards\/charts\/[^/]+\.png$/);
  });

  it('a briefing and a topic name their cards; with a chart, the card shows the first one and its alt says so', () => {
    const entry = briefingPaths(fx.small.briefings)[0]!.props;
    const b = briefingPage(fx.small.dataset, entry, []);
    expect(b.image.url).toBe(absoluteUrl(href.card('briefings', entry.entry.id)));
    expect(b.image.alt).toContain(entry.entry.data.title);
    expect(b.image.alt).toContain(`Chart: ${getChart(FIXTURE_CHART).title}`); // the fixture briefing places it
    const t = topicPage(fx.small.dataset, fx.small.briefings, topicPaths(fx.small.dataset)[0]!.props.topic, 'en');
    expect(t.image.url).toBe(absoluteUrl(href.card('topics', 'licensing')));
    expect(cardText(fx.small.dataset, fx.small.briefings, 'topics', 'licensing').chart?.id).toBe(FIXTURE_CHART);
  });

  it('a topic translated into Korean has a Korean card; an untranslated briefing keeps the English one', async () => {
    const topic = topicPaths(fx.small.dataset)[0]!.props.topic;
    const ko = topicPage(fx.small.dataset, fx.small.briefings, topic, 'ko');
    expect(ko.image.url).toBe(absoluteUrl(href.card('topics', 'licensing', 'ko')));
    expect(ko.image.alt).toContain(`라이선스.`); // the fixture topic's Korean title
    expect(ko.image.alt).toContain(`차트: ${getChart(FIXTURE_CHART).text('ko').title}`);
    const svg = (await pageCardSvg(fx.small.dataset, fx.small.briefings, 'topics', 'licensing', 'ko')).svg;
    expect(svg).toContain('라이선스');
    expect(svg).toContain('Noto Sans KR');
    const entry = briefingPaths(fx.small.briefings)[0]!.props;
    expect(briefingPage(fx.small.dataset, entry, [], [], 'ko').image.url).toBe(absoluteUrl(href.card('briefings', entry.entry.id)));
    const paths = cardPaths(fx.small.dataset, fx.small.briefings).map((p) => p.params.id);
    expect(paths).toContain('licensing.ko');
    expect(paths).not.toContain(`${entry.entry.id}.ko`);
  });

  it('a page without a chart: its card has no chart, and its alt is title and summary', () => {
    const topic = { ...fx.small.dataset.topics[0]!, charts: [] };
    const ds = { ...fx.small.dataset, topics: [topic] };
    const text = cardText(ds, fx.small.briefings, 'topics', topic.id);
    expect(text.chart).toBeUndefined();
    expect(text.alt).toBe(`${topic.title}. ${topic.summary}`.replace(/\.\.$/, '.'));
  });

  it('a chart card in each language: its kind, title and chart in the language, at an address named by it', async () => {
    const def = getChart(FIXTURE_CHART);
    const zh = await pageCardSvg(fx.small.dataset, fx.small.briefings, 'charts', FIXTURE_CHART, 'zh-Hans');
    expect(zh.svg).toContain('图表');
    expect(zh.svg).toContain(def.text('zh-Hans').title.slice(0, 6));
    expect(zh.svg).toContain(`<desc>${def.text('zh-Hans').title}。${def.text('zh-Hans').description}</desc>`); // no "。."
    expect(zh.svg).toContain('暂无有来源的数据'); // the chart drawn in Chinese (the small site has no figures for it)
    expect(zh.svg).not.toContain(def.title.slice(0, 12));
    expect(cardText(fx.small.dataset, fx.small.briefings, 'charts', FIXTURE_CHART, 'ko').alt).toBe(`${def.text('ko').title}. ${def.text('ko').description}`);
    const paths = pngPictures(fx.small.dataset, fx.small.briefings).map((p) => p.path);
    for (const suffix of ['', '.ko', '.zh']) {
      expect(paths).toContain(`/data/${FIXTURE_CHART}${suffix}.png`);
      expect(paths).toContain(`/cards/charts/${FIXTURE_CHART}${suffix}.png`);
    }
    expect(paths).toContain(`/cards/briefings/${fx.small.briefings[0]!.id}.png`);
  });

  it('every other page: the site card', () => {
    expect(siteCard()).toMatchObject({ url: absoluteUrl('/cards/site.png'), width: 1200, height: 630 });
    expect(siteCardSvg().svg).toContain(siteConfig.name);
  });

  it('one card per chart in each language, per briefing and topic in English and each language it is translated into; each draws', async () => {
    const paths = cardPaths(fx.small.dataset, fx.small.briefings).map((p) => `${p.params.kind}/${p.params.id}`);
    expect(paths).toEqual([
      ...charts.map((c) => `charts/${c.id}`),
      ...charts.map((c) => `charts/${c.id}.ko`),
      ...charts.map((c) => `charts/${c.id}.zh`),
      ...fx.small.briefings.map((b) => `briefings/${b.id}`),
      'topics/licensing',
      'topics/licensing.ko',
    ]);
    const card = await pageCardSvg(fx.small.dataset, fx.small.briefings, 'briefings', fx.small.briefings[0]!.id);
    expect(card.svg).toContain(fx.small.briefings[0]!.data.title.slice(0, 10));
    expect(card.svg).toContain('<svg x='); // its chart
  });
});
