// The languages the site is written in: the one list. Routing, message files and formatters key on these ids.

export const LOCALES = {
  en: {
    /** BCP 47 tag for the page's `lang` and `hreflang`. */
    tag: 'en',
    /** The locale Intl formats with: British English writes "17 March 2025", as the site does. */
    intl: 'en-GB',
    /** The language's name in itself, for a language switcher. */
    name: 'English',
  },
  ko: { tag: 'ko', intl: 'ko-KR', name: '한국어' },
  // The script subtag matters: zh alone does not say Simplified, and Traditional readers write 億, not 亿.
  'zh-Hans': { tag: 'zh-Hans', intl: 'zh-Hans-CN', name: '简体中文' },
} as const;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_IDS = Object.keys(LOCALES) as Locale[];

export function isLocale(s: string): s is Locale {
  return Object.hasOwn(LOCALES, s);
}
