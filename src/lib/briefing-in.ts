// Which text of a briefing a page in a language shows: its translation where one is published, otherwise
// the English original, marked as English (lang="en") so readers and screen readers know. Every page, feed
// and list that names a briefing asks here, so they agree on title, summary and address.
import { hrefIn } from './i18n/routing.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locales.ts';
import type { BriefingEntry, BriefingText } from './site-content.ts';

export interface BriefingInLocale {
  /** The text shown: the translation, or the English original. */
  text: BriefingText;
  /** False when a page in another language shows the English original (it says so). */
  translated: boolean;
  /** The `lang` the text's elements need on this page: "en" where it is English on a Korean or Chinese page, else undefined. */
  lang: string | undefined;
  title: string;
  summary: string;
  periodLabel: string;
  /** Its page in this language. */
  href: string;
}

/** A briefing as a page in `locale` shows it: title, summary and address, and whether it is translated. */
export function briefingIn(entry: BriefingEntry, locale: Locale): BriefingInLocale {
  const translation = locale === DEFAULT_LOCALE ? undefined : entry.translations?.[locale];
  const text = translation ?? entry;
  const translated = locale === DEFAULT_LOCALE || translation !== undefined;
  return {
    text,
    translated,
    lang: translated ? undefined : LOCALES[DEFAULT_LOCALE].tag,
    title: text.data.title,
    summary: text.data.summary,
    periodLabel: text.data.periodLabel,
    href: hrefIn(locale).briefing(entry.id),
  };
}
