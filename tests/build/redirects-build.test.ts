// A publisher renames briefings: with the old address in data/redirects.json it becomes a redirect page and
// nothing is reported; without, the build says which published address the new site drops; a redirect to
// no page stops the build with dist/ as it was.
import { existsSync } from 'node:fs';
import { rename, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReportPages } from '../../scripts/pdf.ts';
import { build, copyProject, describeBuild, removeCopies } from './helpers.ts';

let dir: string;
const OLD = '/briefings/jpm-2026-china-deals/';
const NEW = '/briefings/jpm-2026-deals/';
const page = (p: string) => readFile(path.join(dir, 'dist', p, 'index.html'), 'utf8');
const briefing = (slug: string) => path.join(dir, 'content/briefings', `${slug}.mdx`);
/** Renames a briefing as a publisher does: the English file and its translations (content/briefings/ko|zh/). */
async function renameBriefing(from: string, to: string) {
  await rename(briefing(from), briefing(to));
  for (const lang of ['ko', 'zh']) if (existsSync(briefing(`${lang}/${from}`))) await rename(briefing(`${lang}/${from}`), briefing(`${lang}/${to}`));
}
const redirectsFile = () => path.join(dir, 'data/redirects.json');

beforeAll(async () => {
  dir = await copyProject('deal-atlas-redirects-');
  const first = await build(dir);
  expect(first.code, describeBuild(first)).toBe(0);
  expect(await page(OLD)).toContain('<h1');
}, 240_000);
afterAll(removeCopies);

describe('moved pages', () => {
  it('a renamed page with its old address in data/redirects.json: a redirect to the new page, nothing reported', async () => {
    await renameBriefing('jpm-2026-china-deals', 'jpm-2026-deals');
    await writeFile(redirectsFile(), JSON.stringify([{ from: OLD, to: NEW }], null, 2));
    const r = await build(dir);
    expect(r.code, describeBuild(r)).toBe(0);
    expect(r.stderr).not.toContain('not in this build');
    const html = await page(OLD);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${NEW}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(await page(NEW)).toContain('<h1');
    // The one record moves the Korean and Chinese pages too.
    expect(await page(`/ko${OLD}`)).toContain(`<meta http-equiv="refresh" content="0;url=/ko${NEW}">`);
    expect(await page(`/zh${NEW}`)).toContain('<h1');
    // Not a report page: no PDF is printed for it.
    const reports = findReportPages(path.join(dir, 'dist')).map((p) => p.slug);
    expect(reports).toContain('jpm-2026-deals');
    expect(reports).not.toContain('jpm-2026-china-deals');
  });

  it('a redirect to an address with no page stops the build, naming the record, and leaves dist/ as it was', async () => {
    const before = await page(OLD);
    await writeFile(redirectsFile(), JSON.stringify([{ from: OLD, to: '/briefings/jpm-2026-dealz/' }], null, 2));
    const r = await build(dir);
    expect(r.code, describeBuild(r)).toBe(1);
    expect(r.stderr).toContain(`✗ data/redirects.json › record "${OLD}" › field "to": no page at "/briefings/jpm-2026-dealz/" in this build`);
    expect(await page(OLD)).toBe(before);
    for (const left of ['dist.staging', 'dist.search', 'dist.dataset']) expect(existsSync(path.join(dir, left)), `${left} left behind`).toBe(false);
    await writeFile(redirectsFile(), JSON.stringify([{ from: OLD, to: NEW }], null, 2));
  });

  it('a build that drops a published page without a redirect says which, and how to redirect it', async () => {
    const korea = '/briefings/korea-licensing-rebound-q1-2025/';
    await renameBriefing('korea-licensing-rebound-q1-2025', 'korea-q1-2025');
    const r = await build(dir);
    expect(r.code, describeBuild(r)).toBe(0);
    // The page in each of its three languages.
    expect(r.stderr).toContain('build: 3 pages of the published site are not in this build; links to them will get the 404 page:');
    for (const dropped of [korea, `/ko${korea}`, `/zh${korea}`]) expect(r.stderr).toContain(`\n  ${dropped}\n`);
    expect(r.stderr).toContain('data/redirects.json');
    await expect(page(korea)).rejects.toThrow();
    await rm(redirectsFile());
  });
});
