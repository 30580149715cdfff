import { z } from 'astro/zod';
import { SOURCE_KINDS, keysOf } from './vocab.ts';
import { flexibleDateSchema, httpUrlSchema, idSchema, textSchema } from './primitives.ts';

/** A source document (one of the seed files). */
export const sourceSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** Publisher or author where the document names one. */
  publisher: textSchema.optional(),
  kind: z.enum(keysOf(SOURCE_KINDS)),
  /** When the document was published or the period it reports, as precise as known (YYYY, YYYY-MM, YYYY-MM-DD). */
  date: flexibleDateSchema,
  /** What the document covers, in our words. */
  covers: textSchema,
  url: httpUrlSchema.optional(),
  /** File name in ../shared/seeds/. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name such as "000_dbfa0d6658423742.txt"'),
});
export type Source = z.infer<typeof sourceSchema>;
