// A topic's page (src/pages/[...locale]/topics/[id].astro): intro, charts, deals, briefings on the topic, sources.
import { siteConfig } from '../../site.config.ts';
import type { Topic } from '../../schema/topic.ts';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { formatIsoDate } from '../dates.ts';
import { dealsForQuery } from '../queries.ts';
import { reportSlot, sitePath } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import { ownCard } from './pictures.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import { formatIsoDateIn } from '../i18n/format-date.ts';
import { editorialIn } from '../i18n/editorial.ts';
import { briefingTitleIn } from './briefing-title.ts';

/** A topic lists at most this many deals (in its query's order); the explorer has the rest. */
export const TOPIC_DEAL_ROWS = 50;

export function topicPaths(ds: Dataset): { params: { id: string }; props: { topic: Topic } }[] {
  return ds.topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}

export function topicPage(ds: Dataset, briefings: BriefingEntry[], topic: Topic, locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  const all = dealsForQuery(ds, topic.deals);
  const deals = all.slice(0, TOPIC_DEAL_ROWS);
  const capped = all.length > TOPIC_DEAL_ROWS;
  const citations = [...ds.metrics.filter((m) => topic.metrics.includes(m.id)).flatMap((m) => m.points.flatMap((p) => p.sources)), ...deals.flatMap((d) => d.sources)];
  const title = editorialIn(topic, 'title', locale);
  const intro = editorialIn(topic, 'intro', locale);
  return {
    title,
    summary: editorialIn(topic, 'summary', locale),
    report: { kind: t('topic.report.kind'), date: locale === 'en' ? formatIsoDate(siteConfig.builtOn) : formatIsoDateIn(siteConfig.builtOn, locale) },
    /** It shows charts: the page loads the figure script. */
    figures: topic.charts.length > 0,
    /** Its social card, with its first chart (src/pages/cards/). */
    image: ownCard(ds, briefings, 'topics', topic.id, locale),
    pdfSlot: reportSlot(sitePath.topic(topic.id)),
    intro: { paragraphs: intro.text.split(/\n\s*\n/), lang: intro.lang },
    charts: topic.charts,
    deals,
    dealsCaption: capped ? t('topic.deals.captionCapped', { title: title.text, shown: TOPIC_DEAL_ROWS, count: all.length }) : t('topic.deals.caption', { title: title.text }),
    /** Where the rest are, when the topic has more deals than it lists. */
    allDeals: capped ? { count: all.length, href: h.deals() } : undefined,
    briefings: briefings.filter((b) => b.data.topics.includes(topic.id)).map((b) => ({ href: h.briefing(b.id), text: briefingTitleIn(b, locale) })),
    sources: sourceList(ds, citations, [], locale),
  };
}
