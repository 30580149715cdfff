// A briefing's page (src/pages/briefings/[slug].astro): title block, contents, the MDX text (rendered by
// the route), its deals, its sources and the neighbouring briefings.
import type { MarkdownHeading } from 'astro';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { formatIsoDate } from '../dates.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { dealById, sortDealsByDate } from '../queries.ts';
import { readingMinutes } from '../reading-time.ts';
import { href, reportSlot, sitePath } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import { pageCard } from '../social-image.ts';
import { cardText } from './pictures.ts';
import { briefingAsOf, type EditionEntry } from '../editions.ts';

export interface BriefingProps {
  entry: BriefingEntry;
  /** The next newer briefing, if any. */
  newer?: BriefingEntry;
  /** The next older briefing, if any. */
  older?: BriefingEntry;
}

/** One page per published briefing (newest first): "previous" is the older briefing, "next" the newer one. */
export function briefingPaths(briefings: BriefingEntry[]): { params: { slug: string }; props: BriefingProps }[] {
  return briefings.map((entry, i) => ({ params: { slug: entry.id }, props: { entry, newer: briefings[i - 1], older: briefings[i + 1] } }));
}

/** `headings` are the compiled MDX's (renderBriefing): the contents list shows levels 2 and 3. */
export function briefingPage(ds: Dataset, { entry, newer, older }: BriefingProps, headings: MarkdownHeading[], editions: EditionEntry[] = []) {
  const b = entry.data;
  const asOf = briefingAsOf(b.edition, editions);
  const edition = editions.find((e) => e.edition.id === b.edition)?.edition;
  const deals = sortDealsByDate([...new Set(b.deals)].flatMap((id) => dealById(ds, id) ?? []));
  const neighbour = (other: BriefingEntry | undefined) => other && { href: href.briefing(other.id), title: other.data.title };
  return {
    title: b.title,
    summary: b.summary,
    authors: b.authors.join(', '),
    published: formatIsoDate(b.date),
    periodLabel: b.periodLabel,
    readingMinutes: readingMinutes(entry.body),
    report: { kind: 'Briefing', period: b.periodLabel, date: formatIsoDate(b.date) },
    /** Its text places a chart: the page loads the figure script. */
    figures: chartsPlaced(entry.refs).length > 0,
    /** Its social card, with the first chart it places (src/pages/cards/). */
    image: pageCard('briefings', entry.id, cardText(ds, [entry], 'briefings', entry.id).alt),
    pdfSlot: reportSlot(sitePath.briefing(entry.id)),
    topics: ds.topics.filter((t) => b.topics.includes(t.id)).map((t) => ({ href: href.topic(t.id), text: t.title })),
    toc: headings.filter((h) => h.depth === 2 || h.depth === 3),
    deals,
    dealsCaption: `Deals discussed in “${b.title}”`,
    sources: sourceList(ds, deals.flatMap((d) => d.sources), b.sources),
    older: neighbour(older),
    newer: neighbour(newer),
    /** The snapshot its figures quote (the page hands it to <Num> and <DealTerm>). */
    asOf,
    edition: edition && {
      href: href.edition(edition.id),
      label: edition.label,
      note: asOf
        ? `Published in the ${edition.label} edition: figures are quoted as of that edition${asOf.reconstructed ? ' (its data were reconstructed after publication)' : ''}; where the data have been revised since, a note gives the new figure and its source.`
        : `Part of the ${edition.label} edition, which is not yet published: figures are today's.`,
    },
  };
}
