// Addresses that were published and have moved (a renamed briefing, a corrected deal id): data/redirects.json
// lists them, and Astro writes a redirect page at each old address (astro.config.mjs `redirects`), so links
// already shared keep working. Checked by validation (format, duplicates, chains) and, for targets, by the
// build once the pages exist (scripts/build.ts).
import { LOCALE_IDS } from './i18n/locales.ts';
import { inLocale } from './i18n/routing.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { redirectSchema, type Redirect } from '../schema/redirect.ts';
import type { Problem } from './validate/problem.ts';
import { parseJson, withoutBom } from './validate/read-json.ts';
import { zodProblems } from './validate/zod-problems.ts';

export const REDIRECTS_FILE = 'data/redirects.json';

/** The file's valid redirects and every problem with it. No file: none, and no problem. */
export function readRedirects(root: string): { redirects: Redirect[]; problems: Problem[] } {
  const abs = path.join(root, REDIRECTS_FILE);
  if (!existsSync(abs)) return { redirects: [], problems: [] };
  const { value, problems } = parseJson(withoutBom(readFileSync(abs, 'utf8')), REDIRECTS_FILE);
  if (value === undefined) return { redirects: [], problems };
  if (!Array.isArray(value)) return { redirects: [], problems: [{ file: REDIRECTS_FILE, record: '', field: '', message: 'expected a JSON array of {"from", "to"} records' }] };
  const redirects: Redirect[] = [];
  value.forEach((raw, i) => {
    const r = redirectSchema.safeParse(raw);
    const from = (raw as { from?: unknown })?.from;
    const record = typeof from === 'string' && from ? from : `#${i}`;
    if (r.success) redirects.push(r.data);
    else problems.push(...zodProblems(r.error, REDIRECTS_FILE, record, [], redirectSchema));
  });
  return { redirects, problems: [...problems, ...redirectListProblems(redirects)] };
}

/** Duplicates, redirects to themselves, and chains (a target that is itself redirected). */
export function redirectListProblems(redirects: Redirect[]): Problem[] {
  const problems: Problem[] = [];
  const add = (record: string, field: string, message: string) => problems.push({ file: REDIRECTS_FILE, record, field, message });
  const targetOf = new Map<string, string>();
  for (const r of redirects) {
    if (targetOf.has(r.from)) add(r.from, 'from', `"${r.from}" is redirected twice: keep one record`);
    else targetOf.set(r.from, r.to);
    if (r.from === r.to) add(r.from, 'to', 'redirects to itself');
  }
  for (const r of redirects) {
    const next = targetOf.get(r.to);
    if (next !== undefined && r.from !== r.to) add(r.from, 'to', `"${r.to}" is itself redirected (to "${next}"): point this record at the final address`);
  }
  return problems;
}

/** Redirects that would hide a page of the site (Astro would write the redirect in the page's place). */
export function redirectsOverPages(redirects: Redirect[], pages: Set<string>): Problem[] {
  return redirects
    .filter((r) => pages.has(r.from))
    .map((r) => ({ file: REDIRECTS_FILE, record: r.from, field: 'from', message: 'a page of the site is at this address: a redirect here would replace it' }));
}

/** Redirects whose target is not a page of the built site (`hasPage` answers for a site path). */
export function missingTargets(redirects: Redirect[], hasPage: (sitePath: string) => boolean): Problem[] {
  return redirects
    .filter((r) => !hasPage(r.to))
    .map((r) => ({ file: REDIRECTS_FILE, record: r.from, field: 'to', message: `no page at "${r.to}" in this build` }));
}

/**
 * For astro.config.mjs: the valid redirects as Astro's `redirects` option (301: the move is permanent).
 * Astro puts the old address under the base path itself but takes the destination as written, so the
 * base is added to it here. Every page exists in every language, so one record moves it in each:
 * "/briefings/a/" → "/briefings/b/" also moves "/ko/briefings/a/" to "/ko/briefings/b/".
 */
export function astroRedirects(root: string, base: string): Record<string, { status: 301; destination: string }> {
  const prefix = base.replace(/\/+$/, '');
  return Object.fromEntries(
    readRedirects(root).redirects.flatMap((r) => LOCALE_IDS.map((l) => [inLocale(l, r.from), { status: 301 as const, destination: `${prefix}${inLocale(l, r.to)}` }])),
  );
}
