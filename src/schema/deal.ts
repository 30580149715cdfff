import { z } from 'astro/zod';
import { DEAL_TYPES, DEAL_UNSOURCED_FIELDS, MODALITIES, ROYALTIES, STAGES, TERRITORIES, THERAPEUTIC_AREAS, keysOf } from './vocab.ts';
import { citationsSchema, freeTextSchema, idRefSchema, idSchema, notInSourcesSchema, partialDateSchema, textSchema } from './primitives.ts';
import { termsSchema } from './deal-terms.ts';
import { dealEventSchema } from './deal-event.ts';

export const dealSchema = z.strictObject({
  id: idSchema,
  /** Absent when the source gives no date for the deal. It is also the date of the `announced` event. */
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
  /** Every money term, each given, undisclosed or not stated (src/schema/deal-terms.ts). */
  terms: termsSchema,
  royalties: z.enum(keysOf(ROYALTIES)),
  /**
   * What happened to the deal, oldest first, starting with its announcement; the status follows from the
   * latest (dealStatus, src/lib/deal-history.ts) and is not stored.
   */
  events: z.array(dealEventSchema).min(1, 'expected at least the "announced" event'),
  sources: citationsSchema,
  /** Fields no cited source states (a deal type inferred from context): the page marks them. */
  notInSources: notInSourcesSchema(DEAL_UNSOURCED_FIELDS),
  notes: freeTextSchema.optional(),
});
export type Deal = z.infer<typeof dealSchema>;
