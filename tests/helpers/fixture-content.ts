// The fixture site (fixture-site.ts) as pages see it: written to a temp dir, read by the site's own reader
// (validation, MDX references) and ordered as pages get it (siteContent).
import { afterAll, beforeAll } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import type { Deal } from '../../src/schema/deal.ts';
import { siteContent, type SiteContent } from '../../src/lib/site-content.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { makeSite, removeSites, type SiteFiles } from './fixture-site.ts';

/** Call removeSites from afterAll (or use fixtureSites). */
export async function fixtureContent(mutate?: (site: SiteFiles) => void): Promise<SiteContent> {
  const { problems, ...read } = await readDataset(await makeSite(mutate), chartIds);
  if (problems.length) throw new Error(`fixture site: ${JSON.stringify(problems, null, 1)}`);
  return siteContent(read);
}

/**
 * `n` more deals by Acme Bio, one a year from 2024 back (so many years with a deal each), the last undated,
 * each citing the fixture's source: more deals than the explorer's page lists, a source cited by more
 * records than /sources/ lists.
 */
export function addDeals(site: SiteFiles, n: number): void {
  const base = site.deals[0] as Deal;
  for (let i = 0; i < n; i++) {
    const year = 2024 - (i % 30);
    site.deals.push({ ...base, id: `acme-gen-${String(i).padStart(4, '0')}`, announced: i === n - 1 ? undefined : { value: `${year}`, precision: 'year' } });
  }
}

/**
 * For a test file: the fixture site (`small`) and a bigger one (`big`), each changed by its function first,
 * read before the file's tests and removed after them.
 */
export function fixtureSites(mutate: { small?: (site: SiteFiles) => void; big: (site: SiteFiles) => void }): { small: SiteContent; big: SiteContent } {
  const sites = {} as { small: SiteContent; big: SiteContent };
  beforeAll(async () => {
    sites.small = await fixtureContent(mutate.small);
    sites.big = await fixtureContent(mutate.big);
  });
  afterAll(removeSites);
  return sites;
}
