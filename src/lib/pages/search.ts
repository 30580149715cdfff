// /search/: the search form and the pagefind bundles it merges, and the words the browser script writes
// (it has no messages of its own: the page gives them, in its language).
import type { Dataset } from '../dataset.ts';
import { recordBundlePaths } from '../search-records.ts';
import { url } from '../url.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';

/** Placeholders the browser fills: kept as they are here. */
const LATER = { count: '{count}', query: '{query}' };

export function searchPage(ds: Dataset, locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  return {
    action: h.search(),
    pagefind: url('/pagefind/pagefind.js'),
    // Deals and companies are indexed from data into bundles of their own (scripts/lib/search-index.ts).
    // One record per deal and per company (searchRecords): the bundle names follow from the counts alone.
    recordBundles: recordBundlePaths(ds.deals.length + ds.companies.length).map((p) => url(p)).join(' '),
    /** Where to browse without JavaScript. */
    browse: { deals: h.deals(), companies: h.companies(), briefings: h.briefings() },
    /** The script's words, as data-* attributes of the form: {count} and {query} are filled in the browser. */
    script: {
      searching: t('searchPage.searching'),
      resultOne: t('searchPage.result.one', LATER),
      resultOther: t('searchPage.result.other', LATER),
      missing: t('searchPage.missing'),
    },
  };
}
