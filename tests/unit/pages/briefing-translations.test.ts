// A briefing's page and /briefings/ in Korean and Chinese: the translation where one is published,
// otherwise the English original, marked lang="en" with a notice in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingIn } from '../../../src/lib/briefing-in.ts';
import { readingMinutes } from '../../../src/lib/reading-time.ts';
import { briefingPage, briefingPaths } from '../../../src/lib/pages/briefing.ts';
import { briefingsIndexPage } from '../../../src/lib/pages/briefings-index.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';
import { fixtureContent } from '../../helpers/fixture-content.ts';
import { removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

type Briefing = { frontmatter: Record<string, unknown>; body: string };

/** "a" in Korean; an older briefing in English only, with a Korean translation still a draft. */
function site(s: SiteFiles) {
  const a = s.briefings.a as Briefing;
  s.briefings['ko/a'] = {
    frontmatter: { ...a.frontmatter, title: '한국 브리핑', summary: '무슨 일이 있었나.', periodLabel: '2025년 1분기' },
    body: a.body.replace('Acme licensed AB-101 for', '## 개요\n\nAcme는 AB-101을 기술이전했다.'),
  };
  const older = { ...a.frontmatter, title: 'Older', summary: 'Earlier.', date: '2025-01-02', period: '2024-Q4', periodLabel: 'Q4 2024', deals: [] };
  s.briefings.older = { frontmatter: older, body: 'Older text.\n' };
  s.briefings['ko/older'] = { frontmatter: { ...older, title: '초안', draft: true }, body: '초안.\n' };
}

let c: SiteContent;
beforeAll(async () => (c = await fixtureContent(site)));
afterAll(removeSites);

const props = (slug: string) => briefingPaths(c.briefings).find((p) => p.params.slug === slug)!.props;
const page = (slug: string, locale: Locale) => briefingPage(c.dataset, props(slug), [], [], locale);

describe('briefingIn: the text a page in a language shows', () => {
  const entry = (slug: string) => c.briefings.find((b) => b.id === slug)!;

  it('the translation where it is published', () => {
    const ko = briefingIn(entry('a'), 'ko');
    expect(ko).toMatchObject({ title: '한국 브리핑', summary: '무슨 일이 있었나.', periodLabel: '2025년 1분기', href: '/ko/briefings/a/', translated: true, lang: undefined });
    expect(ko.text.file).toBe('content/briefings/ko/a.mdx');
  });

  it('the English original, marked, where there is none (or only a draft)', () => {
    expect(briefingIn(entry('a'), 'zh-Hans')).toMatchObject({ title: 'A briefing', href: '/zh/briefings/a/', translated: false, lang: 'en' });
    const older = briefingIn(entry('older'), 'ko');
    expect(older).toMatchObject({ title: 'Older', translated: false, lang: 'en' });
    expect(older.text.file).toBe('content/briefings/older.mdx');
  });

  it('English is English, unmarked', () => {
    expect(briefingIn(entry('a'), 'en')).toMatchObject({ title: 'A briefing', href: '/briefings/a/', translated: true, lang: undefined });
  });
});

describe('briefing page', () => {
  it('a translated briefing: its title, labels and dates in Korean, no notice', () => {
    const p = page('a', 'ko');
    expect(p).toMatchObject({ title: '한국 브리핑', summary: '무슨 일이 있었나.', periodLabel: '2025년 1분기', lang: undefined, notice: undefined });
    expect(p.published).toBe('2025년 3월 28일');
    expect(p.report.kind).toBe('브리핑');
    expect(p.dealsCaption).toBe('“한국 브리핑”에서 다룬 거래');
    expect(p.topics).toEqual([{ href: '/ko/topics/licensing/', text: 'Licensing' }]);
    expect(p.dataLang).toBe('en');
  });

  it('the English original on a Chinese page: lang="en" and a notice in Chinese', () => {
    const p = page('a', 'zh-Hans');
    expect(p).toMatchObject({ title: 'A briefing', lang: 'en', notice: '本简报尚未译成中文，以下为英文原文。', periodLabel: 'Q1 2025', coversLabel: ['覆盖期间：', ''] });
    expect(p.report.kind).toBe('简报');
  });

  it('neighbours in the reader language where translated, marked English where not', () => {
    expect(page('a', 'ko').older).toEqual({ href: '/ko/briefings/older/', title: 'Older', lang: 'en', label: ['← 이전: ', ''] });
    expect(page('older', 'ko').newer).toEqual({ href: '/ko/briefings/a/', title: '한국 브리핑', lang: undefined, label: ['다음: ', ' →'] });
  });

  it('English unchanged: no notice, no lang', () => {
    const p = page('older', 'en');
    expect(p).toMatchObject({ title: 'Older', lang: undefined, notice: undefined, published: '2 January 2025' });
    expect(p.dataLang).toBeUndefined();
  });
});

describe('/briefings/ per language', () => {
  const index = (locale: Locale) => briefingsIndexPage(c.briefings, c.dataset, [], locale);

  it('Korean: translated titles and periods, the rest in English and marked', () => {
    const p = index('ko');
    expect(p.title).toBe('브리핑');
    expect(p.groups.map((g) => [g.period, g.lang])).toEqual([
      ['2025년 1분기', undefined],
      ['Q4 2024', 'en'],
    ]);
    expect(p.groups[0]!.briefings).toEqual([{ href: '/ko/briefings/a/', title: '한국 브리핑', date: '2025년 3월 28일', summary: '무슨 일이 있었나.', lang: undefined, inEnglish: undefined }]);
    expect(p.groups[1]!.briefings[0]).toMatchObject({ href: '/ko/briefings/older/', title: 'Older', lang: 'en', inEnglish: '영어 원문' });
  });

  it('Chinese: nothing translated, every briefing marked English', () => {
    const p = index('zh-Hans');
    expect(p.groups.flatMap((g) => g.briefings.map((b) => [b.href, b.lang, b.inEnglish]))).toEqual([
      ['/zh/briefings/a/', 'en', '英文原文'],
      ['/zh/briefings/older/', 'en', '英文原文'],
    ]);
  });

  it('English as before', () => {
    const p = index('en');
    expect(p.title).toBe('Briefings');
    expect(p.groups.map((g) => g.period)).toEqual(['Q1 2025', 'Q4 2024']);
    expect(p.groups[0]!.briefings[0]).toMatchObject({ href: '/briefings/a/', title: 'A briefing', date: '28 March 2025', lang: undefined, inEnglish: undefined });
  });
});

describe('reading time in every language', () => {
  it('counts Chinese characters and Korean syllables, not spaced words', () => {
    // About four minutes of reading each: 880 English words, 1,020 Chinese characters, 1,400 Korean syllables.
    expect(readingMinutes('word '.repeat(880))).toBe(4);
    expect(readingMinutes('中国药企。'.repeat(255))).toBe(4);
    expect(readingMinutes('기술이전 계약을 '.repeat(200))).toBe(4);
  });
});

describe('other pages name a briefing in the reader\'s language', () => {
  it('home and feeds take the translation\'s title, summary and period, and mark the English', async () => {
    const { homePage } = await import('../../../src/lib/pages/home.ts');
    const { rssFeed } = await import('../../../src/lib/pages/feeds.ts');
    const ko = homePage(c.dataset, c.briefings, 'ko');
    expect(ko.latest).toMatchObject({ title: { text: '한국 브리핑' }, summary: { text: '무슨 일이 있었나.' }, periodLabel: { text: '2025년 1분기' } });
    expect(ko.briefings.map((b) => [b.title, b.periodLabel])).toEqual([
      [{ text: '한국 브리핑' }, { text: '2025년 1분기' }],
      [{ text: 'Older', lang: 'en' }, { text: 'Q4 2024', lang: 'en' }],
    ]);
    const items = rssFeed(c.briefings, new URL('https://example.org'), 'ko').items as { title: string; description: string }[];
    expect(items.map((i) => [i.title, i.description])).toEqual([
      ['한국 브리핑', '무슨 일이 있었나.'],
      ['Older', 'Earlier.'],
    ]);
  });
});
