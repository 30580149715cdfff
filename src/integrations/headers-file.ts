import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { embedPolicy, headerPolicy, pagePolicy, SEARCH_SCRIPT_SRC } from '../lib/csp.ts';
import { CSV_CONTENT_TYPE } from '../lib/csv.ts';
import { sitePath } from '../lib/routes.ts';

/**
 * dist/_headers: the pages' Content-Security-Policy as an HTTP header, in the format Netlify and Cloudflare
 * Pages read. Only a header can forbid framing (frame-ancestors), so every page gets 'none' except the
 * embed pages, which exist to be framed.
 *
 * Both hosts apply every rule whose pattern matches, and two Content-Security-Policy headers are both
 * enforced: a site-wide "/*" policy would take 'none' to the embed pages and drop the search page's
 * 'wasm-unsafe-eval'. Cloudflare's "! Content-Security-Policy" could detach it, but Netlify has no such
 * line; so each top-level folder and file gets its own rule and no two policies match one address.
 */

/** Cloudflare Pages reads at most this many rules; the rest are ignored. */
export const MAX_RULES = 100;

export interface HeaderRule {
  /** Address pattern, with the base path. */
  path: string;
  headers: [name: string, value: string][];
}

/** What the build put at the top of the output folder. */
export interface TopLevel {
  dirs: string[];
  files: string[];
}

const CSP = 'Content-Security-Policy';

/** The rules for a site under `base` ("/" or "/atlas"), in the order they are written. */
export function headerRules(base: string, top: TopLevel): HeaderRule[] {
  const b = base.replace(/\/+$/, '');
  const page = headerPolicy(pagePolicy(), "'none'");
  const sections: Record<string, string> = {
    embed: headerPolicy(embedPolicy(), '*'),
    search: headerPolicy(pagePolicy(SEARCH_SCRIPT_SRC), "'none'"),
  };
  const dirs = [...new Set([...top.dirs, ...Object.keys(sections)])].sort();
  const files = top.files.filter((f) => f !== '_headers').sort();
  return [
    // Headers no other rule sets: safe to give every address.
    { path: `${b}/*`, headers: [['X-Content-Type-Options', 'nosniff'], ['Referrer-Policy', 'strict-origin-when-cross-origin']] },
    { path: `${b}/`, headers: [[CSP, page]] },
    ...dirs.map((d): HeaderRule => ({ path: `${b}/${d}/*`, headers: [[CSP, sections[d] ?? page]] })),
    ...files.map((f): HeaderRule => ({ path: `${b}/${f}`, headers: [[CSP, page]] })),
    // Hosts pick a CSV's type by its extension, without a charset (pages/data/[id].csv.ts states both).
    { path: `${b}${sitePath.dataCsv('*')}`, headers: [['Content-Type', CSV_CONTENT_TYPE]] },
  ];
}

/** The text of _headers: a path line, then its headers indented. */
export function headersFileText(base: string, top: TopLevel): string {
  const blocks = headerRules(base, top).map((r) => [r.path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by the build (src/integrations/headers-file.ts, policies in src/lib/csp.ts): edit those, not this file.\n\n${blocks.join('\n\n')}\n`;
}

/**
 * Writes _headers when Astro is done. List it last in astro.config.mjs, so the files other integrations
 * write (sitemap) are in the listing. Folders the build adds later (pagefind/, pdf/) hold no pages and
 * get only the site-wide headers.
 */
export function headersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'deal-atlas:headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { withFileTypes: true });
        const top = { dirs: entries.filter((e) => e.isDirectory()).map((e) => e.name), files: entries.filter((e) => e.isFile()).map((e) => e.name) };
        const rules = headerRules(base, top);
        if (rules.length > MAX_RULES)
          logger.warn(`_headers has ${rules.length} rules; Cloudflare Pages reads the first ${MAX_RULES} only (fewer top-level folders and files would fit).`);
        await writeFile(path.join(out, '_headers'), headersFileText(base, top));
      },
    },
  };
}
