// /companies/: every company by name, with its country, kind and number of deals, in the page's language.
import { countryLabelIn } from '../countries.ts';
import type { Dataset } from '../dataset.ts';
import { dealsOfCompany } from '../queries.ts';
import { statusesCounted } from '../deal-history.ts';
import { hrefIn } from '../i18n/routing.ts';
import { translator } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import { companyNameIn } from '../company-name.ts';
import { vocabLabel } from '../vocab-labels.ts';

export function companiesIndexPage(ds: Dataset, locale: Locale = 'en') {
  const t = translator(locale);
  const h = hrefIn(locale);
  return {
    /** Which deals the Deals column counts (docs/architecture.md, "Which statuses a count includes"). */
    counted: t('companies.counted', { statuses: statusesCounted(ds.deals, locale) }),
    // By English name in every language: a list a reader of any edition finds a company in the same place.
    companies: [...ds.companies]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((c) => {
        const d = dealsOfCompany(ds, c.id);
        const name = companyNameIn(c, locale);
        return {
          href: h.company(c.id),
          name: name.text,
          /** The name's language where it is not the page's (an English name on a Korean page). */
          lang: name.lang,
          country: countryLabelIn(c.country, locale),
          kind: vocabLabel('companyKind', c.kind, locale),
          deals: d.asLicensor.length + d.asLicensee.length,
        };
      }),
  };
}
