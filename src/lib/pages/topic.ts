// A topic's page (src/pages/topics/[id].astro): intro, charts, deals, briefings on the topic, sources.
import { siteConfig } from '../../site.config.ts';
import type { Topic } from '../../schema/topic.ts';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { formatIsoDate } from '../dates.ts';
import { dealsForQuery } from '../queries.ts';
import { href, reportSlot, sitePath } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import { pageCard } from '../social-image.ts';
import { cardText } from './pictures.ts';

/** A topic lists at most this many deals (in its query's order); the explorer has the rest. */
export const TOPIC_DEAL_ROWS = 50;

export function topicPaths(ds: Dataset): { params: { id: string }; props: { topic: Topic } }[] {
  return ds.topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}

export function topicPage(ds: Dataset, briefings: BriefingEntry[], topic: Topic) {
  const all = dealsForQuery(ds, topic.deals);
  const deals = all.slice(0, TOPIC_DEAL_ROWS);
  const capped = all.length > TOPIC_DEAL_ROWS;
  const citations = [...ds.metrics.filter((m) => topic.metrics.includes(m.id)).flatMap((m) => m.points.flatMap((p) => p.sources)), ...deals.flatMap((d) => d.sources)];
  return {
    title: topic.title,
    summary: topic.summary,
    report: { kind: 'Topic', date: formatIsoDate(siteConfig.builtOn) },
    /** It shows charts: the page loads the figure script. */
    figures: topic.charts.length > 0,
    /** Its social card, with its first chart (src/pages/cards/). */
    image: pageCard('topics', topic.id, cardText(ds, briefings, 'topics', topic.id).alt),
    pdfSlot: reportSlot(sitePath.topic(topic.id)),
    intro: topic.intro.split(/\n\s*\n/),
    charts: topic.charts,
    deals,
    dealsCaption: capped ? `Deals in “${topic.title}”: the first ${TOPIC_DEAL_ROWS} of ${all.length}` : `Deals in “${topic.title}”`,
    /** Where the rest are, when the topic has more deals than it lists. */
    allDeals: capped ? { count: all.length, href: href.deals() } : undefined,
    briefings: briefings.filter((b) => b.data.topics.includes(topic.id)).map((b) => ({ href: href.briefing(b.id), text: b.data.title })),
    sources: sourceList(ds, citations),
  };
}
