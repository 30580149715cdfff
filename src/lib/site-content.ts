// What pages are built from: the validated dataset and the published briefings, in the order pages list
// them. Pure, so page data (src/lib/pages/) is tested on a fixture read by the same reader.
import type { Briefing } from '../schema/briefing.ts';
import type { Dataset } from './dataset.ts';
import type { MdxRef } from './mdx-refs.ts';
import type { Snapshot } from './dataset-snapshot.ts';
import type { EditionEntry } from './editions.ts';
import type { Locale } from './i18n/locales.ts';

/** A briefing's text in one language: frontmatter (validated), the MDX body as written, what it places. */
export interface BriefingText {
  /** content/briefings/<id>.mdx (English) or content/briefings/<language path>/<id>.mdx, from the project root. */
  file: string;
  data: Briefing;
  body: string;
  /** The components the body places (src/lib/mdx-refs.ts). */
  refs: MdxRef[];
}

/** A published briefing (the English original) and its page slug. */
export interface BriefingEntry extends BriefingText {
  /** The file name without .mdx: the page is /briefings/<id>/ (and /ko/briefings/<id>/, …). */
  id: string;
  /** Its published translations by language (src/lib/briefing-in.ts picks the one a page shows). */
  translations?: Partial<Record<Locale, BriefingText>>;
}

export interface SiteContent {
  dataset: Dataset;
  briefings: BriefingEntry[];
  /** Editions with their snapshots, oldest first (none on a site without data/editions.json). */
  editions: EditionEntry[];
}

/**
 * The reader's result as pages see it: records sorted by id (topics by their order), briefings published
 * and newest first. Drafts are left out unless `drafts` is set: `astro dev` shows them so that an author
 * can preview the draft `npm run new:briefing` wrote; a build never does.
 */
export function siteContent({ dataset, briefings, translations = [], editions = [] }: Snapshot, opts: { drafts?: boolean } = {}): SiteContent {
  const published = <T extends { data: Briefing }>(b: T) => opts.drafts || !b.data.draft;
  const translationsOf = (slug: string) =>
    Object.fromEntries(
      translations.filter((t) => t.slug === slug && published(t)).map((t) => [t.locale, { file: t.file, data: t.data, body: t.body, refs: t.refs }]),
    ) as Partial<Record<Locale, BriefingText>>;
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    dataset: {
      sources: dataset.sources.sort(byId),
      companies: dataset.companies.sort(byId),
      deals: dataset.deals.sort(byId),
      metrics: dataset.metrics.sort(byId),
      topics: dataset.topics.sort((a, b) => a.order - b.order),
    },
    // Newest first; drafts are not published.
    // A translation is published with its original, never without it.
    briefings: briefings
      .filter(published)
      .map((b) => ({ id: b.slug, file: b.file, data: b.data, body: b.body, refs: b.refs, translations: translationsOf(b.slug) }))
      .sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id < b.id ? -1 : 1)),
    editions,
  };
}

const byDeal = new WeakMap<BriefingEntry[], Map<string, BriefingEntry[]>>();

/** Published briefings that discuss a deal, newest first (an index built once per list: every deal page asks). */
export function briefingsOfDeal(briefings: BriefingEntry[], dealId: string): BriefingEntry[] {
  let index = byDeal.get(briefings);
  if (!index) {
    index = new Map();
    for (const b of briefings) for (const id of new Set(b.data.deals)) (index.get(id) ?? index.set(id, []).get(id)!).push(b);
    byDeal.set(briefings, index);
  }
  return index.get(dealId) ?? [];
}
