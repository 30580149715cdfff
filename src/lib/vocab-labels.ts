// The labels of the controlled vocabularies (src/schema/vocab.ts) in each page's language. vocab.ts stays the one
// list of ids (and the English the data files and spreadsheets use); a page's words come from the message files,
// keyed "vocab.<vocabulary>.<id>" (tests/unit/i18n/vocab-messages.test.ts checks every id has one).
import {
  COMPANY_KINDS, COMPANY_UNSOURCED_FIELDS, DEAL_EVENT_KINDS, DEAL_STATUSES, DEAL_TERM_LABELS, DEAL_TYPES, DEAL_UNSOURCED_FIELDS,
  DISCLOSURES, MODALITIES, QUALIFIERS, REGIONS, ROYALTIES, SOURCE_KINDS, STAGES, TERRITORIES, THERAPEUTIC_AREAS, UNITS,
} from '../schema/vocab.ts';
import { translator, type MessageKey } from './i18n/messages.ts';
import type { Locale } from './i18n/locales.ts';

/** Each vocabulary by the name its message keys use. */
export const VOCABULARIES = {
  qualifier: QUALIFIERS,
  disclosure: DISCLOSURES,
  modality: MODALITIES,
  therapeuticArea: THERAPEUTIC_AREAS,
  stage: STAGES,
  dealType: DEAL_TYPES,
  territory: TERRITORIES,
  royalties: ROYALTIES,
  dealTerm: DEAL_TERM_LABELS,
  dealEvent: DEAL_EVENT_KINDS,
  dealStatus: DEAL_STATUSES,
  companyKind: COMPANY_KINDS,
  companyField: COMPANY_UNSOURCED_FIELDS,
  dealField: DEAL_UNSOURCED_FIELDS,
  sourceKind: SOURCE_KINDS,
  unit: UNITS,
  region: REGIONS,
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;

/** The message key of a vocabulary's id: "vocab.dealType.license". */
export function vocabKey<V extends Vocabulary>(vocab: V, id: keyof (typeof VOCABULARIES)[V] & string): MessageKey {
  return `vocab.${vocab}.${id}` as MessageKey;
}

/** Labels already looked up, by language, vocabulary and id: pages ask for them hundreds of times each. */
const labelsIn: Partial<Record<Locale, Partial<Record<Vocabulary, Record<string, string>>>>> = {};

/** An id's label in a language: vocabLabel('stage', 'phase-1', 'ko') → "임상 1상". */
export function vocabLabel<V extends Vocabulary>(vocab: V, id: keyof (typeof VOCABULARIES)[V] & string, locale: Locale): string {
  const labels = (labelsIn[locale] ??= {});
  const ofVocab: Record<string, string> = (labels[vocab] ??= {});
  return (ofVocab[id] ??= translator(locale)(vocabKey(vocab, id)));
}
