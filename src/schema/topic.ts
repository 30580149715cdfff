import { z } from 'astro/zod';
import { MODALITIES, keysOf } from './vocab.ts';
import { countryCodeSchema, idRefSchema, idSchema, numberSchema, textSchema } from './primitives.ts';

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
});
export type DealQuery = z.infer<typeof dealQuerySchema>;
export type Topic = z.infer<typeof topicSchema>;
