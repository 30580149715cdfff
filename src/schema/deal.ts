import { z } from 'astro/zod';
import { DEAL_STATUSES, DEAL_TYPES, MODALITIES, ROYALTIES, STAGES, TERRITORIES, THERAPEUTIC_AREAS, keysOf } from './vocab.ts';
import { citationsSchema, idSchema, moneySchema, partialDateSchema, textSchema } from './primitives.ts';

export const dealSchema = z.strictObject({
  id: idSchema,
  /** Absent when the source gives no date for the deal. */
  announced: partialDateSchema.optional(),
  licensor: idSchema,
  licensee: idSchema,
  asset: z.strictObject({
    name: textSchema,
    modality: z.enum(keysOf(MODALITIES)),
    target: z.string().optional(),
    therapeuticArea: z.enum(keysOf(THERAPEUTIC_AREAS)),
    indication: z.string().optional(),
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
  notes: z.string().optional(),
});
export type Deal = z.infer<typeof dealSchema>;
