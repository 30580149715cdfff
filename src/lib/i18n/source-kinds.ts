// The sources' vocabulary (what kind of document, where its text is kept) in a page's language. English
// keeps the vocabulary's own labels (src/schema/vocab.ts, src/lib/source-location.ts).
import { SOURCE_KINDS } from '../../schema/vocab.ts';
import { LOCATION_KINDS, type LocationKind } from '../source-location.ts';
import type { Locale } from './locales.ts';
import { translator, type MessageKey } from './messages.ts';
import { vocabLabel } from '../vocab-labels.ts';

/** "News report" / "언론 보도" / "新闻报道": the vocabulary's label (one message per id, vocab-labels.ts). */
export function sourceKindIn(kind: keyof typeof SOURCE_KINDS, locale: Locale): string {
  return locale === 'en' ? SOURCE_KINDS[kind] : vocabLabel('sourceKind', kind, locale);
}

/** "Seed document" / "시드 문서" / "种子文档". */
export function locationKindIn(kind: LocationKind, locale: Locale): string {
  return locale === 'en' ? LOCATION_KINDS[kind] : translator(locale)(`source.location.${kind}` as MessageKey);
}
