import { z } from 'astro/zod';
import { REGIONS, keysOf } from './vocab.ts';
import { idRefSchema, isoDateSchema, textSchema } from './primitives.ts';
import { periodProblem } from './periods.ts';

const PERIOD = /^\d{4}(-(Q[1-4]|H[12]|\d{2}))?(\/\d{4}(-(Q[1-4]|H[12]|\d{2}))?)?$/;

/** Frontmatter of a briefing in content/briefings/*.mdx. Cross-references are checked in checkDataset. */
export const briefingSchema = z.strictObject({
  title: textSchema,
  summary: textSchema,
  /** Publication date of the briefing, YYYY-MM-DD. */
  date: isoDateSchema,
  /** Period covered: "2025-Q1", "2025-H1", "2026-01", "2024/2025-H1". */
  period: z.string().superRefine((p, ctx) => {
    const wrong = periodProblem(p) ?? (PERIOD.test(p) ? undefined : 'expected a period such as 2025-Q1, 2025-H1, 2026-01 or 2024/2025-H1');
    if (wrong) ctx.addIssue({ code: 'custom', message: wrong });
  }),
  periodLabel: textSchema,
  region: z.enum(keysOf(REGIONS)),
  topics: z.array(idRefSchema).min(1),
  sources: z.array(idRefSchema).min(1),
  /** Deals the briefing discusses (listed under it). */
  deals: z.array(idRefSchema).default([]),
  authors: z.array(textSchema).default(['Deal Atlas']),
  /** A draft is validated but not published (no page, feed item, sitemap entry or search record). */
  draft: z.boolean().default(false),
  /** The edition it is published in (data/editions.json); its figures are quoted as of that edition's snapshot. */
  edition: idRefSchema.optional(),
});
export type Briefing = z.infer<typeof briefingSchema>;
