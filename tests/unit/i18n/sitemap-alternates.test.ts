// The sitemap's alternates, found through a map instead of @astrojs/sitemap's scan of every address per address.
import { describe, expect, it } from 'vitest';
import { isNoindexPage, isStatusPage, sitemapAlternates, sitemapWithAlternates } from '../../../src/lib/i18n/sitemap-alternates.ts';

const ROOT = 'https://example.org/atlas/';
const u = (p: string) => `${ROOT}${p}`;

describe('sitemapAlternates', () => {
  it('links each page to its copies in the other languages, in address order, with BCP 47 tags', () => {
    const links = sitemapAlternates([u('zh/deals/a/'), u('deals/a/'), u('ko/deals/a/')], ROOT);
    const want = [
      { url: u('deals/a/'), lang: 'en' },
      { url: u('ko/deals/a/'), lang: 'ko' },
      { url: u('zh/deals/a/'), lang: 'zh-Hans' },
    ];
    expect(links.get(u('deals/a/'))).toEqual(want);
    expect(links.get(u('zh/deals/a/'))).toEqual(want);
  });

  it('the home page in each language is one page; a page in one language only has no alternates', () => {
    const links = sitemapAlternates([u(''), u('ko/'), u('deals/only-english/')], ROOT);
    expect(links.get(u('ko/'))?.map((l) => l.url)).toEqual([u(''), u('ko/')]);
    expect(links.has(u('deals/only-english/'))).toBe(false);
  });

  it('a path segment that merely starts like a language (/kong/, /zhao/) is English', () => {
    const links = sitemapAlternates([u('kong/'), u('ko/kong/'), u('zhao/')], ROOT);
    expect(links.get(u('kong/'))?.map((l) => l.lang).sort()).toEqual(['en', 'ko']);
    expect(links.has(u('zhao/'))).toBe(false);
  });

  it('addresses outside the site root get no links', () => {
    expect(sitemapAlternates(['https://elsewhere.org/ko/x/', 'https://elsewhere.org/x/'], ROOT).size).toBe(0);
  });
});

describe('sitemapWithAlternates (the integration options)', () => {
  it('leaves out the error pages of every language, and adds the alternates when serializing', () => {
    const { filter, serialize } = sitemapWithAlternates(ROOT);
    const kept = [u(''), u('404/'), u('ko/'), u('ko/404/'), u('zh/500/'), u('zh/')].filter(filter);
    expect(kept).toEqual([u(''), u('ko/'), u('zh/')]);
    expect(serialize({ url: u('ko/') }).links?.map((l) => l.lang)).toEqual(['en', 'ko', 'zh-Hans']);
  });

  it('a second build with the same options starts a fresh list', () => {
    const { filter, serialize } = sitemapWithAlternates(ROOT);
    [u('a/'), u('ko/a/')].forEach(filter);
    serialize({ url: u('a/') });
    [u('b/'), u('ko/b/')].forEach(filter);
    expect(serialize({ url: u('a/') }).links).toBeUndefined();
    expect(serialize({ url: u('b/') }).links?.length).toBe(2);
  });

  it('isStatusPage knows 404 and 500 with or without a language segment, and nothing else', () => {
    expect([u('404/'), u('ko/404/'), u('zh/500'), u('ko/4040/'), u('deals/404/')].map((x) => isStatusPage(x, ROOT))).toEqual([true, true, true, false, false]);
  });
});

describe('isNoindexPage', () => {
  it('the chart embeds in every language are kept out; chart pages, deals and the home page are not', () => {
    const out = [u('embed/top-deals/'), u('ko/embed/top-deals/'), u('zh/embed/x'), u('charts/top-deals/'), u('deals/a/'), u(''), u('ko/')];
    expect(out.map((x) => isNoindexPage(x, ROOT))).toEqual([true, true, true, false, false, false, false]);
  });
});
