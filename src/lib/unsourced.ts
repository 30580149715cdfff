// Facts no cited source states (a record's `notInSources`): which of a page's facts carry the "not in the
// sources" mark, and the note that explains it (Facts.astro shows both).
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import { COMPANY_UNSOURCED_FIELDS, DEAL_UNSOURCED_FIELDS } from '../schema/vocab.ts';
import type { Dataset } from './dataset.ts';
import { companyById } from './queries.ts';
import type { Fact } from './record-facts.ts';

/** The mark's words, and what it means, said once under the facts. */
export const UNSOURCED_MARK = 'not in the sources';
export const UNSOURCED_NOTE =
  'Marked “not in the sources”: none of the documents this page cites states it; it comes from general knowledge or is inferred from context.';

/** Fact label → the mark's words, for a company's page. */
export function companyUnsourced(company: Company): Map<string, string> {
  return new Map((company.notInSources ?? []).map((f) => [COMPANY_UNSOURCED_FIELDS[f], UNSOURCED_MARK]));
}

/** Fact label → the mark's words, for a deal's page: its own fields, and a party's country no source states. */
export function dealUnsourced(ds: Dataset, deal: Deal): Map<string, string> {
  const marks = new Map<string, string>((deal.notInSources ?? []).map((f) => [DEAL_UNSOURCED_FIELDS[f], UNSOURCED_MARK]));
  for (const [label, id] of [['Licensor', deal.licensor], ['Licensee', deal.licensee]] as const)
    if (companyById(ds, id)?.notInSources?.includes('country')) marks.set(label, `country ${UNSOURCED_MARK}`);
  return marks;
}

/** The facts with the marks set on those they name. */
export function markUnsourced(facts: Fact[], marks: Map<string, string>): Fact[] {
  return facts.map((f) => (marks.has(f.label) ? { ...f, unsourced: marks.get(f.label) } : f));
}
