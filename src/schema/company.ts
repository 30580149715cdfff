import { z } from 'astro/zod';
import { COMPANY_KINDS, keysOf } from './vocab.ts';
import { citationsSchema, countryCodeSchema, idSchema } from './primitives.ts';

export const companySchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** ISO 3166-1 alpha-2. */
  country: countryCodeSchema,
  kind: z.enum(keysOf(COMPANY_KINDS)),
  /** Parent company id (MedImmune → AstraZeneca). */
  parent: idSchema.optional(),
  /** One line, in our words, from what the sources say. */
  profile: z.string().optional(),
  sources: citationsSchema,
});
export type Company = z.infer<typeof companySchema>;
