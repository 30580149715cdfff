import { z } from 'astro/zod';
import { DEAL_TERM_LABELS, DISCLOSURES, keysOf } from './vocab.ts';
import { checkMoney, freeTextSchema, moneyFields } from './primitives.ts';

/** A term whose amount the sources give, with its qualifier ("up to", "more than"…). */
const givenTermSchema = z
  .strictObject({
    /** "given": the sources state an amount. */
    disclosure: z.literal('given'),
    ...moneyFields,
  })
  .superRefine(checkMoney);

/** Money fields on a term without an amount: present only to say why they cannot be there (not "unknown field"). */
const noMoney = (what: string) =>
  z.never({ error: `a term whose amount is not given carries no ${what}: set "disclosure" to "given" (with amount, currency and qualifier) or remove it` }).optional();
const NO_MONEY = { amount: noMoney('number'), currency: noMoney('currency'), qualifier: noMoney('qualifier'), usd: noMoney('dollar figure'), usdBasis: noMoney('dollar figure'), alt: noMoney('second figure') };

/** A payment the sources say exists ("milestones… not disclosed", "financial terms were not disclosed") with no amount. */
const undisclosedTermSchema = z.strictObject({
  /** "undisclosed": the sources say the payment exists but give no amount. */
  disclosure: z.literal('undisclosed'),
  ...NO_MONEY,
  /** What the sources say about it, in our words. */
  note: freeTextSchema.optional(),
});

/** A term the sources say nothing about: it may exist or not. */
const notStatedTermSchema = z.strictObject({
  /** "not-stated": no cited source mentions this payment. */
  disclosure: z.literal('not-stated'),
  ...NO_MONEY,
  /** Why it is not stated, where worth saying (e.g. "no headline value given"). */
  note: freeTextSchema.optional(),
});

/** One money term of a deal in one of three states that never collapse into one another. */
export const termSchema = z.discriminatedUnion('disclosure', [givenTermSchema, undisclosedTermSchema, notStatedTermSchema], {
  error: (iss) =>
    iss.code === 'invalid_union' ? `expected "disclosure": ${Object.keys(DISCLOSURES).map((d) => `"${d}"`).join(', ')} (amount given, exists but not disclosed, or not stated by the sources)` : undefined,
});

/** Every money term of a deal, each stated explicitly: a term left out would read as "not stated" without anyone saying so. */
export const termsSchema = z.strictObject({
  /** Paid at signing. */
  upfront: termSchema,
  /** Equity investment in the licensor, paid at signing. */
  equity: termSchema,
  /** Guaranteed payments due soon after signing (e.g. a technology-transfer fee). */
  nearTerm: termSchema,
  /** Contingent payments on development, regulatory or sales events. */
  milestones: termSchema,
  /** The headline value the sources quote ("up to" = including milestones). */
  total: termSchema,
});

/** The term keys in page order. */
export const TERM_KEYS = keysOf(DEAL_TERM_LABELS);

export type Term = z.infer<typeof termSchema>;
export type GivenTerm = Extract<Term, { disclosure: 'given' }>;
export type Terms = z.infer<typeof termsSchema>;
