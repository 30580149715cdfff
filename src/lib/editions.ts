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
