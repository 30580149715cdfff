// Where a source's text is kept: the one reading of its seed, file and url fields (src/schema/source.ts),
// for the sources pages and validation.
import type { Source } from '../schema/source.ts';

/** Kinds of location, as readers see them. */
export const LOCATION_KINDS = {
  seed: 'Seed document',
  file: 'Document kept with the data',
  url: 'Web page',
  publication: 'Publication, no link',
} as const;
export type LocationKind = keyof typeof LOCATION_KINDS;

export interface SourceLocation {
  kind: LocationKind;
  /** LOCATION_KINDS[kind]. */
  label: string;
  /** The seed file name, the repository path, the address; for a publication, its publisher and date. */
  detail: string;
}

/** A seed or a repository copy is where locators are counted, so it wins over the url the document is also at. */
export function sourceLocation(s: Pick<Source, 'seed' | 'file' | 'url' | 'publisher' | 'date'>): SourceLocation {
  const at = (kind: LocationKind, detail: string): SourceLocation => ({ kind, label: LOCATION_KINDS[kind], detail });
  if (s.seed !== undefined) return at('seed', s.seed);
  if (s.file !== undefined) return at('file', s.file);
  if (s.url !== undefined) return at('url', s.url);
  return at('publication', [s.publisher, s.date].filter(Boolean).join(', '));
}
