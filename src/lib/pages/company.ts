// A company's page (src/pages/[...locale]/companies/[id].astro): its facts, its deals as licensor and as licensee
// (a parent's include its units'), its sources, in the page's language. On a Korean or Chinese page a company
// with a name in the reader's script is headed by it, its English name beside it.
import type { Company } from '../../schema/company.ts';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { dealsOfCompany, unitsOf } from '../queries.ts';
import { companyFacts } from '../record-facts.ts';
import { companyUnsourced, markUnsourced } from '../unsourced.ts';
import { translator } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import { companyNameIn } from '../company-name.ts';

export function companyPaths(ds: Dataset): { params: { id: string }; props: { company: Company } }[] {
  return ds.companies.map((company) => ({ params: { id: company.id }, props: { company } }));
}

export function companyPage(ds: Dataset, company: Company, locale: Locale = 'en') {
  const t = translator(locale);
  const { asLicensor, asLicensee } = dealsOfCompany(ds, company.id);
  const units = unitsOf(ds, company.id);
  const shown = companyNameIn(company, locale);
  return {
    name: company.name,
    /** The name as the page heads it: in the reader's script (with the English beside it) or the English one. */
    heading: shown,
    description: t('company.description', { name: shown.text, country: company.country }),
    profile: company.profile,
    facts: markUnsourced(companyFacts(ds, company, locale), companyUnsourced(company, locale)),
    asLicensor: { deals: asLicensor, caption: t('company.caption.licensor', { name: shown.text }) },
    asLicensee: { deals: asLicensee, caption: t(units.length ? 'company.caption.licenseeUnits' : 'company.caption.licensee', { name: shown.text }) },
    sources: sourceList(ds, company.sources, [], locale),
  };
}
