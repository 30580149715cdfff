// Editions as pages and components see them: each with its snapshot (the data as of its publication),
// ordered oldest first, and the state an edition shows (its snapshot, or today's data while it has none).
import type { Edition, EditionSnapshot } from '../schema/edition.ts';
import type { Dataset } from './dataset.ts';

/** An edition of data/editions.json with its snapshot data/editions/<id>.json, once published. */
export interface EditionEntry {
  edition: Edition;
  snapshot?: EditionSnapshot;
}

/** Oldest first: by publication date, then id. */
export function sortEditions(entries: EditionEntry[]): EditionEntry[] {
  return [...entries].sort((a, b) => (a.edition.published < b.edition.published ? -1 : a.edition.published > b.edition.published ? 1 : a.edition.id < b.edition.id ? -1 : 1));
}

/** The edition published before this one, if any (entries oldest first). */
export function previousEdition(entries: EditionEntry[], id: string): EditionEntry | undefined {
  const i = entries.findIndex((e) => e.edition.id === id);
  return i > 0 ? entries[i - 1] : undefined;
}

/** A snapshot's records as a Dataset (topics are the site's own, not part of a snapshot). */
export function snapshotDataset(snapshot: EditionSnapshot, topics: Dataset['topics'] = []): Dataset {
  return { sources: snapshot.sources, companies: snapshot.companies, deals: snapshot.deals, metrics: snapshot.metrics, topics };
}

/** What an edition shows: its snapshot once published; today's data for an edition still being prepared. */
export function editionState(entry: EditionEntry, today: Dataset): Dataset {
  return entry.snapshot ? snapshotDataset(entry.snapshot, today.topics) : today;
}

/** The data a published briefing quotes: its edition's snapshot (none while the edition has no snapshot). */
export interface AsOf {
  edition: Edition;
  state: Pick<Dataset, 'sources' | 'companies' | 'deals' | 'metrics'>;
  /** The snapshot was rebuilt after the edition was published (EditionSnapshot.reconstructed). */
  reconstructed: boolean;
}

/** The snapshot a briefing's figures are quoted from, if its edition has one. */
export function briefingAsOf(edition: string | undefined, entries: EditionEntry[]): AsOf | undefined {
  const e = entries.find((x) => x.edition.id === edition);
  return e?.snapshot && { edition: e.edition, state: snapshotDataset(e.snapshot), reconstructed: e.snapshot.reconstructed !== undefined };
}

const asOfDatasets = new WeakMap<AsOf['state'], Dataset>();

/**
 * The dataset a figure in a published edition draws: the edition's snapshot records with today's topics (the
 * site's structure, not figures) and today's words for its series' categories and periods in other languages
 * (editorial too: a translation added later applies to old editions, and is no revision of their figures).
 * One object per snapshot state: chart renders are cached by dataset.
 */
export function datasetAsOf(today: Dataset, asOf: AsOf): Dataset {
  let ds = asOfDatasets.get(asOf.state);
  if (!ds) asOfDatasets.set(asOf.state, (ds = { ...today, ...asOf.state, metrics: asOf.state.metrics.map((m) => withWordsOf(today, m)) }));
  return ds;
}

/** The series with today's translations of it (none if today has none). */
function withWordsOf(today: Dataset, m: Dataset['metrics'][number]): Dataset['metrics'][number] {
  const { translations: _old, ...figures } = m;
  const translations = today.metrics.find((x) => x.id === m.id)?.translations;
  return translations ? { ...figures, translations } : figures;
}

/**
 * What a chart shows in a published edition: the edition's rows, and whether today's rows differ (the figure
 * then says its figures were revised since and points at the current chart), so a briefing's charts keep
 * their numbers as its text does. `rowsOf` is the chart's own row function (charts come after lib).
 */
export function chartAsOf(rowsOf: (ds: Dataset) => unknown[], today: Dataset, asOf: AsOf | undefined): { dataset: Dataset; revisedSince?: string } {
  if (!asOf) return { dataset: today };
  const dataset = datasetAsOf(today, asOf);
  return JSON.stringify(rowsOf(dataset)) === JSON.stringify(rowsOf(today)) ? { dataset } : { dataset, revisedSince: asOf.edition.label };
}
