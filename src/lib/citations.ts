// Which sources a page or a chart cites, and where in each: one grouping for a page's source list
// (SourceList.astro) and a chart's "Sources:" line (src/charts/notes.ts).
import type { Citation } from '../schema/primitives.ts';
import { SOURCE_KINDS } from '../schema/vocab.ts';
import type { Dataset } from './dataset.ts';
import { href } from './routes.ts';

/** Distinct sources of the citations in first-use order, after any `first` listed; each with its distinct locators in first-use order. */
export function citedSources(citations: Pick<Citation, 'source' | 'locator'>[], first: string[] = []): { id: string; locators: string[] }[] {
  const bySource = new Map<string, Set<string>>();
  for (const id of first) if (!bySource.has(id)) bySource.set(id, new Set());
  for (const c of citations) (bySource.get(c.source) ?? bySource.set(c.source, new Set()).get(c.source)!).add(c.locator);
  return [...bySource].map(([id, locators]) => ({ id, locators: [...locators] }));
}

/**
 * The citations of several records (the deals or points a figure is made of) as one list: each distinct
 * citation (source, locator and via) once, in first-use order, so a total cites every record it sums.
 */
export function mergeCitations(...lists: readonly (readonly Citation[])[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const list of lists) for (const c of list) {
    const key = JSON.stringify([c.source, c.locator, c.via ?? null]);
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}

/** One entry of a page's source list. */
export interface SourceListItem {
  href: string;
  /** The source's title (its id if the dataset has no such source). */
  title: string;
  /** Publisher, kind and date; undefined for a source the dataset does not have. */
  meta?: string;
  /** Where the page's figures are in it, sorted. */
  locators: string[];
}

/** A page's source list: the sources it names (`sourceIds`, a briefing's frontmatter) and those its figures cite. */
export function sourceList(ds: Dataset, citations: Citation[], sourceIds: string[] = []): SourceListItem[] {
  return citedSources(citations, sourceIds).map(({ id, locators }) => {
    const s = ds.sources.find((x) => x.id === id);
    return {
      href: href.sourceSection(id),
      title: s?.title ?? id,
      meta: s && [s.publisher, SOURCE_KINDS[s.kind], s.date].filter(Boolean).join(', '),
      locators: locators.sort(),
    };
  });
}
