// Words from the dataset (company and asset names, notes, source titles) are English: on a page in another
// language, the element around them says so (lang="en"), for screen readers, hyphenation and fonts.
import type { Locale } from './i18n/locales.ts';

/** The lang attribute for dataset text on a page in `locale`: undefined on English pages (the page's own). */
export function dataLang(locale: Locale): 'en' | undefined {
  return locale === 'en' ? undefined : 'en';
}
