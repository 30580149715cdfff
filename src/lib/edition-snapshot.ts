// The snapshot `npm run publish:edition` writes to data/editions/<id>.json: the validated dataset as of an
// edition, in a stable form (records by id, keys in schema order, two-space JSON) so that git diffs of two
// snapshots show only what changed.
import type { Citation } from '../schema/primitives.ts';
import { editionSnapshotSchema, type EditionSnapshot } from '../schema/edition.ts';
import type { Dataset } from './dataset.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The snapshot of ds for an edition. Parsing through the schema puts every object's keys in schema order. */
export function takeSnapshot(ds: Pick<Dataset, 'sources' | 'companies' | 'deals' | 'metrics'>, edition: string, taken: string, reconstructed?: string): EditionSnapshot {
  return editionSnapshotSchema.parse({
    edition,
    taken,
    ...(reconstructed ? { reconstructed } : {}),
    sources: [...ds.sources].sort(byId),
    companies: [...ds.companies].sort(byId),
    deals: [...ds.deals].sort(byId),
    metrics: [...ds.metrics].sort(byId),
  });
}

/** The file's text. */
export function snapshotJson(snapshot: EditionSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/**
 * Today's records as far as the given sources support them, for an edition published before snapshots
 * were written: a source is kept if known; a company, deal or metric point if at least one of its
 * citations is to a known source, with its citations cut to those; a series if any point is left. The
 * values are today's, so a figure revised since then shows its revised value: the snapshot says it is
 * reconstructed, and pages say so too.
 */
export function asOfSources(ds: Pick<Dataset, 'sources' | 'companies' | 'deals' | 'metrics'>, known: ReadonlySet<string>): Pick<Dataset, 'sources' | 'companies' | 'deals' | 'metrics'> {
  const cut = (cites: Citation[]) => cites.filter((c) => known.has(c.source));
  const keep = <T extends { sources: Citation[] }>(records: T[]) => records.filter((r) => cut(r.sources).length > 0).map((r) => ({ ...r, sources: cut(r.sources) }));
  return {
    sources: ds.sources.filter((s) => known.has(s.id)),
    companies: keep(ds.companies),
    deals: keep(ds.deals),
    metrics: ds.metrics.map((m) => ({ ...m, points: keep(m.points) })).filter((m) => m.points.length > 0),
  };
}
