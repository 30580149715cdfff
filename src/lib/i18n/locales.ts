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

/** Every language the site is written in: message files and their validation cover all of them. */
export const ALL_LOCALE_IDS = Object.keys(LOCALES) as Locale[];

/** The variable that narrows a build to some languages ("SITE_LANGUAGES=en": English only). */
export const SITE_LANGUAGES_ENV = 'SITE_LANGUAGES';

/**
 * The languages a setting of SITE_LANGUAGES builds: a comma-separated list of ids ("en,ko"), in LOCALES'
 * order; unset or empty, all. English, the default at the root, is always needed. For the benchmark (the
 * three-language build against the English-only one) and for a quick English build while writing.
 */
export function builtLocales(setting: string | undefined): Locale[] {
  const asked = (setting ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (asked.length === 0) return ALL_LOCALE_IDS;
  const unknown = asked.filter((s) => !isLocale(s));
  if (unknown.length) throw new Error(`${SITE_LANGUAGES_ENV}: no language ${unknown.map((s) => `"${s}"`).join(', ')}; expected some of ${ALL_LOCALE_IDS.join(', ')}`);
  if (!asked.includes(DEFAULT_LOCALE)) throw new Error(`${SITE_LANGUAGES_ENV}: "${DEFAULT_LOCALE}" is needed (its pages are the site's root); got "${setting}"`);
  return ALL_LOCALE_IDS.filter((id) => asked.includes(id));
}

const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

/**
 * The languages this build makes pages in (SITE_LANGUAGES, above): routing, hreflang alternates, the
 * language switcher, the sitemap and search records all follow this list.
 */
export const LOCALE_IDS: Locale[] = builtLocales(env[SITE_LANGUAGES_ENV]);

export function isLocale(s: string): s is Locale {
  return Object.hasOwn(LOCALES, s);
}

/** The language whose addresses start with this segment ("ko", "zh"; undefined or "" for English). */
export function localeOfPath(segment: string | undefined): Locale {
  const found = LOCALE_IDS.find((id) => LOCALES[id].path === (segment ?? ''));
  if (!found) throw new Error(`No language has addresses under /${segment}/ (src/lib/i18n/locales.ts)`);
  return found;
}
