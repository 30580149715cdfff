// The built site in Korean and Chinese, read from dist/ (no browser): 404 pages per language where static
// hosts look for them, a feed per language, and the reading pages' labels, dates and editorial text.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, readDist, requireDist } from './helpers/dist.ts';

beforeAll(() => void requireDist());
const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
const lang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

describe('404 per language', () => {
  it('/404.html English, /ko/404.html Korean, /zh/404.html Chinese, each linking its own pages', () => {
    const en = readDist('404.html');
    expect([lang(en), h1(en)]).toEqual(['en', 'Page not found']);
    const ko = readDist('ko/404.html');
    expect([lang(ko), h1(ko)]).toEqual(['ko', '페이지를 찾을 수 없습니다']);
    expect(ko).toMatch(/href="[^"]*\/ko\/deals\/"/);
    const zh = readDist('zh/404.html');
    expect([lang(zh), h1(zh)]).toEqual(['zh-Hans', '页面不存在']);
    expect(zh).toContain('<meta name="robots" content="noindex">');
    expect(existsSync(path.join(distDir, 'ko/404'))).toBe(false);
  });
});

describe('feeds per language', () => {
  it('each feed says its language and links its language\'s pages', () => {
    expect(readDist('rss.xml')).toContain('<language>en</language>');
    const ko = readDist('ko/rss.xml');
    expect(ko).toContain('<language>ko</language>');
    expect(ko).toMatch(/<link>https?:\/\/[^<]+\/ko\/briefings\/[^<]+<\/link>/);
    expect(readDist('zh/rss.xml')).toContain('<language>zh-Hans</language>');
  });
});

describe('reading pages in Korean and Chinese', () => {
  it('home: labels in the language, the topics\' own translations, dates its way', () => {
    const ko = readDist('ko/index.html');
    expect(ko).toContain('<h2 id="key-figures">주요 수치</h2>');
    expect(ko).toContain('개발 단계별 중국 라이선스 아웃');
    expect(ko).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);
    expect(readDist('zh/index.html')).toContain('<h2 id="newest-deals">最新交易</h2>');
  });

  it('an edition page: its translated label and the dates of its period', () => {
    const zh = readDist('zh/editions/2025-q2/index.html');
    expect(h1(zh)).toBe('2025年第二季度版');
    expect(zh).toContain('2025年4月1日至2025年6月30日');
  });

  it('sources: table headers in the language, the source titles marked English', () => {
    const ko = readDist('ko/sources/index.html');
    expect(ko).toContain('<th scope="col">인용 위치</th>');
    expect(ko).toMatch(/<h2 id="[^"]+-h" lang="en">/);
  });
});
