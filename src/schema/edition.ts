import { z } from 'astro/zod';
import { companySchema } from './company.ts';
import { dealSchema } from './deal.ts';
import { metricSeriesSchema } from './metric.ts';
import { idRefSchema, idSchema, isoDateSchema, textSchema } from './primitives.ts';
import { periodPartBounds } from './periods.ts';
import { sourceSchema } from './source.ts';
import { editorialTranslationsSchema } from './translations.ts';

/** An edition (data/editions.json): the briefings published for one period, and what changed since the one before. */
export const editionSchema = z.strictObject({
  /** Slug used in addresses (/editions/<id>/) and in a briefing's `edition`; e.g. "2025-q1". */
  id: idSchema,
  /** As readers see it: "Q1 2025". */
  label: textSchema,
  /**
   * The period whose briefings it groups: "2025-Q1", "2025-H1", "2026". A member briefing is dated on or
   * after the period's first day and on or before the edition's publication.
   */
  period: z.string().superRefine((p, ctx) => {
    if (!periodPartBounds(p) || /^\d{4}-\d{2}-\d{2}$/.test(p)) ctx.addIssue({ code: 'custom', message: 'expected one period such as 2025-Q1, 2025-H1, 2025-03 or 2025' });
  }),
  /** Publication date, YYYY-MM-DD: the edition's snapshot holds the data as of this day. */
  published: isoDateSchema,
  /** One or two sentences for the editions list. */
  summary: textSchema.optional(),
  /**
   * Its label and summary in the site's other languages (the editors' own): `{ "ko": { "label": "2025년 1분기",
   * "summary": … }, "zh-Hans": { … } }`. A field left out shows the English, marked lang="en".
   */
  translations: editorialTranslationsSchema(['label', 'summary']).optional(),
});
export type Edition = z.infer<typeof editionSchema>;

/**
 * data/editions/<id>.json: the validated data as of an edition, written once by `npm run publish:edition`
 * and only read afterwards (the build validates it, never rewrites it). Briefings of the edition quote
 * their figures from it; the next edition's "what changed" compares against it.
 */
export const editionSnapshotSchema = z.strictObject({
  /** The edition's id; equals the file name. */
  edition: idRefSchema,
  /** When the snapshot was written, YYYY-MM-DD. */
  taken: isoDateSchema,
  /**
   * Present when the snapshot was not written on the day the edition was published but rebuilt later from
   * today's data: says how (which records were kept), so pages can say the "as of" state is reconstructed.
   */
  reconstructed: textSchema.optional(),
  sources: z.array(sourceSchema),
  companies: z.array(companySchema),
  deals: z.array(dealSchema),
  metrics: z.array(metricSeriesSchema),
});
export type EditionSnapshot = z.infer<typeof editionSnapshotSchema>;
