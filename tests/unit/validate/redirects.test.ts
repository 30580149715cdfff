// data/redirects.json: each mistake is a problem naming the file, the old address (as the record) and the field.
import { afterAll, describe, expect, it } from 'vitest';
import { astroRedirects, missingTargets, redirectListProblems } from '../../../src/lib/redirects.ts';
import { dataPagePaths } from '../../../src/lib/page-kinds.ts';
import { at, problemsOf, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const FILE = 'data/redirects.json';
const withRedirects = (value: unknown) => problemsOf((s) => (s.raw[FILE] = JSON.stringify(value)));

describe('data/redirects.json', () => {
  it('no file is fine, and so is a valid one', async () => {
    expect(await problemsOf()).toEqual([]);
    expect(await withRedirects([{ from: '/briefings/old-name/', to: '/briefings/a/' }])).toEqual([]);
  });

  it('an address that is not a site path says how to write one', async () => {
    const problems = await withRedirects([{ from: 'briefings/old', to: 'https://elsewhere.example/x/' }]);
    expect(at(problems, FILE, 'briefings/old', 'from')[0]?.message).toMatch(/^expected a page address on this site such as "\/briefings\/old-name\/"/);
    expect(at(problems, FILE, 'briefings/old', 'to')).toHaveLength(1);
  });

  it('a redirect over a page the data makes would hide it', async () => {
    const problems = await withRedirects([{ from: '/deals/acme-bigpharma-2025/', to: '/briefings/a/' }]);
    expect(problems).toEqual([
      { file: FILE, record: '/deals/acme-bigpharma-2025/', field: 'from', message: 'a page of the site is at this address: a redirect here would replace it' },
    ]);
  });

  it('duplicates, a redirect to itself and a chain', () => {
    const problems = redirectListProblems([
      { from: '/a/', to: '/b/' },
      { from: '/a/', to: '/c/' },
      { from: '/d/', to: '/d/' },
      { from: '/e/', to: '/a/' },
    ]);
    expect(problems.map((p) => [p.record, p.field, p.message])).toEqual([
      ['/a/', 'from', '"/a/" is redirected twice: keep one record'],
      ['/d/', 'to', 'redirects to itself'],
      ['/e/', 'to', '"/a/" is itself redirected (to "/b/"): point this record at the final address'],
    ]);
  });

  it('a misspelt field and malformed JSON are reported like any data file', async () => {
    expect(at(await withRedirects([{ from: '/x/', too: '/briefings/a/' }]), FILE, '/x/', 'too')[0]?.message).toMatch(/did you mean "to"/);
    const broken = await problemsOf((s) => (s.raw[FILE] = '[{"from": "/x/",}]'));
    expect(at(broken, FILE, '', '')[0]?.message).toMatch(/^malformed JSON at line 1/);
  });

  it('a target with no page in the build is a problem of its record', () => {
    const pages = new Set(['/briefings/a/']);
    expect(missingTargets([{ from: '/x/', to: '/briefings/a/' }, { from: '/y/', to: '/briefings/b/' }], (p) => pages.has(p))).toEqual([
      { file: FILE, record: '/y/', field: 'to', message: 'no page at "/briefings/b/" in this build' },
    ]);
  });

  it('the pages the data makes include every data-driven address', () => {
    const pages = dataPagePaths({ deals: [{ id: 'd1' }], companies: [{ id: 'c1' }], topics: [{ id: 't1' }] } as never, ['b1'], ['ch1']);
    for (const p of ['/', '/deals/', '/briefings/b1/', '/deals/d1/', '/companies/c1/', '/topics/t1/', '/charts/ch1/', '/embed/ch1/']) expect(pages.has(p), p).toBe(true);
  });
});

describe('Astro redirects option', () => {
  it('destinations carry the base path (Astro adds it to the old address only)', async () => {
    const { makeSite } = await import('../../helpers/fixture-site.ts');
    const dir = await makeSite((s) => (s.raw[FILE] = JSON.stringify([{ from: '/briefings/old/', to: '/briefings/a/' }])));
    // One record moves the page in every language.
    expect(astroRedirects(dir, '/')).toEqual({
      '/briefings/old/': { status: 301, destination: '/briefings/a/' },
      '/ko/briefings/old/': { status: 301, destination: '/ko/briefings/a/' },
      '/zh/briefings/old/': { status: 301, destination: '/zh/briefings/a/' },
    });
    expect(astroRedirects(dir, '/atlas/')['/ko/briefings/old/']).toEqual({ status: 301, destination: '/atlas/ko/briefings/a/' });
  });
});
