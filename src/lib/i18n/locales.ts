// The languages the site is written in: the one list. Routing, message files and formatters key on these ids.

export const LOCALES = {
  en: {
    /** BCP 47 tag for the page's `lang` and `hreflang`. */
    tag: 'en',
    /** The locale Intl formats with: British English writes "17 March 2025", as the site does. */
    intl: 'en-GB',
    /** The language's name in itself, for a language switcher. */
    name: 'English',
    /** The first segment of the language's addresses ("/ko/deals/…"); English, the default, has none. */
    path: '',
  },
  ko: { tag: 'ko', intl: 'ko-KR', name: '한국어', path: 'ko' },
  // The script subtag matters: zh alone does not say Simplified, and Traditional readers write 億, not 亿.
  // Its addresses say /zh/: short, and what readers type.
  'zh-Hans': { tag: 'zh-Hans', intl: 'zh-Hans-CN', name: '简体中文', path: 'zh' },
} as const;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_IDS = Object.keys(LOCALES) as Locale[];

export function isLocale(s: string): s is Locale {
  return Object.hasOwn(LOCALES, s);
}

/** The language whose addresses start with this segment ("ko", "zh"; undefined or "" for English). */
export function localeOfPath(segment: string | undefined): Locale {
  const found = LOCALE_IDS.find((id) => LOCALES[id].path === (segment ?? ''));
  if (!found) throw new Error(`No language has addresses under /${segment}/ (src/lib/i18n/locales.ts)`);
  return found;
}
