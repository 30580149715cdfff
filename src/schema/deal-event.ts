import { z } from 'astro/zod';
import { DEAL_EVENT_KINDS, keysOf } from './vocab.ts';
import { citationsSchema, freeTextSchema, partialDateSchema } from './primitives.ts';

/** One dated thing that happened to a deal: its announcement, an amendment, a termination… */
export const dealEventSchema = z.strictObject({
  /** What happened (announced, amended, terms-revised, option-exercised, suspended, terminated, rights-returned, re-licensed). */
  kind: z.enum(keysOf(DEAL_EVENT_KINDS)),
  /**
   * When, as precise as the sources say. Absent on the `announced` event, whose date is the deal's own
   * `announced` (one place for it: listings, year pages and the sheets read that); required on every other.
   */
  date: partialDateSchema.optional(),
  /** What happened, in our words (short). */
  note: freeTextSchema.optional(),
  /** The sources that report this event. */
  sources: citationsSchema,
});

export type DealEvent = z.infer<typeof dealEventSchema>;
