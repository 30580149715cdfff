import { z } from 'astro/zod';
import { MODALITIES, keysOf } from './vocab.ts';
import { countryCodeSchema, idRefSchema, idSchema, numberSchema, textSchema } from './primitives.ts';
import { editorialTranslationsSchema } from './translations.ts';

/** Which deals a topic lists: explicit ids, or every deal matching all given filters. */
export const dealQuerySchema = z.strictObject({
  ids: z.array(idRefSchema).optional(),
  licensorCountry: z.array(countryCodeSchema).optional(),
  modality: z.array(z.enum(keysOf(MODALITIES), { error: `expected a modality: ${Object.keys(MODALITIES).join(', ')}` })).optional(),
  /** Deals whose headline or upfront value is disclosed, largest first. */
  disclosedValue: z.boolean().optional(),
});

export const topicSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  summary: textSchema,
  /** A few paragraphs, in our words (plain text; blank line separates paragraphs). */
  intro: textSchema,
  charts: z.array(idRefSchema),
  deals: dealQuerySchema,
  /** Metric series the topic draws on, for its sources list. */
  metrics: z.array(idRefSchema).default([]),
  order: numberSchema.int('expected a whole number'),
  /**
   * The topic's own words in the site's other languages (written by the editors, not machine-translated):
   * `{ "ko": { "title": …, "summary": …, "intro": … }, "zh-Hans": { … } }`. Any field may be left out; a page
   * in that language then shows the English, marked lang="en". Figures in them are the sources', as in English.
   */
  translations: editorialTranslationsSchema(['title', 'summary', 'intro']).optional(),
});
export type DealQuery = z.infer<typeof dealQuerySchema>;
export type Topic = z.infer<typeof topicSchema>;
