import { z } from 'astro/zod';
import { QUALIFIERS, UNITS, REGIONS, keysOf } from './vocab.ts';
import { citationsSchema, idSchema, textSchema } from './primitives.ts';

/** One figure of a series: a period, optionally a category within it, a value with its qualifier. */
export const metricPointSchema = z
  .strictObject({
    /** Machine period id: "2024", "2025-Q1", "2025-H1", "2025-01-01/2025-05-27", "2024-10", "c2020", "2011/2024". */
    period: textSchema,
    /** The period as readers see it: "Q1 2025", "to 27 May 2025", "around 2020". */
    periodLabel: textSchema,
    /** Category within the period (a modality, a country, a series name). */
    category: textSchema.optional(),
    value: z.number({ error: 'expected a number' }).refine(Number.isFinite, 'expected a finite number'),
    /** Upper end when the source gives a range (qualifier "range"). */
    upper: z.number().optional(),
    qualifier: z.enum(keysOf(QUALIFIERS), { error: `expected a qualifier: ${Object.keys(QUALIFIERS).join(', ')}` }),
    /** Who produced the figure when the source attributes it (e.g. "PharmCube"); distinguishes disagreeing totals. */
    by: textSchema.optional(),
    note: z.string().optional(),
    sources: citationsSchema,
  })
  .superRefine((p, ctx) => {
    if (p.qualifier === 'range' && p.upper === undefined)
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'a range needs an upper value' });
    if (p.upper !== undefined && p.upper < p.value)
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'upper must be at least value' });
  });

/** A metric series: one file in data/metrics/. Money values are in whole units (5.5 billion = 5500000000). */
export const metricSeriesSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema,
  unit: z.enum(keysOf(UNITS), { error: `expected a unit: ${Object.keys(UNITS).join(', ')}` }),
  region: z.enum(keysOf(REGIONS)),
  /** What the number measures, e.g. "share of deals", "share of deal value". */
  measure: z.string().optional(),
  points: z.array(metricPointSchema).min(1, 'expected at least one point'),
});
export type MetricPoint = z.infer<typeof metricPointSchema>;
export type MetricSeries = z.infer<typeof metricSeriesSchema>;
