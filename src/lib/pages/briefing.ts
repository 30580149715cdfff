// A briefing's page (src/pages/[...locale]/briefings/[slug].astro): title block, contents, the MDX text
// (rendered by the route), its deals, its sources and the neighbouring briefings. In Korean and Chinese the
// text is the translation where one is published, otherwise the English original with a notice.
import type { MarkdownHeading } from 'astro';
import { sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { formatIsoDate } from '../dates.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { dealById, sortDealsByDate } from '../queries.ts';
import { readingMinutes } from '../reading-time.ts';
import { reportSlot, sitePath } from '../routes.ts';
import { briefingIn } from '../briefing-in.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { formatIsoDateIn } from '../i18n/format-date.ts';
import { translator } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import type { BriefingEntry } from '../site-content.ts';
import { ownCard } from './pictures.ts';
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

const MARK = '\u0000';

/** A message's text before and after a placeholder filled with `mark`. */
function around(text: string, mark: string): [string, string] {
  const i = text.indexOf(mark);
  return [text.slice(0, i), text.slice(i + mark.length)];
}

/** `headings` are the compiled MDX's (renderBriefing of `briefingIn(entry, locale).text`): the contents list shows levels 2 and 3. */
export function briefingPage(ds: Dataset, { entry, newer, older }: BriefingProps, headings: MarkdownHeading[], editions: EditionEntry[] = [], locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale);
  const h = hrefIn(locale);
  const date = (iso: string) => (locale === DEFAULT_LOCALE ? formatIsoDate(iso) : formatIsoDateIn(iso, locale));
  // Dataset text (topic titles, edition labels) is English: marked so on the other languages' pages.
  const dataLang = locale === DEFAULT_LOCALE ? undefined : LOCALES[DEFAULT_LOCALE].tag;
  const shown = briefingIn(entry, locale);
  const b = entry.data;
  const asOf = briefingAsOf(b.edition, editions);
  const edition = editions.find((e) => e.edition.id === b.edition)?.edition;
  const deals = sortDealsByDate([...new Set(b.deals)].flatMap((id) => dealById(ds, id) ?? []));
  const neighbour = (other: BriefingEntry | undefined, key: 'briefing.previous' | 'briefing.next') => {
    if (!other) return undefined;
    const o = briefingIn(other, locale);
    // The label's words around the title, so an English title alone carries lang="en".
    return { href: o.href, title: o.title, lang: o.lang, label: around(t(key, { title: MARK }), MARK) };
  };
  return {
    locale,
    title: shown.title,
    summary: shown.summary,
    /** "en" when the text is the English original on a Korean or Chinese page: its title, summary and body carry it. */
    lang: shown.lang,
    /** Said above the text where it is the English original on another language's page. */
    notice: shown.translated ? undefined : t('briefing.notTranslated'),
    authors: shown.text.data.authors.join(', '),
    published: date(b.date),
    periodLabel: shown.periodLabel,
    /** "Covers " and "" around the period's label (English, marked, where the text is the English original). */
    coversLabel: around(t('briefing.covers', { period: MARK }), MARK),
    readingMinutes: readingMinutes(shown.text.body),
    report: { kind: t('briefing.kind'), period: shown.periodLabel, date: date(b.date) },
    /** Its text places a chart: the page loads the figure script. */
    figures: chartsPlaced(entry.refs).length > 0,
    /** Its social card, with the first chart it places (src/pages/cards/). */
    image: ownCard(ds, [entry], 'briefings', entry.id, locale),
    pdfSlot: reportSlot(sitePath.briefing(entry.id)),
    topics: ds.topics.filter((x) => b.topics.includes(x.id)).map((x) => ({ href: h.topic(x.id), text: x.title })),
    dataLang,
    /** "Topic: " and "" around a topic's title. */
    topicLabel: around(t('briefing.topic', { title: MARK }), MARK),
    toc: headings.filter((x) => x.depth === 2 || x.depth === 3),
    deals,
    dealsCaption: t('briefing.dealsCaption', { title: shown.title }),
    sources: sourceList(ds, deals.flatMap((d) => d.sources), b.sources, locale),
    older: neighbour(older, 'briefing.previous'),
    newer: neighbour(newer, 'briefing.next'),
    /** The snapshot its figures quote (the page hands it to <Num> and <DealTerm>). */
    asOf,
    edition: edition && {
      href: h.edition(edition.id),
      label: edition.label,
      link: t('briefing.editionLink', { label: edition.label }),
      note: asOf
        ? t(asOf.reconstructed ? 'briefing.editionNote.reconstructed' : 'briefing.editionNote.asOf', { label: edition.label })
        : t('briefing.editionNote.inPreparation', { label: edition.label }),
    },
  };
}
