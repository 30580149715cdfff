import { z } from 'astro/zod';
import { CURRENCIES, DATE_PRECISIONS, QUALIFIERS, keysOf } from './vocab.ts';
import { countryName } from '../lib/countries.ts';

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug such as "remegen-abbvie-2026" (a-z, 0-9, single hyphens)');

const COUNTRY_FORMAT = 'expected an ISO 3166-1 alpha-2 country code such as "KR"';
/** ISO 3166-1 alpha-2, and a code that names a country: "XX" is caught here, not shown on a page. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, COUNTRY_FORMAT)
  .refine((c) => !/^[A-Z]{2}$/.test(c) || countryName(c) !== undefined, { error: (iss) => `${COUNTRY_FORMAT}; "${String(iss.input)}" names no country` });

/** Text a page shows: a blank string would print an empty heading or cell, so it is a mistake. */
export const textSchema = z.string().refine((s) => s.trim() !== '', 'expected text, not an empty or blank string');

/** A cited source: the source id plus where in it the figure is (section, paragraph). */
export const citationSchema = z.strictObject({
  source: idSchema,
  locator: z.string().refine((s) => s.trim() !== '', 'expected a locator such as "¶6" or "§II ¶1"'),
  /** Who the source attributes the figure to (e.g. "PharmCube", "Goldman Sachs Research"). */
  via: textSchema.optional(),
});
export const citationsSchema = z.array(citationSchema).min(1, 'expected at least one citation {source, locator}');

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A date as precise as the source states it: "2025", "2025-02" or "2025-03-17". */
export const partialDateSchema = z
  .strictObject({ value: z.string(), precision: z.enum(DATE_PRECISIONS) })
  .superRefine((d, ctx) => {
    const pattern = { year: /^(\d{4})$/, month: /^(\d{4})-(\d{2})$/, day: /^(\d{4})-(\d{2})-(\d{2})$/ }[d.precision];
    const m = pattern.exec(d.value);
    if (!m) {
      const shape = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' }[d.precision];
      ctx.addIssue({ code: 'custom', path: ['value'], message: `expected ${shape} for precision "${d.precision}", got "${d.value}"` });
      return;
    }
    const [y, mo, da] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
    if (!isRealDate(y, mo, da)) ctx.addIssue({ code: 'custom', path: ['value'], message: `"${d.value}" is not a real calendar date` });
  });

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDateSchema = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'expected a real calendar date as YYYY-MM-DD');

const nonNegative = z
  .number({ error: 'expected a number' })
  .refine(Number.isFinite, 'expected a finite number')
  .refine((n) => n >= 0, 'expected an amount of zero or more');

/**
 * Money as the source states it. amount is in whole currency units (66 billion won = 66000000000).
 * usd is given only where the source states a dollar figure (usdBasis "stated") or a stated rate converts it.
 */
export const moneySchema = z
  .strictObject({
    amount: nonNegative.optional(),
    currency: z.enum(keysOf(CURRENCIES), { error: `expected a currency code: ${Object.keys(CURRENCIES).join(', ')}` }),
    qualifier: z.enum(keysOf(QUALIFIERS), { error: `expected a qualifier: ${Object.keys(QUALIFIERS).join(', ')}` }),
    usd: nonNegative.optional(),
    usdBasis: z.enum(['stated', 'converted']).optional(),
    /** Another currency the source gives alongside, e.g. "(about 8.2 trillion won)". */
    alt: z
      .strictObject({ amount: nonNegative, currency: z.enum(keysOf(CURRENCIES)), qualifier: z.enum(keysOf(QUALIFIERS)) })
      .optional(),
    note: z.string().optional(),
  })
  .superRefine((m, ctx) => {
    if (m.qualifier === 'undisclosed' && m.amount !== undefined)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'an undisclosed amount must not carry a number' });
    if (m.qualifier !== 'undisclosed' && m.amount === undefined)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `expected a number (qualifier is "${m.qualifier}"; use "undisclosed" when the source gives none)` });
    if (m.currency === 'USD' && m.usd !== undefined && m.amount !== undefined && m.usd !== m.amount)
      ctx.addIssue({ code: 'custom', path: ['usd'], message: 'usd differs from amount on a USD figure' });
    if (m.usd !== undefined && m.currency !== 'USD' && !m.usdBasis)
      ctx.addIssue({ code: 'custom', path: ['usdBasis'], message: 'say whether the USD figure is "stated" by the source or "converted"' });
  });

export const httpUrlSchema = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}, 'expected an http(s) URL');

export type Citation = z.infer<typeof citationSchema>;
export type PartialDate = z.infer<typeof partialDateSchema>;
export type Money = z.infer<typeof moneySchema>;
