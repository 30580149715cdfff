// Country names for pages: shown where there is room, codes in dense tables. The lookup itself is in
// schema/countries.ts (the schema needs it to refuse codes that name no country).
import { countryName } from '../schema/countries.ts';
import { LOCALES, type Locale } from './i18n/locales.ts';

/** The name to show for a code: its English name, or the code itself if it names no region. */
export function countryLabel(code: string): string {
  return countryName(code) ?? code;
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The name of a region code in a page's language, from the runtime's CLDR data: "KR" → "대한민국" / "韩国" */
export function countryLabelIn(code: string, locale: Locale): string {
  if (locale === 'en' || !countryName(code)) return countryLabel(code);
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([LOCALES[locale].intl], { type: 'region', fallback: 'code' })));
  return names.of(code) ?? code;
}
