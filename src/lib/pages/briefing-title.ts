// The one place a briefing's title is chosen for a language (home, editions, topics, the feeds): the
// translation's where there is one (briefing-in.ts), else the English, marked lang="en" on other pages.
import type { BriefingEntry } from '../site-content.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Editorial } from '../i18n/editorial.ts';
import { briefingIn } from '../briefing-in.ts';

/** A briefing's title in a language, and lang="en" when it is the English title on another language's page. */
export function briefingTitleIn(b: BriefingEntry, locale: Locale): Editorial {
  const shown = briefingIn(b, locale);
  return shown.lang ? { text: shown.title, lang: shown.lang } : { text: shown.title };
}
