// The languages (locales.ts) in the shapes Astro's i18n routing and @astrojs/sitemap take.
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES } from './locales.ts';

/** Astro's `i18n` option: English unprefixed; each other language under its path, with its BCP 47 code. */
export function astroI18n() {
  return {
    locales: LOCALE_IDS.map((id) => ({ path: LOCALES[id].path || id, codes: [LOCALES[id].tag] as [string] })),
    defaultLocale: LOCALES[DEFAULT_LOCALE].path || DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  };
}

/** The sitemap's `i18n` option: each address lists its alternates (xhtml:link hreflang). */
export function sitemapI18n() {
  return {
    defaultLocale: LOCALES[DEFAULT_LOCALE].path || DEFAULT_LOCALE,
    locales: Object.fromEntries(LOCALE_IDS.map((id) => [LOCALES[id].path || id, LOCALES[id].tag])),
  };
}
