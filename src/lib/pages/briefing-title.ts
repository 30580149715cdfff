// The one place a briefing's title is chosen for a language (home, editions, topics, the feeds). Translated
// briefings are another part of the work: until they exist every language shows the English title, marked
// lang="en" on Korean and Chinese pages. Replace the body with the per-language title once they are.
import type { BriefingEntry } from '../site-content.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Editorial } from '../i18n/editorial.ts';

/** A briefing's title in a language, and lang="en" when it is the English title on another language's page. */
export function briefingTitleIn(b: BriefingEntry, locale: Locale): Editorial {
  return locale === 'en' ? { text: b.data.title } : { text: b.data.title, lang: 'en' };
}
