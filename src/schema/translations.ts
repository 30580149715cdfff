// The site's own editorial text (topic titles, edition labels) in the languages other than English: one
// optional object per language, each field optional. Dataset text (sources, deals) is not translated.
import { z } from 'astro/zod';
import { textSchema } from './primitives.ts';

/** `{ ko?: { field?: text }, 'zh-Hans'?: { … } }` for the given fields; no other language or field. */
export function editorialTranslationsSchema<F extends string>(fields: readonly F[]) {
  const one = z.strictObject(Object.fromEntries(fields.map((f) => [f, textSchema.optional()])) as Record<F, z.ZodOptional<typeof textSchema>>);
  return z.strictObject({ ko: one.optional(), 'zh-Hans': one.optional() });
}
