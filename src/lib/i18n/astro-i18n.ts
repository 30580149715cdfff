// The languages (locales.ts) in the shape Astro's i18n routing takes. The sitemap's alternates: sitemap-alternates.ts.
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES } from './locales.ts';

/** Astro's `i18n` option: English unprefixed; each other language under its path, with its BCP 47 code. */
export function astroI18n() {
  return {
    locales: LOCALE_IDS.map((id) => ({ path: LOCALES[id].path || id, codes: [LOCALES[id].tag] as [string] })),
    defaultLocale: LOCALES[DEFAULT_LOCALE].path || DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  };
}
