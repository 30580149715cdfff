// Pages a build publishes, to tell the publisher which addresses a new build drops: links already shared
// to them would land on the 404 page unless data/redirects.json sends them on. The list comes from the
// build's sitemap (every page readers can land on, as @astrojs/sitemap writes it), not from walking the
// folder: at 10,000 deals, listing dist/ and the new build took 2.8 s, reading both sitemaps a few ms.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Address paths (with the base path) of the pages in a built folder's sitemap; none without one. */
export async function builtPages(dir: string): Promise<Set<string>> {
  const index = await readFile(path.join(dir, 'sitemap-index.xml'), 'utf8').catch(() => undefined);
  if (index === undefined) return new Set();
  const pages = new Set<string>();
  for (const sitemap of locs(index)) {
    const file = path.join(dir, path.basename(new URL(sitemap).pathname));
    for (const loc of locs(await readFile(file, 'utf8'))) pages.add(new URL(loc).pathname);
  }
  return pages;
}

/**
 * Pages of the previous build that the new one no longer has and no redirect covers, sorted. `built` says
 * whether the new build still has a page its sitemap leaves out: a sitemap can shed pages that stay (the
 * chart embeds, noindex, left it in December 2026), and those are not dropped.
 */
export function removedPages(before: Set<string>, after: Set<string>, redirected: Set<string> = new Set(), built: (page: string) => boolean = () => false): string[] {
  return [...before].filter((p) => !after.has(p) && !redirected.has(p) && !built(p)).sort();
}

/** The warning for dropped pages: the addresses (the first `max`) and what to do. */
export function removedPagesWarning(removed: string[], max = 20): string {
  const n = removed.length;
  const list = removed.slice(0, max).map((p) => `  ${p}`);
  if (n > max) list.push(`  … and ${n - max} more`);
  return [
    `build: ${n} page${n === 1 ? '' : 's'} of the published site ${n === 1 ? 'is' : 'are'} not in this build; links to ${n === 1 ? 'it' : 'them'} will get the 404 page:`,
    ...list,
    '  If a page moved, add {"from": "<old address>", "to": "<new address>"} to data/redirects.json and build again.',
  ].join('\n');
}
