// /sources/ (every source, and the records and figures citing it) and, for a source cited by more records
// than /sources/ lists (SOURCE_ROWS, only on a big dataset), its own page (src/pages/sources/[id].astro).
import type { Source } from '../../schema/source.ts';
import { SOURCE_KINDS } from '../../schema/vocab.ts';
import type { Dataset } from '../dataset.ts';
import { citingRows, SOURCE_ROWS, type CitingRow } from '../source-citings.ts';
import { sourceLocation } from '../source-location.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import { datasetLangIn } from '../i18n/editorial.ts';
import { formatFlexibleDateIn } from '../i18n/format-date.ts';
import { locationKindIn, sourceKindIn } from '../i18n/source-kinds.ts';

/** What a source is: kind, publisher, date; where its text is kept (seed, repository, web, nowhere we hold); what it covers; its address. */
function about(s: Source, locale: Locale) {
  const en = locale === 'en';
  const location = sourceLocation(s);
  return {
    title: s.title,
    /** The lang of the source's own words (title, publisher, what it covers) on another language's page. */
    lang: datasetLangIn(locale),
    meta: [en ? SOURCE_KINDS[s.kind] : sourceKindIn(s.kind, locale), ...(s.publisher ? [s.publisher] : []), en ? s.date : formatFlexibleDateIn(s.date, locale)],
    location: en ? location : { ...location, label: locationKindIn(location.kind, locale) },
    covers: s.covers,
    // A web source's address is its location, shown once.
    url: location.kind === 'url' ? undefined : s.url,
  };
}

/** A count as the language groups it ("1,234" in all three). */
const countIn = (n: number, locale: Locale) => n.toLocaleString(LOCALES[locale].intl);

export function sourcesIndexPage(ds: Dataset, locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  return {
    sources: ds.sources.map((s) => {
      const rows = citingRows(ds, s.id, locale);
      const more = rows.length > SOURCE_ROWS;
      return {
        id: s.id,
        ...about(s, locale),
        rows: more ? rows.slice(0, SOURCE_ROWS) : rows,
        caption: more ? t.count('sources.caption.capped', rows.length, { n: countIn(rows.length, locale), shown: SOURCE_ROWS }) : t.count('sources.caption', rows.length, { n: countIn(rows.length, locale) }),
        /** The source's own page, which lists them all. */
        all: more ? { href: h.source(s.id), text: t('sources.all', { count: countIn(rows.length, locale), title: s.title }) } : undefined,
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
export function sourcePage(source: Source, rows: CitingRow[], locale: Locale) {
  const t = translator(locale);
  return {
    ...about(source, locale),
    pageTitle: t('source.pageTitle', { title: source.title }),
    description: t('source.description', { title: source.title }),
    /** Its section of /sources/. */
    section: hrefIn(locale).sourceSection(source.id),
    rows,
    caption: t.count('sources.caption', rows.length, { n: countIn(rows.length, locale) }),
  };
}
