// The crawl test's page reader (tests/helpers/crawl.ts), on small pages written here: which language each
// word is in, which English strings a Korean page must not show, and how problems are grouped.
import { describe, expect, it } from 'vitest';
import { datasetWords, englishNeedles, grouped, isEnglish, languageOfPath, readPage, withoutDataset } from '../helpers/crawl.ts';

const PAGE = `<!doctype html><html lang="ko"><head><title>Deals · Deal Atlas</title><meta name="description" content="거래 목록">
<script>const x = "<p>Deals</p>";</script></head>
<body><nav aria-label="Main"><a href="/ko/">홈</a></nav>
<p>거래 <span lang="en">Acme Deals &amp; Co</span> 이후</p><img alt="Chart"><br>
<ul><li>Home<li><span lang="en-GB"><b>Sources</b></span></ul><svg><path d="M0" /></svg><p>끝</p></body></html>`;

describe('crawl: reading a page', () => {
  it('reads a chart label wrapped into tspans as one, and leaves code out', () => {
    const p = readPage('<html lang="ko"><body><svg><text><tspan>Registration and</tspan><tspan>commercialization</tspan></text></svg><pre><code>&lt;iframe data-deal-atlas-embed&gt;</code></pre><p>끝</p></body></html>');
    expect(p.words.map((w) => w.text)).toEqual(['Registration and commercialization', '끝']);
  });

  it('takes the dataset’s own words and addresses out of a text, longest first', () => {
    const words = datasetWords([JSON.stringify([{ name: 'Vantor Pharma', notes: ['Pharma'], n: 3, id: 'x' }])]);
    expect(words).toEqual(['Vantor Pharma', 'Pharma']);
    expect(withoutDataset('Vantor Pharma의 거래 · Deals', words)).toBe(' 의 거래 · Deals');
    expect(withoutDataset('인쇄: https://deal-atlas.example/ko/charts/x/ 끝', [])).toBe('인쇄:   끝');
  });

  it('gives each word the language in force where it is, inherited from the nearest lang', () => {
    const p = readPage(PAGE);
    expect(p.lang).toBe('ko');
    expect(p.words.map((w) => [w.where, w.text, w.lang])).toEqual([
      ['<title>', 'Deals · Deal Atlas', 'ko'],
      ['meta description', '거래 목록', 'ko'],
      ['aria-label=', 'Main', 'ko'],
      ['text', '홈', 'ko'],
      ['text', '거래', 'ko'],
      ['text', 'Acme Deals & Co', 'en'],
      ['text', '이후', 'ko'],
      ['alt=', 'Chart', 'ko'],
      ['text', 'Home', 'ko'],
      ['text', 'Sources', 'en-GB'],
      ['text', '끝', 'ko'], // after an unclosed <li>, a self-closed <path /> and a void <br>
    ]);
    expect(p.tags.find((t) => t.name === 'a')?.attrs.href).toBe('/ko/');
    expect(isEnglish('en-GB') && isEnglish('en') && !isEnglish('ko')).toBe(true);
  });

  it('looks for English messages that differ from the language’s own, split at placeholders, whole words only', () => {
    const en = { a: 'Deals', b: '{count} deals found', same: 'Deal Atlas', short: 'ID', plural: { one: '{count} source', other: '{count} sources' } };
    const ko = { a: '거래', b: '거래 {count}건', same: 'Deal Atlas', short: '번호', plural: '출처 {count}건' };
    const needles = englishNeedles(en, ko);
    expect(needles.map((n) => [n.key, n.text])).toEqual([
      ['a', 'Deals'],
      ['b', 'deals found'],
      ['plural', 'source'],
      ['plural', 'sources'],
    ]);
    const deals = needles[0]!.re;
    expect([deals.test('Deals · Deal Atlas'), deals.test('Dealsmith'), deals.test('Deals를 보기')]).toEqual([true, false, true]);
  });

  it('knows a page’s language from its address, and groups problems with a count and a few pages', () => {
    expect([languageOfPath('/ko/deals/'), languageOfPath('/zh/'), languageOfPath('/deals/'), languageOfPath('/korea/')]).toEqual(['ko', 'zh-Hans', 'en', 'en']);
    const problems = ['/ko/a/', '/ko/b/', '/ko/c/', '/ko/d/'].map((page) => ({ what: '"Deals"', page })).concat([{ what: '"Home"', page: '/zh/' }]);
    expect(grouped(problems)).toBe('"Deals" — 4 pages: /ko/a/, /ko/b/, /ko/c/, …\n"Home" — 1 page: /zh/');
    expect(grouped(problems, 1)).toBe('"Deals" — 4 pages: /ko/a/, /ko/b/, /ko/c/, …\n… and 1 more');
  });
});
