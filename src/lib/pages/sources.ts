// /sources/ (every source, and the records and figures citing it) and, for a source cited by more records
// than /sources/ lists (SOURCE_ROWS, only on a big dataset), its own page (src/pages/sources/[id].astro).
import type { Source } from '../../schema/source.ts';
import { SOURCE_KINDS } from '../../schema/vocab.ts';
import type { Dataset } from '../dataset.ts';
import { href } from '../routes.ts';
import { citingRows, SOURCE_ROWS, type CitingRow } from '../source-citings.ts';
import { sourceLocation } from '../source-location.ts';

/** What a source is: kind, publisher, date; where its text is kept (seed, repository, web, nowhere we hold); what it covers; its address. */
function about(s: Source) {
  const location = sourceLocation(s);
  return {
    title: s.title,
    meta: [SOURCE_KINDS[s.kind], ...(s.publisher ? [s.publisher] : []), s.date],
    location,
    covers: s.covers,
    // A web source's address is its location, shown once.
    url: location.kind === 'url' ? undefined : s.url,
  };
}

export function sourcesIndexPage(ds: Dataset) {
  return {
    sources: ds.sources.map((s) => {
      const rows = citingRows(ds, s.id);
      const more = rows.length > SOURCE_ROWS;
      return {
        id: s.id,
        ...about(s),
        rows: more ? rows.slice(0, SOURCE_ROWS) : rows,
        caption: more ? `${rows.length.toLocaleString('en')} figures and records cite this source; the first ${SOURCE_ROWS} are listed` : `${rows.length} figures and records cite this source`,
        /** The source's own page, which lists them all. */
        all: more ? { href: href.source(s.id), text: `All ${rows.length.toLocaleString('en')} figures and records citing ${s.title}` } : undefined,
      };
    }),
  };
}

export function sourcePaths(ds: Dataset): { params: { id: string }; props: { source: Source; rows: CitingRow[] } }[] {
  return ds.sources.flatMap((source) => {
    const rows = citingRows(ds, source.id);
    return rows.length > SOURCE_ROWS ? [{ params: { id: source.id }, props: { source, rows } }] : [];
  });
}

/** `rows`: every record and figure citing the source (sourcePaths). */
export function sourcePage(source: Source, rows: CitingRow[]) {
  return {
    ...about(source),
    pageTitle: `${source.title}: every citing figure`,
    description: `Every figure and record on Deal Atlas that cites ${source.title}, with its locator.`,
    /** Its section of /sources/. */
    section: href.sourceSection(source.id),
    rows,
    caption: `${rows.length.toLocaleString('en')} figures and records cite this source`,
  };
}
