// Which published pages a build drops (the warning after a build): from the two builds' sitemaps, less
// redirected addresses and pages the new build still has though its sitemap leaves them out.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, removedPages } from '../../scripts/lib/published-pages.ts';

describe('removedPages', () => {
  const before = new Set(['/a/', '/b/', '/embed/x/', '/old/']);
  const after = new Set(['/a/', '/b/']);

  it('lists pages the new sitemap lacks, sorted, less redirected ones', () => {
    expect(removedPages(before, after)).toEqual(['/embed/x/', '/old/']);
    expect(removedPages(before, after, new Set(['/old/']))).toEqual(['/embed/x/']);
  });

  it('a page the new sitemap leaves out but the new build still has is not dropped', () => {
    expect(removedPages(before, after, new Set(), (p) => p.startsWith('/embed/'))).toEqual(['/old/']);
  });
});

describe('builtPages', () => {
  it('reads the address paths of every sitemap the index names; none without an index', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'published-pages-'));
    expect((await builtPages(dir)).size).toBe(0);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'sitemap-index.xml'), '<sitemapindex><sitemap><loc>https://x.org/atlas/sitemap-0.xml</loc></sitemap></sitemapindex>');
    await writeFile(path.join(dir, 'sitemap-0.xml'), '<urlset><url><loc>https://x.org/atlas/</loc></url><url><loc>https://x.org/atlas/a?b=1&amp;c=2</loc></url></urlset>');
    expect([...(await builtPages(dir))]).toEqual(['/atlas/', '/atlas/a']);
  });
});
