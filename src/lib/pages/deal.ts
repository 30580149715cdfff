// A deal's page (src/pages/deals/[id].astro): its facts, its terms (guaranteed apart from contingent), its
// history, the briefings that discuss it, its sources.
import type { Deal } from '../../schema/deal.ts';
import { DEAL_TYPES } from '../../schema/vocab.ts';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { formatPartialDate } from '../dates.ts';
import { companyById } from '../queries.ts';
import { dealFacts, dealTermGroups } from '../record-facts.ts';
import { timeline } from '../deal-history.ts';
import { dealUnsourced, markUnsourced } from '../unsourced.ts';
import { href } from '../routes.ts';
import { dealTitle } from '../search-records.ts';
import { briefingsOfDeal, type BriefingEntry } from '../site-content.ts';

export function dealPaths(ds: Dataset): { params: { id: string }; props: { deal: Deal } }[] {
  return ds.deals.map((deal) => ({ params: { id: deal.id }, props: { deal } }));
}

export function dealPage(ds: Dataset, briefings: BriefingEntry[], deal: Deal) {
  const lr = companyById(ds, deal.licensor);
  const le = companyById(ds, deal.licensee);
  return {
    title: dealTitle(ds, deal),
    description: `${DEAL_TYPES[deal.type]} of ${deal.asset.name} from ${lr?.name} to ${le?.name}, ${formatPartialDate(deal.announced)}.`,
    assetName: deal.asset.name,
    facts: markUnsourced(dealFacts(ds, deal), dealUnsourced(ds, deal)),
    terms: dealTermGroups(deal),
    history: timeline(deal).map((e) => ({
      ...e,
      sources: e.sources.map((c) => ({ href: href.sourceSection(c.source), text: `${ds.sources.find((s) => s.id === c.source)?.title ?? c.source}, ${c.locator}` })),
    })),
    notes: deal.notes,
    briefings: briefingsOfDeal(briefings, deal.id).map((b) => ({ href: href.briefing(b.id), text: b.data.title })),
    sources: sourceList(ds, [...deal.sources, ...deal.events.flatMap((e) => e.sources)]),
  };
}
