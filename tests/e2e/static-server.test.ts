// The test server itself: directory index, content types, 404.html with status 404, no path traversal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDist, sitePath } from './helpers/dist.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(requireDist());
});
afterAll(() => server?.close());

const get = (p: string) => fetch(server.url(p));

describe('static server', () => {
  it('listens on 127.0.0.1', () => expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/));

  it.each([
    ['/', /^text\/html/],
    ['/deals/', /^text\/html/],
    ['/deals/index.html', /^text\/html/],
    ['/brand.css', /^text\/css/],
    ['/logo.svg', /^image\/svg\+xml/],
    ['/rss.xml', /xml/],
    ['/data/top-deals.csv', /^text\/csv/],
    ['/data/top-deals.json', /^application\/json/],
    ['/pagefind/pagefind.js', /javascript/],
  ])('%s → 200 %s', async (p, type) => {
    const res = await get(sitePath(p));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
    await res.arrayBuffer();
  });

  it('serves the built scripts as JavaScript', async () => {
    const html = await (await get(sitePath('/deals/'))).text();
    const src = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBeTruthy();
    const res = await get(src!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers misses with 404.html and status 404', async () => {
    for (const p of ['/nope/', '/deals/nope/', '/nope.css']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(await res.text()).toMatch(/Page not found/);
    }
  });

  it('a miss under a language folder gets that language\'s 404 page, as static hosts serve a nested 404.html', async () => {
    const ko = await get(sitePath('/ko/no-such-page/'));
    expect(ko.status).toBe(404);
    expect(await ko.text()).toMatch(/<html lang="ko"/);
    const zh = await get(sitePath('/zh/deals/nope/'));
    expect(zh.status).toBe(404);
    expect(await zh.text()).toMatch(/<html lang="zh-Hans"/);
  });

  it('never serves files outside the site', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
    }
  });
});
