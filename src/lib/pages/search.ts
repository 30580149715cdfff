// /search/: the search form and the pagefind bundles it merges.
import type { Dataset } from '../dataset.ts';
import { href } from '../routes.ts';
import { recordBundlePaths } from '../search-records.ts';
import { url } from '../url.ts';

export function searchPage(ds: Dataset) {
  return {
    action: href.search(),
    pagefind: url('/pagefind/pagefind.js'),
    // Deals and companies are indexed from data into bundles of their own (scripts/lib/search-index.ts).
    // One record per deal and per company (searchRecords): the bundle names follow from the counts alone.
    recordBundles: recordBundlePaths(ds.deals.length + ds.companies.length).map((p) => url(p)).join(' '),
    /** Where to browse without JavaScript. */
    browse: { deals: href.deals(), companies: href.companies(), briefings: href.briefings() },
  };
}
