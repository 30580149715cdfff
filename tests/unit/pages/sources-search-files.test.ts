// Page data of /sources/ and a source's own page, the search page, the feed, the stylesheet, and the
// figures <Num> and <DealTerm> show in a briefing, on the fixture site.
import { describe, expect, it } from 'vitest';
import { sourceList, citedSources } from '../../../src/lib/citations.ts';
import { sourcesOf } from '../../../src/charts/notes.ts';
import { brandCss, rssFeed } from '../../../src/lib/pages/feeds.ts';
import { dealTermFigure, numFigure } from '../../../src/lib/pages/mdx-components.ts';
import { searchPage } from '../../../src/lib/pages/search.ts';
import { sourcePage, sourcePaths, sourcesIndexPage } from '../../../src/lib/pages/sources.ts';
import { SOURCE_ROWS } from '../../../src/lib/source-citings.ts';
import type { ChartRow } from '../../../src/charts/types.ts';
import { addDeals, fixtureSites } from '../../helpers/fixture-content.ts';

const fx = fixtureSites({ big: (s) => addDeals(s, SOURCE_ROWS) });

describe('sources', () => {
  it('/sources/: each source, what it is, and every record and figure citing it', () => {
    const [s] = sourcesIndexPage(fx.small.dataset, 'en').sources;
    expect(s).toMatchObject({
      id: 'src-a',
      title: 'A news report',
      meta: ['News report', '2025-03'],
      location: { kind: 'seed', label: 'Seed document', detail: '000_0123456789abcdef.txt' },
      url: 'https://example.com/a',
      all: undefined,
    });
    expect(s!.rows).toHaveLength(8); // 2 deals, 3 metric points, 3 companies
    expect(s!.caption).toBe('8 figures and records cite this source');
    expect(sourcePaths(fx.small.dataset)).toEqual([]);
  });

  it('each source says where its text is kept; a web page shows its address once, as its location', () => {
    const base = fx.small.dataset.sources[0]!;
    const ds = {
      ...fx.small.dataset,
      sources: [
        base,
        { ...base, id: 'web', seed: undefined },
        { ...base, id: 'kept', seed: undefined, url: undefined, file: 'data/documents/kept.pdf' },
        { ...base, id: 'paper', seed: undefined, url: undefined, publisher: 'Some Press' },
      ],
    };
    const got = sourcesIndexPage(ds, 'en').sources.map((s) => [s.id, s.location.kind, s.location.detail, s.url]);
    expect(got).toEqual([
      ['src-a', 'seed', '000_0123456789abcdef.txt', 'https://example.com/a'],
      ['web', 'url', 'https://example.com/a', undefined],
      ['kept', 'file', 'data/documents/kept.pdf', undefined],
      ['paper', 'publication', 'Some Press, 2025-03', undefined],
    ]);
  });

  it(`a source cited more than ${SOURCE_ROWS} times: the first ones there, all on its own page`, () => {
    const [s] = sourcesIndexPage(fx.big.dataset, 'en').sources;
    const total = SOURCE_ROWS + 8;
    expect(s!.rows).toHaveLength(SOURCE_ROWS);
    expect(s!.caption).toBe(`${total} figures and records cite this source; the first ${SOURCE_ROWS} are listed`);
    expect(s!.all).toEqual({ href: '/sources/src-a/', text: `All ${total} figures and records citing A news report` });
    const [path] = sourcePaths(fx.big.dataset);
    expect(path!.params).toEqual({ id: 'src-a' });
    const p = sourcePage(path!.props.source, path!.props.rows, 'en');
    expect(p.rows).toHaveLength(total);
    expect(p).toMatchObject({ pageTitle: 'A news report: every citing figure', section: '/sources/#src-a', caption: `${total} figures and records cite this source` });
  });

  it("a page's source list: named sources first, then cited ones in first-use order, locators sorted", () => {
    const cites = [{ source: 'src-a', locator: '¶9' }, { source: 'gone', locator: '¶1' }, { source: 'src-a', locator: '¶2' }, { source: 'src-a', locator: '¶9' }];
    expect(sourceList(fx.small.dataset, cites, ['other', 'src-a'])).toEqual([
      { href: '/sources/#other', title: 'other', meta: undefined, locators: [] },
      { href: '/sources/#src-a', title: 'A news report', meta: 'News report, 2025-03', locators: ['¶2', '¶9'] },
      { href: '/sources/#gone', title: 'gone', meta: undefined, locators: ['¶1'] },
    ]);
  });

  it("a chart's sources group the same way: every citation of every row, in first-use order", () => {
    const c = (source: string, locator: string) => ({ source, sourceTitle: source.toUpperCase(), locator });
    const row = (...citations: ReturnType<typeof c>[]) => ({ citations }) as ChartRow;
    expect(sourcesOf([row(c('b', '¶3'), c('a', '¶4'), c('b', '¶1')), row(c('a', '¶2')), row(c('b', '¶1'))])).toEqual([
      { id: 'b', title: 'B', locators: ['¶3', '¶1'] },
      { id: 'a', title: 'A', locators: ['¶4', '¶2'] },
    ]);
    expect(citedSources([{ source: 'b', locator: '¶3; ¶1' }])).toEqual([{ id: 'b', locators: ['¶3; ¶1'] }]);
  });
});

describe('sources in Korean and Chinese', () => {
  it('/ko/sources/: kind, location and date in Korean, rows linked into /ko/, the dataset\'s words marked English', () => {
    const [s] = sourcesIndexPage(fx.small.dataset, 'ko').sources;
    expect(s).toMatchObject({
      title: 'A news report',
      lang: 'en',
      meta: ['언론 보도', '2025년 3월'],
      location: { kind: 'seed', label: '기초 문서', detail: '000_0123456789abcdef.txt' },
    });
    expect(s!.caption).toBe('이 출처를 인용한 수치·기록 8건');
    expect(s!.rows.filter((r) => r.href).every((r) => r.href!.startsWith('/ko/'))).toBe(true);
    expect(s!.rows.every((r) => r.lang === 'en')).toBe(true);
    expect(s!.rows.filter((r) => r.detail === '기업 프로필')).toHaveLength(3); // the 3 companies' rows
  });

  it("/zh/: a big source's caption and its own page in Chinese", () => {
    const [s] = sourcesIndexPage(fx.big.dataset, 'zh-Hans').sources;
    const total = SOURCE_ROWS + 8;
    expect(s!.caption).toBe(`引用本来源的数字与记录共${total}条，列出前${SOURCE_ROWS}条`);
    expect(s!.all).toEqual({ href: '/zh/sources/src-a/', text: `引用A news report的全部${total}条数字与记录` });
    const [path] = sourcePaths(fx.big.dataset);
    const p = sourcePage(path!.props.source, path!.props.rows, 'zh-Hans');
    expect(p).toMatchObject({ pageTitle: 'A news report：全部引用数字', section: '/zh/sources/#src-a', meta: ['新闻报道', '2025年3月'] });
  });
});

describe('feeds per language', () => {
  it('/ko/rss.xml and /zh/rss.xml: their title, language and links into their pages', () => {
    const ko = rssFeed(fx.small.briefings, new URL('https://example.org'), 'ko');
    expect([ko.title, ko.site, ko.customData]).toEqual(['Deal Atlas 브리핑', 'https://example.org/ko/', '<language>ko</language>']);
    expect(ko.items).toEqual([
      { title: 'A briefing', description: 'What happened.', pubDate: new Date('2025-03-28T00:00:00Z'), link: '/ko/briefings/a/', categories: ['licensing'] },
    ]);
    const zh = rssFeed(fx.small.briefings, new URL('https://example.org'), 'zh-Hans');
    expect([zh.title, zh.site, zh.customData, (zh.items as { link?: string }[])[0]!.link]).toEqual(['Deal Atlas简报', 'https://example.org/zh/', '<language>zh-Hans</language>', '/zh/briefings/a/']);
    expect(rssFeed(fx.small.briefings, new URL('https://example.org'), 'en').customData).toBe('<language>en</language>');
  });

  it("the search page's script words come in the page's language", () => {
    expect(searchPage(fx.small.dataset, 'ko')).toMatchObject({
      action: '/ko/search/',
      pagefind: '/pagefind/pagefind.js',
      script: { searching: '검색 중…', resultOther: '“{query}” 검색 결과 {count}건' },
    });
  });
});

describe('search page, feed and stylesheet', () => {
  it('the search form names the record bundles the build writes', () => {
    expect(searchPage(fx.small.dataset, 'en')).toEqual({
      action: '/search/',
      pagefind: '/pagefind/pagefind.js',
      recordBundles: '/pagefind-records-0/',
      browse: { deals: '/deals/', companies: '/companies/', briefings: '/briefings/' },
      // The browser script's words: it fills {count} and {query} itself.
      script: {
        searching: 'Searching…',
        resultOne: '{count} result for “{query}”',
        resultOther: '{count} results for “{query}”',
        missing: 'The search index is missing: run the full build (npm run build), which indexes the site with pagefind.',
      },
    });
  });

  it('the feed: one item per briefing, linked under the base path', () => {
    const feed = rssFeed(fx.small.briefings, new URL('https://example.org'), 'en');
    expect(feed.site).toBe('https://example.org/');
    expect(feed.items).toEqual([
      { title: 'A briefing', description: 'What happened.', pubDate: new Date('2025-03-28T00:00:00Z'), link: '/briefings/a/', categories: ['licensing'] },
    ]);
  });

  it('the brand stylesheet carries the accent colours and the site face', async () => {
    const css = await brandCss();
    expect(css.contentType).toBe('text/css; charset=utf-8');
    expect(css.body).toMatch(/\n:root\{--accent:#[0-9a-f]{6};--accent-dark:#[0-9a-f]{6};--site-origin:"https?:\/\/[^"]+"\}\n$/);
    const faces = css.body.match(/@font-face\{[^}]+\}/g) ?? [];
    const plex = faces.filter((f) => f.includes('"IBM Plex Sans"'));
    expect(plex).toHaveLength(4); // 400 and 600, core and extension
    for (const f of plex) expect(f).toMatch(/font-family:"IBM Plex Sans";.*font-display:swap;src:url\("\/fonts\/ibm-plex-sans-(core|ext)-(400|600)\.[0-9a-f]{10}\.woff2"\)/);
    // The CJK faces: on screen in 400 only (their bold is emboldened: the 600 doubled what a Chinese page
    // loads), the 600 for print (an emboldened face prints as Type 3 glyphs); fetched only for CJK characters.
    const names = faces.filter((f) => f.includes('"Deal Atlas Language Names"'));
    const cjk = faces.filter((f) => !plex.includes(f) && !names.includes(f));
    const printOnly = [...css.body.matchAll(/@media print\{(@font-face\{[^}]+\})\}/g)].map((m) => m[1]!);
    const described = (f: string) => `${/font-family:"([^"]+)";font-style:normal;font-weight:(\d+)/.exec(f)!.slice(1).join(' ')}${printOnly.includes(f) ? ' (print)' : ''}`;
    expect(cjk.map(described)).toEqual(['Noto Sans KR 400', 'Noto Sans KR 600 (print)', 'Noto Sans SC 400', 'Noto Sans SC 600 (print)']);
    expect(printOnly).toHaveLength(2);
    for (const f of cjk) expect(f).toMatch(/font-display:swap;src:url\("\/fonts\/noto-sans-(kr|sc)-(400|600)\.[0-9a-f]{10}\.woff2"\) format\("woff2"\);unicode-range:[^}]*U\+3000-303F/);
    // Only a Korean or Chinese page lists them, after Plex, and lets the browser embolden them (nowhere else);
    // the stack reaches the inline charts' text.
    expect(css.body).toContain('html[lang|="ko"]{--font:"IBM Plex Sans", "Noto Sans KR", system-ui');
    expect(css.body).toContain('html[lang|="zh"]{--font:"IBM Plex Sans", "Noto Sans SC", system-ui');
    expect(css.body.match(/html\[lang\|="(ko|zh)"\]\{[^}]*;font-synthesis-weight:auto\}/g)).toHaveLength(2);
    expect(css.body.match(/font-synthesis/g)).toHaveLength(2);
    expect(css.body).toContain('html[lang|="ko"] svg text{font-family:var(--font)}');
    expect(css.body.match(/--font:/g)).toHaveLength(2);
    // The switcher's 한국어 and 简体中文 on every page: a face of exactly those characters, fetched for them only.
    expect(names.map((f) => /unicode-range:([^}]+)/.exec(f)![1])).toEqual(['U+D55C,U+AD6D,U+C5B4', 'U+7B80,U+4F53,U+4E2D,U+6587']);
    expect(css.body).toContain('.language-switch [lang]{font-family:"IBM Plex Sans","Deal Atlas Language Names",var(--font)}');
  });
});

describe('figures in a briefing', () => {
  it('<Num>: the point formatted, linked to its source at its locator', () => {
    expect(numFigure(fx.small.dataset, { series: 'x', period: '2025', category: 'adc', by: 'ARC' })).toEqual({
      text: 'about $12',
      href: '/sources/#src-a',
      locator: '¶5',
      title: 'Series X, 2025, adc (ARC): A news report, ¶5',
    });
    expect(() => numFigure(fx.small.dataset, { series: 'x', period: '2025' })).toThrow(/matches 2 points, expected exactly one/);
    expect(() => numFigure(fx.small.dataset, { series: 'zz', period: '2025' })).toThrow(/unknown metric series/);
  });

  it('<DealTerm>: the term formatted, linked to the deal', () => {
    expect(dealTermFigure(fx.small.dataset, { deal: 'acme-bigpharma-2025', term: 'upfront' })).toEqual({ text: '$50M', href: '/deals/acme-bigpharma-2025/', asset: 'AB-101' });
    expect(() => dealTermFigure(fx.small.dataset, { deal: 'acme-bigpharma-rd-2024', term: 'upfront' })).toThrow(/the sources state no upfront for this deal/);
  });
});
