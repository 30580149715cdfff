// A count in a sentence, in full with the language's grouping ("1,002" in English, Korean and Chinese alike):
// a count of deals is exact, so never shortened the way amounts are ("1.2만").
import { LOCALES, type Locale } from './i18n/locales.ts';

export function countText(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'en' ? 'en' : LOCALES[locale].intl);
}
