// What pages are built from: the validated dataset and the published briefings, in the order pages list
// them. Pure, so page data (src/lib/pages/) is tested on a fixture read by the same reader.
import type { Briefing } from '../schema/briefing.ts';
import type { Dataset } from './dataset.ts';
import type { MdxRef } from './mdx-refs.ts';
import type { Snapshot } from './dataset-snapshot.ts';
import type { EditionEntry } from './editions.ts';

/** A published briefing: its frontmatter (validated), the MDX body as written, and its page slug. */
export interface BriefingEntry {
  /** The file name without .mdx: the page is /briefings/<id>/. */
  id: string;
  /** content/briefings/<id>.mdx, from the project root. */
  file: string;
  data: Briefing;
  body: string;
  /** The components the body places (src/lib/mdx-refs.ts). */
  refs: MdxRef[];
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
export function siteContent({ dataset, briefings, editions = [] }: Snapshot, opts: { drafts?: boolean } = {}): SiteContent {
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
    briefings: briefings
      .filter((b) => opts.drafts || !b.data.draft)
      .map((b) => ({ id: b.slug, file: b.file, data: b.data, body: b.body, refs: b.refs }))
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
