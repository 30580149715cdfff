// The home page (src/pages/index.astro) leads with the story: the latest briefing and the first chart it
// places, then key figures (each linked to its source and locator), the newest deals, topics and every briefing.
import { formatMoney, formatValue } from '../format.ts';
import type { Dataset } from '../dataset.ts';
import { formatIsoDate, formatPartialDate } from '../dates.ts';
import { keyFigures } from '../key-figures.ts';
import { given } from '../deal-terms.ts';
import { statusesCounted } from '../deal-history.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { companyById, sortDealsByDate } from '../queries.ts';
import { href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';

/** How many of the newest deals the home page lists (the explorer has them all). */
export const HOME_DEALS = 5;

export function homePage(ds: Dataset, briefings: BriefingEntry[]) {
  const latest = briefings[0];
  // The latest briefing's lead chart: the first <Chart> its text places (code and comments are text).
  const leadChart = latest ? chartsPlaced(latest.refs)[0] : undefined;
  const name = (id: string) => companyById(ds, id)?.name ?? id;
  // Undated deals sort last and are not "newest": only deals with an announcement date are listed.
  const newest = sortDealsByDate(ds.deals.filter((d) => d.announced)).slice(0, HOME_DEALS);
  return {
    latest: latest && {
      href: href.briefing(latest.id),
      title: latest.data.title,
      periodLabel: latest.data.periodLabel,
      date: formatIsoDate(latest.data.date),
      summary: latest.data.summary,
    },
    /** Chart id shown under the latest briefing, if it places one. */
    leadChart,
    /** The page shows a figure (Base `figures`: loads the figure script). */
    figures: leadChart !== undefined,
    keyFigures: keyFigures(ds).map((f) => {
      const cite = f.point.sources[0]!;
      return {
        value: formatValue(f.point.value, f.series.unit, f.point.qualifier, f.point.upper),
        label: f.label,
        source: { href: href.sourceSection(cite.source), text: `${f.sourceTitle}, ${cite.locator}` },
      };
    }),
    deals: newest.map((d) => ({
      href: href.deal(d.id),
      date: formatPartialDate(d.announced, { short: true }),
      parties: `${name(d.licensor)} → ${name(d.licensee)}`,
      asset: d.asset.name,
      // The terms as the source states them: upfront and headline where given, as the deal table shows them.
      terms: [given(d.terms.upfront), given(d.terms.total)].flatMap((t, i) => (t ? [`${formatMoney(t)} ${i === 0 ? 'upfront' : 'headline'}`] : [])),
    })),
    allDeals: { href: href.deals(), text: `All ${ds.deals.length.toLocaleString('en')} deals in the explorer (${statusesCounted(ds.deals)})` },
    topics: ds.topics.map((t) => ({ href: href.topic(t.id), title: t.title, summary: t.summary })),
    briefings: briefings.map((b) => ({ href: href.briefing(b.id), title: b.data.title, periodLabel: b.data.periodLabel })),
  };
}
