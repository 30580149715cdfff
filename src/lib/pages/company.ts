// A company's page (src/pages/companies/[id].astro): its facts, its deals as licensor and as licensee
// (a parent's include its units'), its sources.
import type { Company } from '../../schema/company.ts';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { dealsOfCompany, unitsOf } from '../queries.ts';
import { companyFacts } from '../record-facts.ts';
import { companyUnsourced, markUnsourced } from '../unsourced.ts';

export function companyPaths(ds: Dataset): { params: { id: string }; props: { company: Company } }[] {
  return ds.companies.map((company) => ({ params: { id: company.id }, props: { company } }));
}

export function companyPage(ds: Dataset, company: Company) {
  const { asLicensor, asLicensee } = dealsOfCompany(ds, company.id);
  const units = unitsOf(ds, company.id);
  return {
    name: company.name,
    description: `${company.name} (${company.country}): profile and every licensing deal as licensor or licensee.`,
    profile: company.profile,
    facts: markUnsourced(companyFacts(ds, company), companyUnsourced(company)),
    asLicensor: { deals: asLicensor, caption: `Deals with ${company.name} as licensor` },
    asLicensee: { deals: asLicensee, caption: `Deals with ${company.name}${units.length ? ' or its units' : ''} as licensee` },
    sources: sourceList(ds, company.sources),
  };
}
