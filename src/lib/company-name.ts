// A company's name as a page in each language shows it: its own name in the reader's script where it has one
// (localNames: 알테오젠 on Korean pages), else its English name, marked as English there.
import type { Company } from '../schema/company.ts';
import { LOCALES, type Locale } from './i18n/locales.ts';
import { dataLang } from './data-lang.ts';

export interface ShownName {
  text: string;
  /** The name's language when it differs from the page's (the English name on a Korean page). */
  lang?: string;
  /** The English name, when the shown one is in the reader's script. */
  english?: string;
}

export function companyNameIn(company: Pick<Company, 'name' | 'localNames'> | undefined, locale: Locale): ShownName {
  const local = locale === 'en' ? undefined : company?.localNames?.[locale];
  if (local) return { text: local, english: company!.name };
  return { text: company?.name ?? '', lang: dataLang(locale) };
}

/** The reader's-script name of a company in a language, with its BCP 47 tag, or undefined. */
export function localNameOf(company: Pick<Company, 'localNames'>, locale: Locale): { text: string; lang: string } | undefined {
  const text = locale === 'en' ? undefined : company.localNames?.[locale];
  return text ? { text, lang: LOCALES[locale].tag } : undefined;
}
