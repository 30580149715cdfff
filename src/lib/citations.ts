// Which sources a page or a chart cites, and where in each: one grouping for a page's source list
// (SourceList.astro) and a chart's "Sources:" line (src/charts/notes.ts).
import type { Citation } from '../schema/primitives.ts';
import { SOURCE_KINDS } from '../schema/vocab.ts';
import type { Dataset } from './dataset.ts';
import type { Locale } from './i18n/locales.ts';
import { hrefIn } from './i18n/routing.ts';
import { datasetLangIn } from './i18n/editorial.ts';
import { sourceKindIn } from './i18n/source-kinds.ts';
import { formatFlexibleDateIn } from './i18n/format-date.ts';

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
  /** "en" on another language's page: the title and publisher are the dataset's. */
  lang?: 'en';
}

/**
 * A page's source list: the sources it names (`sourceIds`, a briefing's frontmatter) and those its figures cite.
 * `locale`: the page's language (links to its sources page, the kind and date in its words).
 */
export function sourceList(ds: Dataset, citations: Citation[], sourceIds: string[] = [], locale: Locale = 'en'): SourceListItem[] {
  const h = hrefIn(locale);
  const lang = datasetLangIn(locale);
  return citedSources(citations, sourceIds).map(({ id, locators }) => {
    const s = ds.sources.find((x) => x.id === id);
    const meta = s && (locale === 'en' ? [s.publisher, SOURCE_KINDS[s.kind], s.date] : [s.publisher, sourceKindIn(s.kind, locale), formatFlexibleDateIn(s.date, locale)]);
    return {
      href: h.sourceSection(id),
      title: s?.title ?? id,
      meta: meta?.filter(Boolean).join(', '),
      locators: locators.sort(),
      ...(lang && { lang }),
    };
  });
}
