import { describe, expect, it } from 'vitest';
import { alternates, hrefIn, inEveryLocale, inLocale, pageLocale, sitePathIn, splitLocale } from '../../../src/lib/i18n/routing.ts';
import { addressesOf, kindFolder, kindOfFile, PAGE_KINDS } from '../../../src/lib/page-kinds.ts';

describe('addresses per language', () => {
  it('puts pages under the language segment and leaves shared files alone', () => {
    expect(sitePathIn('ko').deal('x')).toBe('/ko/deals/x/');
    expect(sitePathIn('zh-Hans').home()).toBe('/zh/');
    expect(sitePathIn('en').deal('x')).toBe('/deals/x/');
    expect(sitePathIn('ko').rss()).toBe('/ko/rss.xml');
    expect(sitePathIn('ko').dataCsv('c')).toBe('/data/c.csv');
    expect(sitePathIn('zh-Hans').font('f.woff2')).toBe('/fonts/f.woff2');
    expect(hrefIn('ko').deal('x')).toBe('/ko/deals/x/');
  });
  it('reads a page\'s language back from its address', () => {
    expect(splitLocale('/ko/deals/x/')).toEqual({ locale: 'ko', path: '/deals/x/' });
    expect(splitLocale('/zh/')).toEqual({ locale: 'zh-Hans', path: '/' });
    expect(splitLocale('/zh')).toEqual({ locale: 'zh-Hans', path: '/' });
    expect(splitLocale('/deals/x/')).toEqual({ locale: 'en', path: '/deals/x/' });
    // A page whose own id starts like a language is not taken for one.
    expect(splitLocale('/companies/ko/')).toEqual({ locale: 'en', path: '/companies/ko/' });
    expect(splitLocale('/kor/')).toEqual({ locale: 'en', path: '/kor/' });
    for (const l of ['en', 'ko', 'zh-Hans'] as const) expect(splitLocale(inLocale(l, '/topics/t/'))).toEqual({ locale: l, path: '/topics/t/' });
  });
  it('lists the same page in every language, English first (x-default)', () => {
    expect(alternates('/deals/x/').map((a) => [a.tag, a.href])).toEqual([
      ['en', '/deals/x/'],
      ['ko', '/ko/deals/x/'],
      ['zh-Hans', '/zh/deals/x/'],
    ]);
    expect(pageLocale('/ko/').path).toBe('/');
  });
  it('builds every route once per language, English at the root', () => {
    const paths = inEveryLocale([{ params: { id: 'a' }, props: { n: 1 } }]);
    expect(paths.map((p) => [p.params.locale, p.params.id, p.props.locale, p.props.n])).toEqual([
      [undefined, 'a', 'en', 1],
      ['ko', 'a', 'ko', 1],
      ['zh', 'a', 'zh-Hans', 1],
    ]);
  });
});

describe('page kinds in every language', () => {
  const deal = PAGE_KINDS.find((k) => k.name === 'deal')!;
  const csv = PAGE_KINDS.find((k) => k.name === 'chart csv')!;
  it('a page kind has its addresses in every language; a file kind in one', () => {
    const site = { dataset: { deals: [{ id: 'd' }], companies: [], topics: [] } as never, briefingSlugs: [], chartIds: ['c'] };
    expect(addressesOf(deal, site)).toEqual(['/deals/d/', '/ko/deals/d/', '/zh/deals/d/']);
    expect(kindOfFile('ko/deals/d/index.html')).toBe(deal);
    expect(kindOfFile('zh/deals/d/index.html')).toBe(deal);
    expect(kindOfFile('fr/deals/d/index.html')).toBeUndefined();
    expect(kindOfFile('data/c.csv')).toBe(csv);
    expect(kindOfFile('ko/data/c.csv')).toBeUndefined();
    expect(kindFolder(deal)).toBe('deals');
  });
});
