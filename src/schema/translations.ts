// The site's own editorial text (topic titles, edition labels) in the languages other than English: one
// optional object per language, each field optional. Dataset text (sources, deals) is not translated.
import { z } from 'astro/zod';
import { textSchema } from './primitives.ts';

/** `{ ko?: { field?: text }, 'zh-Hans'?: { … } }` for the given fields; no other language or field. */
export function editorialTranslationsSchema<F extends string>(fields: readonly F[]) {
  const one = z.strictObject(Object.fromEntries(fields.map((f) => [f, textSchema.optional()])) as Record<F, z.ZodOptional<typeof textSchema>>);
  return z.strictObject({ ko: one.optional(), 'zh-Hans': one.optional() });
}

/**
 * A metric series' words in the site's other languages (`{ ko?: {…}, 'zh-Hans'?: {…} }`): what a chart draws
 * from the series, keyed by the English it replaces. Figures are never translated.
 */
export const metricTranslationsSchema = (() => {
  const words = z.record(z.string(), textSchema);
  const one = z.strictObject({
    /** Category → its name in the language: { "Preclinical": "전임상" }. Keys are the points' categories. */
    categories: words.optional(),
    /**
     * Period id → how the language writes it, for a period whose id src/lib/i18n/format-period.ts cannot write
     * ("decade-to-2025") or whose English label says more than the id ("JPM week, 12–16 Jan 2026").
     */
    periods: words.optional(),
  });
  return z.strictObject({ ko: one.optional(), 'zh-Hans': one.optional() });
})();
