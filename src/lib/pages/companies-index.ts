// /companies/: every company by name, with its country, kind and number of deals.
import { countryLabel } from '../countries.ts';
import type { Dataset } from '../dataset.ts';
import { dealsOfCompany } from '../queries.ts';
import { href } from '../routes.ts';
import { COMPANY_KINDS } from '../../schema/vocab.ts';
import { statusesCounted } from '../deal-history.ts';

export function companiesIndexPage(ds: Dataset) {
  return {
    /** Which deals the Deals column counts (docs/architecture.md, "Which statuses a count includes"). */
    counted: `The Deals column counts a company's deals of every status, as licensor or licensee; in the dataset: ${statusesCounted(ds.deals)}.`,
    companies: [...ds.companies]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((c) => {
        const d = dealsOfCompany(ds, c.id);
        return { href: href.company(c.id), name: c.name, country: countryLabel(c.country), kind: COMPANY_KINDS[c.kind], deals: d.asLicensor.length + d.asLicensee.length };
      }),
  };
}
