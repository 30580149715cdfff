// Facts no cited source states (a record's `notInSources`): which of a page's facts carry the "not in the
// sources" mark, and the note that explains it (Facts.astro shows both), in the page's language.
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import type { Dataset } from './dataset.ts';
import { translator } from './i18n/messages.ts';
import type { Locale } from './i18n/locales.ts';
import { companyById } from './queries.ts';
import type { Fact } from './record-facts.ts';

/** The mark's words, and what it means, said once under the facts. */
export const unsourcedMark = (locale: Locale = 'en') => translator(locale)('deal.unsourced.mark');
export const unsourcedNote = (locale: Locale = 'en') => translator(locale)('deal.unsourced.note');

/** Fact field → the mark's words, for a company's page. */
export function companyUnsourced(company: Company, locale: Locale = 'en'): Map<string, string> {
  return new Map((company.notInSources ?? []).map((f) => [f, unsourcedMark(locale)]));
}

/** Fact field → the mark's words, for a deal's page: its own fields, and a party's country no source states. */
export function dealUnsourced(ds: Dataset, deal: Deal, locale: Locale = 'en'): Map<string, string> {
  const marks = new Map<string, string>((deal.notInSources ?? []).map((f) => [f, unsourcedMark(locale)]));
  for (const [field, id] of [['licensor', deal.licensor], ['licensee', deal.licensee]] as const)
    if (companyById(ds, id)?.notInSources?.includes('country')) marks.set(field, translator(locale)('deal.unsourced.countryMark'));
  return marks;
}

/** The facts with the marks set on those whose field they name. */
export function markUnsourced(facts: Fact[], marks: Map<string, string>): Fact[] {
  return facts.map((f) => (f.field && marks.has(f.field) ? { ...f, unsourced: marks.get(f.field) } : f));
}
