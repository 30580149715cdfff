// A deal's page (src/pages/[...locale]/deals/[id].astro): its facts, its terms (guaranteed apart from contingent),
// its history, the briefings that discuss it, its sources, in the page's language.
import { briefingTitleIn } from './briefing-title.ts';
import type { Deal } from '../../schema/deal.ts';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { companyById } from '../queries.ts';
import { dealFacts, dealTermGroups } from '../record-facts.ts';
import { timeline } from '../deal-history.ts';
import { dealUnsourced, markUnsourced } from '../unsourced.ts';
import { dealTitle } from '../search-records.ts';
import { briefingsOfDeal, type BriefingEntry } from '../site-content.ts';
import { hrefIn } from '../i18n/routing.ts';
import { translator } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatPartialDateIn } from '../i18n/format-date.ts';
import { vocabLabel } from '../vocab-labels.ts';
import { companyNameIn } from '../company-name.ts';
import { dataLang } from '../data-lang.ts';

export function dealPaths(ds: Dataset): { params: { id: string }; props: { deal: Deal } }[] {
  return ds.deals.map((deal) => ({ params: { id: deal.id }, props: { deal } }));
}

export function dealPage(ds: Dataset, briefings: BriefingEntry[], deal: Deal, locale: Locale = 'en') {
  const t = translator(locale);
  const h = hrefIn(locale);
  const name = (id: string) => companyNameIn(companyById(ds, id), locale).text;
  return {
    title: dealTitle(ds, deal),
    description: t('deal.description', {
      type: vocabLabel('dealType', deal.type, locale),
      asset: deal.asset.name,
      licensor: name(deal.licensor),
      licensee: name(deal.licensee),
      date: formatPartialDateIn(deal.announced, locale),
    }),
    /** The language of the title and the asset's name (the dataset's English) where it is not the page's. */
    dataLang: dataLang(locale),
    assetName: deal.asset.name,
    facts: markUnsourced(dealFacts(ds, deal, locale), dealUnsourced(ds, deal, locale)),
    terms: dealTermGroups(deal, locale),
    history: timeline(deal, locale).map((e) => ({
      ...e,
      sources: e.sources.map((c) => ({
        href: h.sourceSection(c.source),
        text: `${ds.sources.find((s) => s.id === c.source)?.title ?? c.source}, ${c.locator}`,
        ...(dataLang(locale) ? { lang: dataLang(locale) } : {}),
      })),
    })),
    notes: deal.notes,
    briefings: briefingsOfDeal(briefings, deal.id).map((b) => ({ href: h.briefing(b.id), title: briefingTitleIn(b, locale) })),
    sources: sourceList(ds, [...deal.sources, ...deal.events.flatMap((e) => e.sources)], [], locale),
  };
}
