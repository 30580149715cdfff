import { z } from 'astro/zod';
import { QUALIFIERS, UNITS, UNIT_BOUNDS, REGIONS, keysOf, type Bounds } from './vocab.ts';
import { citationsSchema, freeTextSchema, idSchema, numberSchema, textSchema } from './primitives.ts';
import { periodProblem } from './periods.ts';
import { metricTranslationsSchema } from './translations.ts';

/** One figure of a series: a period, optionally a category within it, a value with its qualifier. */
export const metricPointSchema = z
  .strictObject({
    /** Machine period id: "2024", "2025-Q1", "2025-H1", "2025-01-01/2025-05-27", "2024-10", "c2020", "2011/2024". */
    period: textSchema.superRefine((p, ctx) => {
      const wrong = periodProblem(p);
      if (wrong) ctx.addIssue({ code: 'custom', message: wrong });
    }),
    /** The period as readers see it: "Q1 2025", "to 27 May 2025", "around 2020". */
    periodLabel: textSchema,
    /** Category within the period (a modality, a country, a series name). */
    category: textSchema.optional(),
    value: numberSchema,
    /** Upper end when the source gives a range (qualifier "range"). */
    upper: numberSchema.optional(),
    qualifier: z.enum(keysOf(QUALIFIERS), { error: `expected a qualifier: ${Object.keys(QUALIFIERS).join(', ')}` }),
    /** Who produced the figure when the source attributes it (e.g. "PharmCube"); distinguishes disagreeing totals. */
    by: textSchema.optional(),
    note: freeTextSchema.optional(),
    sources: citationsSchema,
  })
  .superRefine((p, ctx) => {
    if (p.qualifier === 'range' && p.upper === undefined)
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'a range needs an upper value' });
    if (p.upper !== undefined && p.upper < p.value)
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'upper must be at least value' });
  });

const boundsSchema = z
  .strictObject({ min: numberSchema.optional(), max: numberSchema.optional() })
  .refine((b) => b.min !== undefined || b.max !== undefined, 'expected min, max or both, e.g. { "min": -100 }')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, { message: 'min must not be above max', path: ['max'] });

const describe = (b: Bounds) =>
  b.min !== undefined && b.max !== undefined ? `${b.min} to ${b.max}` : b.min !== undefined ? `at least ${b.min}` : `at most ${b.max}`;

/** A metric series: one file in data/metrics/. Money values are in whole units (5.5 billion = 5500000000). */
export const metricSeriesSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    description: textSchema,
    unit: z.enum(keysOf(UNITS), { error: `expected a unit: ${Object.keys(UNITS).join(', ')}` }),
    region: z.enum(keysOf(REGIONS)),
    /** What the number measures, e.g. "share of deals", "share of deal value". */
    measure: freeTextSchema.optional(),
    /**
     * The values this series can take, when its unit's default (UNIT_BOUNDS: a percent is a share, 0 to 100;
     * money and counts are not negative) does not fit: a change in percent can fall to -100 and has no top,
     * so it says { "min": -100 }. A value outside is reported as a likely typo.
     */
    bounds: boundsSchema.optional(),
    points: z.array(metricPointSchema).min(1, 'expected at least one point'),
    /**
     * The words a chart draws from the series in the site's other languages: `{ "ko": { "categories":
     * { "Preclinical": "전임상" }, "periods": { "decade-to-2025": "최근 10년(ARC 그림 2)" } }, "zh-Hans": … }`.
     * A category or period left out shows the English, marked lang="en".
     */
    translations: metricTranslationsSchema.optional(),
  })
  .superRefine((s, ctx) => {
    // A key that is no category or period of the points translates nothing: most likely a misspelling.
    const known = { categories: new Set(s.points.flatMap((p) => (p.category ? [p.category] : []))), periods: new Set(s.points.map((p) => p.period)) };
    for (const [locale, words] of Object.entries(s.translations ?? {}))
      for (const field of ['categories', 'periods'] as const)
        for (const key of Object.keys(words?.[field] ?? {}))
          if (!known[field].has(key)) {
            const list = [...known[field]].map((k) => JSON.stringify(k)).join(', ') || 'none';
            ctx.addIssue({ code: 'custom', path: ['translations', locale, field, key], message: `"${key}" is not one of this series' ${field} (${list}): it translates nothing` });
          }

    const own = s.bounds !== undefined;
    const b = s.bounds ?? UNIT_BOUNDS[s.unit];
    if (b.min !== undefined && b.max !== undefined && b.min > b.max) return; // the bounds are reported, not the values
    s.points.forEach((p, i) => {
      for (const key of ['value', 'upper'] as const) {
        const v = p[key];
        if (v === undefined) continue;
        const side = b.min !== undefined && v < b.min ? `below ${b.min}` : b.max !== undefined && v > b.max ? `above ${b.max}` : undefined;
        if (!side) continue;
        const message = own
          ? `${v} is ${side}, outside this series' bounds (${describe(b)}): check the value, or the series' "bounds"`
          : `${v} is ${side}: ${UNIT_BOUNDS[s.unit].why}; if this series can go there (a change rather than a share, say), give it "bounds", e.g. "bounds": { "min": -100 }`;
        ctx.addIssue({ code: 'custom', path: ['points', i, key], message });
      }
    });
  });
export type MetricPoint = z.infer<typeof metricPointSchema>;
export type MetricSeries = z.infer<typeof metricSeriesSchema>;
