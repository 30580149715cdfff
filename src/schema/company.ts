import { z } from 'astro/zod';
import { COMPANY_KINDS, keysOf } from './vocab.ts';
import { citationsSchema, countryCodeSchema, freeTextSchema, idRefSchema, idSchema, textSchema } from './primitives.ts';

export const companySchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: z.array(textSchema).default([]),
  /** ISO 3166-1 alpha-2. */
  country: countryCodeSchema,
  kind: z.enum(keysOf(COMPANY_KINDS)),
  /** Parent company id (MedImmune → AstraZeneca). */
  parent: idRefSchema.optional(),
  /** One line, in our words, from what the sources say. */
  profile: freeTextSchema.optional(),
  sources: citationsSchema,
});
export type Company = z.infer<typeof companySchema>;
