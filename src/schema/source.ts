import { z } from 'astro/zod';
import { SOURCE_KINDS, keysOf } from './vocab.ts';
import { flexibleDateSchema, httpUrlSchema, idSchema, textSchema } from './primitives.ts';

/** Seed file names: three digits, an underscore, sixteen hex digits. */
export const SEED_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;
/** Documents kept in the repository live here (a path relative to the project). */
export const DOCUMENTS_DIR = 'data/documents/';

/**
 * A source document. Where its text is kept is one of: a seed file (`seed`), a document in the repository
 * (`file`), a web page (`url` alone), or nowhere we hold: a publication with no link, known by its title,
 * publisher and date. `seed` and `file` are exclusive (one copy is the one locators count paragraphs in); a
 * seed or a file may also have the `url` it was published at. `sourceLocation` (src/lib) names the kind.
 */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    /** Publisher or author where the document names one; required for a publication with no seed, file or URL. */
    publisher: textSchema.optional(),
    kind: z.enum(keysOf(SOURCE_KINDS)),
    /** When the document was published or the period it reports, as precise as known (YYYY, YYYY-MM, YYYY-MM-DD). */
    date: flexibleDateSchema,
    /** What the document covers, in our words. */
    covers: textSchema,
    /** Where the document is published online (the only location of a web source). */
    url: httpUrlSchema.optional(),
    /** File name in the shared seeds folder (../shared/seeds/ beside the project, or SEEDS_DIR), e.g. "000_dbfa0d6658423742.txt". */
    seed: z.string().regex(SEED_NAME, 'expected a seed file name such as "000_dbfa0d6658423742.txt"').optional(),
    /** A copy kept in the repository: a path under data/documents/, e.g. "data/documents/arc-2025.pdf". */
    file: z
      .string()
      .refine((f) => f.startsWith(DOCUMENTS_DIR) && f.length > DOCUMENTS_DIR.length && !f.split('/').some((p) => p === '..' || p === '.' || p === ''), {
        message: `expected a path under ${DOCUMENTS_DIR}, e.g. "${DOCUMENTS_DIR}report.pdf" (no "..", no empty parts)`,
      })
      .optional(),
  })
  .superRefine((s, ctx) => {
    if (s.seed !== undefined && s.file !== undefined)
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'give a seed or a file, not both: the locators count paragraphs in one copy' });
    if (s.seed === undefined && s.file === undefined && s.url === undefined && s.publisher === undefined)
      ctx.addIssue({ code: 'custom', path: ['publisher'], message: 'a source with no seed, file or url is a publication without a link: name its publisher' });
  });
export type Source = z.infer<typeof sourceSchema>;
