import { z } from 'astro/zod';
import { CURRENCIES, DATE_PRECISIONS, QUALIFIERS, keysOf } from './vocab.ts';
import { countryName } from './countries.ts';

// Characters that show nothing or reorder the text around them: pasted from web pages and PDFs they
// make two equal-looking names differ, and direction overrides can make a page say what the data does not.
const BIDI: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};
const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x206a: 'INHIBIT SYMMETRIC SWAPPING',
  0x206b: 'ACTIVATE SYMMETRIC SWAPPING',
  0x206c: 'INHIBIT ARABIC FORM SHAPING',
  0x206d: 'ACTIVATE ARABIC FORM SHAPING',
  0x206e: 'NATIONAL DIGIT SHAPES',
  0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
};

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** What kind of hidden character cp is, or undefined for one readers see (tab and line breaks included). */
function classify(cp: number): { kind: string; name: string } | undefined {
  if (BIDI[cp]) return { kind: 'a text-direction control that reorders what readers see', name: BIDI[cp] };
  if (INVISIBLE[cp]) return { kind: 'an invisible character', name: INVISIBLE[cp] };
  if (cp >= 0xe0000 && cp <= 0xe007f) return { kind: 'an invisible character', name: 'TAG CHARACTER' };
  if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f)) return { kind: 'a control character', name: 'CONTROL CHARACTER' };
  return undefined;
}

/** Any character classify() names: the same sets as one character class (tag characters included). */
const HIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${[...Object.keys(BIDI), ...Object.keys(INVISIBLE)].map((cp) => `\\u{${Number(cp).toString(16)}}`).join('')}\\u{e0000}-\\u{e007f}]`,
  'u',
);

/** s with each hidden character written as <U+202E>: a problem line quoting a value must not be reordered in the terminal. */
export function revealHidden(s: string): string {
  let out = '';
  for (const ch of s) out += classify(ch.codePointAt(0)!) ? `<${hex(ch.codePointAt(0)!)}>` : ch;
  return out;
}

/**
 * The first invisible, text-direction or control character in s, as a message naming it and its position
 * (1-based, counting characters as readers do), or undefined. Tab and line breaks are allowed.
 */
export function hiddenCharacter(s: string): string | undefined {
  // Nearly every string has none: one regex test instead of a classify() per character (10,000 deals: 0.3 s).
  if (!HIDDEN.test(s)) return undefined;
  let found: { cp: number; at: number; kind: string; name: string } | undefined;
  let count = 0;
  let at = 0;
  for (const ch of s) {
    at++;
    const cp = ch.codePointAt(0)!;
    const hidden = classify(cp);
    if (!hidden) continue;
    count++;
    found ??= { cp, at, ...hidden };
  }
  if (!found) return undefined;
  const more = count > 1 ? ` (and ${count - 1} more such character${count > 2 ? 's' : ''})` : '';
  return `contains ${hex(found.cp)} ${found.name} at character ${found.at}, ${found.kind}${more}: delete it (retype the text around it if it will not go)`;
}

/** Free text a page or export may show (may be empty): no invisible or text-direction characters. */
export const freeTextSchema = z.string().superRefine((s, ctx) => {
  const hidden = hiddenCharacter(s);
  if (hidden) ctx.addIssue({ code: 'custom', message: hidden });
});

/** Text a page shows, not blank (that would print an empty heading or cell); `blank` is the message when it is. */
export const nonBlankText = (blank: string) => freeTextSchema.refine((s) => s.trim() !== '', blank);

/** Text a page shows: a blank string would print an empty heading or cell, so it is a mistake. */
export const textSchema = nonBlankText('expected text, not an empty or blank string');

/**
 * Longest id. Ids become folder and file names (/deals/<id>/, data/metrics/<id>.json, PDFs); 100 stays well
 * inside every file system's name limit (255 bytes) and Windows' 260-character path limit once nested.
 */
export const ID_MAX_LENGTH = 100;

/** Device names Windows reserves in any case and with any extension: a file or folder so named breaks a checkout there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export const ID_FORMAT = 'expected a lowercase slug such as "remegen-abbvie-2026" (a-z, 0-9, single hyphens)';

/**
 * Why s cannot be a record's id (and so a folder or file name), or undefined. `format` replaces the
 * message for a string that is not a slug (a file name says so in its own words).
 */
export function idProblem(s: string, format = ID_FORMAT): string | undefined {
  const hidden = hiddenCharacter(s);
  if (hidden) return hidden;
  // Before the format check, so "CON" or "con.x" is told why, not only that it is no slug.
  const stem = s.split('.')[0]!;
  if (WINDOWS_RESERVED.test(stem))
    return `"${stem}" is a device name Windows reserves (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, in any case and before any dot): a file or folder named so cannot be checked out there; choose another id, e.g. "${stem.toLowerCase()}-1"`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)) return format;
  if (s.length > ID_MAX_LENGTH)
    return `is ${s.length} characters long; keep ids to ${ID_MAX_LENGTH} or fewer: an id becomes a folder or file name (/deals/<id>/), and longer ones break on some file systems`;
  return undefined;
}

/** A record's own id: a slug that also works as a folder and file name everywhere. */
export const idSchema = z.string().superRefine((s, ctx) => {
  const problem = idProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * A reference to another record's id: the slug format only. Length and reserved names are the referenced
 * record's to report (a reference to it then counts as known), so one mistake is reported once.
 */
export const idRefSchema = z.string().superRefine((s, ctx) => {
  const problem = hiddenCharacter(s) ?? (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) ? undefined : ID_FORMAT);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const COUNTRY_FORMAT = 'expected an ISO 3166-1 alpha-2 country code such as "KR"';
/** ISO 3166-1 alpha-2, and a code that names a country: "XX" is caught here, not shown on a page. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, COUNTRY_FORMAT)
  .refine((c) => !/^[A-Z]{2}$/.test(c) || countryName(c) !== undefined, { error: (iss) => `${COUNTRY_FORMAT}; "${String(iss.input)}" names no country` });

/** A cited source: the source id plus where in it the figure is (section, paragraph). */
export const citationSchema = z.strictObject({
  source: idRefSchema,
  locator: nonBlankText('expected a locator such as "¶6" or "§II ¶1"'),
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

/** A date as precise as known, written YYYY, YYYY-MM or YYYY-MM-DD, that exists ("2025-13" does not). */
export const flexibleDateSchema = z.string().superRefine((s, ctx) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) ctx.addIssue({ code: 'custom', message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' });
  else if (!isRealDate(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1))) ctx.addIssue({ code: 'custom', message: `"${s}" is not a real calendar date` });
});

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDateSchema = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'expected a real calendar date as YYYY-MM-DD');

/**
 * A number. JSON.parse reads 1e309 as Infinity: say that it is too large rather than "expected a number",
 * which it looks like. Other checks (int, refine) keep their own messages.
 */
export const numberSchema = z.number({
  error: (iss) => {
    if (iss.code !== 'invalid_type' || iss.expected !== 'number') return undefined;
    const v = iss.input;
    if (v === undefined) return 'expected a number, received undefined';
    if (v === Infinity || v === -Infinity)
      return `is ${v > 0 ? 'infinite' : 'minus infinite'}: too large for a number (beyond ±1.8e308, e.g. 1e309); check for extra digits or a mistyped exponent`;
    return 'expected a number';
  },
});

/** An amount that cannot be below zero (money, counts). */
export const nonNegativeSchema = numberSchema.refine((n) => n >= 0, 'expected an amount of zero or more');

/**
 * Money as the source states it. amount is in whole currency units (66 billion won = 66000000000).
 * usd is given only where the source states a dollar figure (usdBasis "stated") or a stated rate converts it.
 * A payment the source names without an amount is not Money: see the deal terms' `disclosure`.
 */
export const moneyFields = {
  /** The figure in whole units of `currency`. */
  amount: nonNegativeSchema,
  /** The currency the source states the figure in. */
  currency: z.enum(keysOf(CURRENCIES), { error: `expected a currency code: ${Object.keys(CURRENCIES).join(', ')}` }),
  /** How the source words the figure: exact, up to, about, more than… */
  qualifier: z.enum(keysOf(QUALIFIERS), { error: `expected a qualifier: ${Object.keys(QUALIFIERS).join(', ')}` }),
  /** The dollar figure, for an amount in another currency. */
  usd: nonNegativeSchema.optional(),
  /** Whether `usd` is the source's own figure or our conversion. */
  usdBasis: z.enum(['stated', 'converted']).optional(),
  /** Another currency the source gives alongside, e.g. "(about 8.2 trillion won)". */
  alt: z
    .strictObject({ amount: nonNegativeSchema, currency: z.enum(keysOf(CURRENCIES)), qualifier: z.enum(keysOf(QUALIFIERS)) })
    .optional(),
  /** How the source describes the payment, in our words. */
  note: freeTextSchema.optional(),
};

const moneyObject = z.strictObject(moneyFields);

/** The checks across a money figure's fields (also run on a deal term whose amount is given). */
export function checkMoney(m: z.infer<typeof moneyObject>, ctx: z.RefinementCtx): void {
  // A money figure has one amount: a range would need its upper end, which only metric points carry.
  if (m.qualifier === 'range')
    ctx.addIssue({ code: 'custom', path: ['qualifier'], message: 'a money term takes one amount: for a range, give its lower end as "at-least" and say the range in the note' });
  if (m.currency === 'USD' && m.usd !== undefined && m.usd !== m.amount)
    ctx.addIssue({ code: 'custom', path: ['usd'], message: 'usd differs from amount on a USD figure' });
  if (m.usd !== undefined && m.currency !== 'USD' && !m.usdBasis)
    ctx.addIssue({ code: 'custom', path: ['usdBasis'], message: 'say whether the USD figure is "stated" by the source or "converted"' });
}

export const moneySchema = moneyObject.superRefine(checkMoney);

/**
 * The fields of a record whose value no cited source states (general knowledge, or inferred from context),
 * from `fields` (a label map in vocab.ts); absent when the sources state every field. Pages mark them.
 */
export const notInSourcesSchema = <T extends Record<string, string>>(fields: T) =>
  z
    .array(z.enum(Object.keys(fields) as [keyof T & string, ...(keyof T & string)[]], { error: `expected one of: ${Object.keys(fields).join(', ')}` }))
    .min(1, 'leave the field out when the sources state every field')
    .refine((l) => new Set(l).size === l.length, 'a field is listed twice')
    .optional();

export const httpUrlSchema = z.string().superRefine((s, ctx) => {
  const hidden = hiddenCharacter(s);
  if (hidden) return void ctx.addIssue({ code: 'custom', message: hidden });
  try {
    const u = new URL(s);
    if (u.protocol === 'https:' || u.protocol === 'http:') return;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'expected an http(s) URL' });
});

export type Citation = z.infer<typeof citationSchema>;
export type PartialDate = z.infer<typeof partialDateSchema>;
export type Money = z.infer<typeof moneySchema>;
