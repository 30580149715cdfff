import { z } from 'astro/zod';
import { COMPANY_KINDS, COMPANY_UNSOURCED_FIELDS, keysOf } from './vocab.ts';
import { citationsSchema, countryCodeSchema, freeTextSchema, idRefSchema, idSchema, notInSourcesSchema, textSchema } from './primitives.ts';

export const companySchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: z.array(textSchema).default([]),
  /** ISO 3166-1 alpha-2. */
  country: countryCodeSchema,
  kind: z.enum(keysOf(COMPANY_KINDS)),
  /** Parent company id (MedImmune → AstraZeneca). */
  parent: idRefSchema.optional(),
  /**
   * The company's own name in a script Korean or Chinese readers use (알테오젠, 江苏恒瑞医药), shown on the pages
   * in that language. From general knowledge, not the cited sources: list "localNames" in notInSources.
   */
  localNames: z.strictObject({ ko: textSchema.optional(), 'zh-Hans': textSchema.optional() }).optional(),
  /** One line, in our words, from what the sources say. */
  profile: freeTextSchema.optional(),
  sources: citationsSchema,
  /** Fields no cited source states (a country or kind from general knowledge): the page marks them. */
  notInSources: notInSourcesSchema(COMPANY_UNSOURCED_FIELDS),
});
export type Company = z.infer<typeof companySchema>;
