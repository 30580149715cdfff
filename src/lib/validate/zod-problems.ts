import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

/**
 * Turn a zod error into problems that name the file, record and field, and say what was expected.
 * `schema` (the one that failed) lets a misspelt field name the field it probably meant.
 */
export function zodProblems(error: z.ZodError, file: string, record: string, basePath: (string | number)[] = [], schema?: z.ZodType): Problem[] {
  return error.issues.flatMap((issue) => {
    const at = [...basePath, ...issue.path].map(String);
    // The schemas are strict: a field the site does not read is a misspelling or a field in the wrong place,
    // and its value would otherwise be dropped without a word.
    if (issue.code === 'unrecognized_keys') {
      const known = schema ? knownKeysAt(schema, issue.path) : [];
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const hint = guess ? `did you mean "${guess}"?` : known.length ? `fields here: ${known.join(', ')}` : 'remove it or check its spelling';
        return { file, record, field: [...at, key].join('.'), message: `unknown field: the site does not read it (${hint})` };
      });
    }
    let message = issue.message;
    // zod's default wording for a missing key is "expected X, received undefined"; say it plainly.
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = `required field is missing (${message})`;
    return [{ file, record, field: at.join('.'), message }];
  });
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** The field names the schema allows on the object at `path` (through arrays, optionals and pipes). */
export function knownKeysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  const unwrap = (s: unknown): unknown => {
    for (let d = defOf(s); d; d = defOf(s)) {
      if (d.innerType && ['optional', 'nullable', 'default', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
      else if (d.type === 'pipe' && d.in) s = d.in;
      else break;
    }
    return s;
  };
  let s = unwrap(schema);
  for (const key of path) {
    const d = defOf(s);
    if (d?.type === 'object' && d.shape) s = d.shape[String(key)];
    else if (d?.type === 'array' && d.element) s = d.element;
    else return [];
    s = unwrap(s);
  }
  const d = defOf(s);
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

/** A field name reduced for comparison: case and a plural ending do not count ("Royalty" ~ "royalties"). */
const normal = (s: string) => s.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/** The known name a misspelt one most likely meant: the same name but for case or plural, or at most 2 edits away. */
export function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(normal(name), normal(k));
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** How a record is named in messages: its id when it has a string one, else its position. */
export function recordName(value: unknown, index: number): string {
  if (value && typeof value === 'object' && 'id' in value && typeof (value as { id: unknown }).id === 'string' && (value as { id: string }).id)
    return (value as { id: string }).id;
  return `#${index}`;
}
