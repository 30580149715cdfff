// The site's own words from site.config.ts (tagline, licence, method) in a page's language: the configured
// translation, else the English, marked lang="en" (a rebrand that adds no translation still reads honestly).
import { siteConfig } from '../../site.config.ts';
import type { Editorial } from './editorial.ts';
import type { Locale } from './locales.ts';

export type SiteTextField = 'tagline' | 'licence' | 'method';

export function siteTextIn(field: SiteTextField, locale: Locale): Editorial {
  if (locale === 'en') return { text: siteConfig[field] };
  const own = siteConfig.translations[locale]?.[field];
  return own ? { text: own } : { text: siteConfig[field], lang: 'en' };
}
