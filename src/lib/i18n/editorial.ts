// Editorial text (a topic's title, an edition's label) in a page's language: the record's translation when
// it has one, else the English marked lang="en" so readers and screen readers know what they are reading.
import type { Locale } from './locales.ts';

/** Text and, when it is not in the page's language, the lang the element around it must carry. */
export interface Editorial {
  text: string;
  lang?: 'en';
}

type Translated<F extends string> = { [K in F]?: string } & {
  translations?: Partial<Record<Exclude<Locale, 'en'>, Partial<Record<F, string | undefined>> | undefined>>;
};

/** A field of an editorial record in a language; English pages get the field as it is, with no lang. */
export function editorialIn<F extends string>(record: Translated<F>, field: F, locale: Locale): Editorial {
  const english = record[field] ?? '';
  if (locale === 'en') return { text: english };
  const own = record.translations?.[locale]?.[field];
  return own ? { text: own } : { text: english, lang: 'en' };
}

/** The lang of dataset text (names, titles, notes: English) on a page in `locale`; none on English pages. */
export function datasetLangIn(locale: Locale): 'en' | undefined {
  return locale === 'en' ? undefined : 'en';
}
