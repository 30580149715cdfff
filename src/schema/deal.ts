import { z } from 'astro/zod';
import { DEAL_STATUSES, DEAL_TYPES, DEAL_UNSOURCED_FIELDS, MODALITIES, ROYALTIES, STAGES, TERRITORIES, THERAPEUTIC_AREAS, keysOf } from './vocab.ts';
import { citationsSchema, freeTextSchema, idRefSchema, idSchema, moneySchema, notInSourcesSchema, partialDateSchema, textSchema } from './primitives.ts';

export const dealSchema = z.strictObject({
  id: idSchema,
  /** Absent when the source gives no date for the deal. */
  announced: partialDateSchema.optional(),
  licensor: idRefSchema,
  licensee: idRefSchema,
  asset: z.strictObject({
    name: textSchema,
    modality: z.enum(keysOf(MODALITIES)),
    target: freeTextSchema.optional(),
    therapeuticArea: z.enum(keysOf(THERAPEUTIC_AREAS)),
    indication: freeTextSchema.optional(),
  }),
  stage: z.enum(keysOf(STAGES)),
  type: z.enum(keysOf(DEAL_TYPES)),
  territory: z.enum(keysOf(TERRITORIES)),
  terms: z.strictObject({
    upfront: moneySchema.optional(),
    milestones: moneySchema.optional(),
    /** Headline value ("up to" = including milestones). */
    total: moneySchema.optional(),
  }),
  royalties: z.enum(keysOf(ROYALTIES)),
  status: z.enum(keysOf(DEAL_STATUSES)),
  sources: citationsSchema,
  /** Fields no cited source states (a deal type inferred from context): the page marks them. */
  notInSources: notInSourcesSchema(DEAL_UNSOURCED_FIELDS),
  notes: freeTextSchema.optional(),
});
export type Deal = z.infer<typeof dealSchema>;
