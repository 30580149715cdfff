// The _headers file (src/integrations/headers-file.ts) as Netlify and Cloudflare Pages would apply it: every
// matching rule's headers are sent, so each address must match exactly one Content-Security-Policy: with
// frame-ancestors 'none' everywhere except the embed pages, and the search page's own script-src.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFile, headersFileText, MAX_RULES, type TopLevel } from '../../src/integrations/headers-file.ts';
import { embedPolicy, pagePolicy, SEARCH_SCRIPT_SRC } from '../../src/lib/csp.ts';

/** The top of a real build's output folder when Astro is done. */
const SITE: TopLevel = {
  dirs: ['_astro', 'briefings', 'charts', 'companies', 'data', 'deals', 'embed', 'search', 'sources', 'topics', 'vendor'],
  files: ['404.html', 'brand.css', 'index.html', 'logo.svg', 'rss.xml', 'sitemap-0.xml', 'sitemap-index.xml'],
};

interface Rule {
  path: string;
  headers: [string, string][];
}

/** _headers as both hosts read it: "#" comments, a path line, then indented "Name: value" lines. */
function parse(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      expect(raw, 'a path line starts at the margin').toBe(line);
      rules.push({ path: line, headers: [] });
      continue;
    }
    expect(raw.startsWith('  '), `header line is indented: ${raw}`).toBe(true);
    const at = line.indexOf(':');
    expect(at, `header line has a colon: ${line}`).toBeGreaterThan(0);
    rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

const escape = (s: string) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
/** escape-string-regexp, as Netlify's parser escapes (valid under the u flag). */
const escapeU = (s: string) => s.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replace(/-/g, '\\x2d');

/** How each host turns a rule's path into a pattern (from their parsers' source). */
const HOSTS = {
  // cloudflare/workers-sdk, asset-worker rules-engine.ts: the splat matches anything, the rest exactly.
  cloudflare: (p: string) => new RegExp(`^${p.split('*').map(escape).join('(.*)')}$`),
  // netlify/build, headers-parser for_regexp.ts: per segment; a standalone "*" also matches nothing at all.
  netlify: (p: string) =>
    new RegExp(`^/${p.split('/').filter(Boolean).map((part) => (part === '*' ? '?(.*)' : part.includes('*') ? part.replaceAll('*', '(.*)') : escapeU(part))).join('/')}/?$`, 'iu'),
};

/** Every header every matching rule sends for one address: name → values (more than one = both sent). */
function headersFor(rules: Rule[], host: keyof typeof HOSTS, address: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules.filter((r) => HOSTS[host](r.path).test(address)))
    for (const [name, value] of r.headers) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  return out;
}

/** Addresses readers and frames load, under the base `b` ("" or "/atlas"). */
const pages = (b: string) => ({
  framed: [`${b}/embed/top-deals/`, `${b}/embed/top-deals/index.html`, `${b}/embed/territory-rights/`],
  search: [`${b}/search/`, `${b}/search/index.html`],
  other: [
    `${b}/`, `${b}/index.html`, `${b}/404.html`, `${b}/charts/`, `${b}/charts/top-deals/`, `${b}/charts/top-deals/index.html`,
    `${b}/deals/`, `${b}/deals/remegen-abbvie-2026/`, `${b}/companies/remegen/`, `${b}/briefings/jpm-2026-china-deals/`,
    `${b}/topics/top-deals/`, `${b}/sources/jpm-2026/`, `${b}/logo.svg`, `${b}/data/top-deals.csv`, `${b}/rss.xml`,
  ],
});

for (const base of ['/', '/atlas', '/atlas/']) {
  const b = base.replace(/\/+$/, '');
  const text = headersFileText(base, SITE);
  const rules = parse(text);

  describe(`_headers for base "${base}"`, () => {
    for (const host of Object.keys(HOSTS) as (keyof typeof HOSTS)[]) {
      describe(`as ${host} applies it`, () => {
        it('embed pages get one policy, the embed meta policy, and may be framed', () => {
          for (const address of pages(b).framed) {
            const csp = headersFor(rules, host, address).get('content-security-policy');
            expect(csp, address).toEqual([`${embedPolicy()}; frame-ancestors *`]);
            expect(csp!.join(), address).not.toContain("frame-ancestors 'none'");
          }
        });

        it("the search page gets one policy: its meta policy ('wasm-unsafe-eval') with frame-ancestors 'none'", () => {
          for (const address of pages(b).search)
            expect(headersFor(rules, host, address).get('content-security-policy'), address).toEqual([`${pagePolicy(SEARCH_SCRIPT_SRC)}; frame-ancestors 'none'`]);
        });

        it("every other page and file gets one policy: the meta policy with frame-ancestors 'none'", () => {
          for (const address of pages(b).other)
            expect(headersFor(rules, host, address).get('content-security-policy'), address).toEqual([`${pagePolicy()}; frame-ancestors 'none'`]);
        });

        it('every address gets nosniff and the referrer policy, once', () => {
          const { framed, search, other } = pages(b);
          for (const address of [...framed, ...search, ...other, `${b}/_astro/x.js`, `${b}/pagefind/pagefind.js`, `${b}/pdf/topics/top-deals.pdf`]) {
            const h = headersFor(rules, host, address);
            expect(h.get('x-content-type-options'), address).toEqual(['nosniff']);
            expect(h.get('referrer-policy'), address).toEqual(['strict-origin-when-cross-origin']);
          }
        });

        it('CSV downloads are served as UTF-8 CSV; pages get no Content-Type from _headers', () => {
          for (const address of [`${b}/data/top-deals.csv`, `${b}/data/territory-rights.csv`])
            expect(headersFor(rules, host, address).get('content-type'), address).toEqual(['text/csv; charset=utf-8']);
          const { framed, search, other } = pages(b);
          for (const address of [...framed, ...search, ...other.filter((a) => !a.endsWith('.csv')), `${b}/data/top-deals.json`])
            expect(headersFor(rules, host, address).get('content-type'), address).toBeUndefined();
        });

        if (b)
          it('nothing outside the base path gets a header', () => {
            for (const address of ['/', '/charts/top-deals/', '/embed/top-deals/', '/search/', '/index.html'])
              expect([...headersFor(rules, host, address).keys()], address).toEqual([]);
          });
      });
    }

    it('every rule is under the base path', () => {
      expect(rules.length).toBeGreaterThan(SITE.dirs.length);
      expect(rules.filter((r) => !r.path.startsWith(`${b}/`)).map((r) => r.path)).toEqual([]);
      expect(rules.map((r) => r.path)).toEqual(expect.arrayContaining([`${b}/*`, `${b}/`, `${b}/embed/*`, `${b}/search/*`, `${b}/charts/*`, `${b}/404.html`]));
    });

    it("fits Cloudflare's limits: at most 100 rules, one * per path, lines under 2,000 characters", () => {
      expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
      expect(rules.filter((r) => (r.path.match(/\*/g) ?? []).length > 1)).toEqual([]);
      expect(text.split('\n').filter((l) => l.length >= 2000)).toEqual([]);
    });
  });
}

describe('headersFileText', () => {
  it('is the same for the same folder, whatever order the listing came in', () => {
    const reversed = { dirs: [...SITE.dirs].reverse(), files: [...SITE.files].reverse() };
    expect(headersFileText('/', reversed)).toBe(headersFileText('/', SITE));
  });

  it('has the embed and search rules even if the listing lacks those folders, and no rule for _headers itself', () => {
    const rules = parse(headersFileText('/', { dirs: ['charts'], files: ['index.html', '_headers'] }));
    expect(rules.map((r) => r.path)).toEqual(['/*', '/', '/charts/*', '/embed/*', '/search/*', '/index.html', '/data/*.csv']);
  });

  it('the header policies are the meta policies plus frame-ancestors', () => {
    const csp = parse(headersFileText('/', SITE)).flatMap((r) => r.headers.filter(([n]) => n === 'Content-Security-Policy').map(([, v]) => v));
    const metas = new Set(csp.map((v) => v.replace(/; frame-ancestors [^;]+$/, '')));
    expect([...metas].sort()).toEqual([embedPolicy(), pagePolicy(), pagePolicy(SEARCH_SCRIPT_SRC)].sort());
  });
});

describe('the headersFile integration', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('writes _headers into the output folder from its top-level listing, under the configured base', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-headers-'));
    dirs.push(out);
    for (const d of ['charts/top-deals', 'embed/top-deals', 'search']) await mkdir(path.join(out, d), { recursive: true });
    await writeFile(path.join(out, 'index.html'), '');
    const integration = headersFile();
    const warnings: string[] = [];
    const hooks = integration.hooks as Record<string, (params: unknown) => unknown>;
    await hooks['astro:config:done']!({ config: { base: '/atlas' } });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger: { warn: (m: string) => warnings.push(m) }, pages: [] });
    const written = await readFile(path.join(out, '_headers'), 'utf8');
    expect(written).toBe(headersFileText('/atlas', { dirs: ['charts', 'embed', 'search'], files: ['index.html'] }));
    expect(warnings).toEqual([]);
  });
});
