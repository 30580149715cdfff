// The one place a briefing's words are chosen for a language (home, editions, topics, charts, deals, the
// feeds): the translation's where there is one (briefing-in.ts), else the English, marked lang="en" on
// other languages' pages.
import type { BriefingEntry } from '../site-content.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Editorial } from '../i18n/editorial.ts';
import { briefingIn } from '../briefing-in.ts';

/** A briefing's title, summary or period label in a language, with lang="en" when it is the English. */
export function briefingTextIn(b: BriefingEntry, field: 'title' | 'summary' | 'periodLabel', locale: Locale): Editorial {
  const shown = briefingIn(b, locale);
  return shown.translated ? { text: shown[field] } : { text: shown[field], lang: 'en' };
}

/** A briefing's title in a language (briefingTextIn). */
export function briefingTitleIn(b: BriefingEntry, locale: Locale): Editorial {
  return briefingTextIn(b, 'title', locale);
}
