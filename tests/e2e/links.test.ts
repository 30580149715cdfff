// Every internal link and resource in the built site resolves to a file, and every #fragment to an id
// (or name) on the target page. No browser: a careful regex over the HTML's attributes.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distFiles, readDist, requireDist } from './helpers/dist.ts';

requireDist();
const files = distFiles();
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m));

/** Markup only: drop comments, and text inside <pre>/<code>/<script>/<style> that is not markup. */
const markup = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.replace(/>[\s\S]*<\//, '></'));

/** [attribute, value] for every href/src/action on the page (tags only, never text). */
function links(html: string): { attr: string; value: string; tag: string }[] {
  const out: { attr: string; value: string; tag: string }[] = [];
  for (const tag of markup(html).matchAll(/<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    for (const a of tag[2]!.matchAll(/\s(href|src|action|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      out.push({ tag: tag[1]!.toLowerCase(), attr: a[1]!.toLowerCase(), value: decode(a[2] ?? a[3] ?? a[4] ?? '') });
    }
  }
  return out;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    for (const m of markup(readDist(file)).matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ids.add(decode(m[1] ?? m[2] ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

/** The dist file a site path serves, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const abs = path.join(distDir, rel);
  if (!existsSync(abs)) return undefined;
  if (statSync(abs).isDirectory()) return existsSync(path.join(abs, 'index.html')) ? path.join(rel, 'index.html').replace(/\\/g, '/') : undefined;
  return rel.replace(/\\/g, '/');
}

const pageUrl = (file: string) => `http://site.invalid${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readDist('index.html'))?.[1];
const siteOrigin = canonical ? new URL(canonical).origin : undefined;

function check(from: string, value: string): string | undefined {
  if (!value || /^(mailto|tel|data|javascript):/i.test(value)) return undefined;
  let u: URL;
  try {
    u = new URL(value, pageUrl(from));
  } catch {
    return 'not a URL';
  }
  if (u.origin === siteOrigin) u = new URL(u.pathname + u.search + u.hash, 'http://site.invalid');
  if (u.origin !== 'http://site.invalid') return undefined; // external
  const target = fileFor(u.pathname);
  if (!target) return `no file for ${u.pathname}`;
  if (u.hash.length > 1) {
    if (!target.endsWith('.html')) return `fragment on a non-HTML file (${target})`;
    const id = decodeURIComponent(u.hash.slice(1));
    if (!idsOf(target).has(id)) return `no id "${id}" on ${target}`;
  }
  return undefined;
}

describe('internal links', () => {
  it('the built site has pages', () => expect(htmlFiles.length).toBeGreaterThan(40));

  it('every href/src/action resolves, fragments included', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const f of htmlFiles) {
      for (const l of links(readDist(f))) {
        if (l.tag === 'link' && /^https?:/.test(l.value) && !l.value.startsWith(siteOrigin ?? '\0')) continue;
        checked++;
        const problem = check(f, l.value);
        if (problem) broken.push(`${f}: <${l.tag} ${l.attr}="${l.value}"> → ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken, `${broken.length} broken link(s):\n${broken.join('\n')}`).toEqual([]);
  });

  it('no page has duplicate ids', () => {
    const dups: string[] = [];
    for (const f of htmlFiles) {
      const seen = new Map<string, number>();
      for (const m of markup(readDist(f)).matchAll(/\sid\s*=\s*"([^"]*)"/g)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
      for (const [id, n] of seen) if (n > 1) dups.push(`${f}: id "${id}" × ${n}`);
    }
    expect(dups, dups.join('\n')).toEqual([]);
  });

  it('sitemap and RSS point at pages that exist', () => {
    const urls = [
      ...files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).flatMap((f) => [...readDist(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)),
      ...[...readDist('rss.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!),
    ];
    expect(urls.length).toBeGreaterThan(htmlFiles.length / 2);
    const missing = urls.filter((u) => !fileFor(new URL(u).pathname)).map((u) => `${u}`);
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('the checker itself catches a broken path and a broken fragment', () => {
    expect(check('index.html', '/no-such-page/')).toMatch(/no file/);
    expect(check('index.html', `${base}sources/#no-such-source`)).toMatch(/no id/);
    expect(check('index.html', `${base}sources/`)).toBeUndefined();
    expect(check('deals/index.html', '../sources/')).toBeUndefined();
    expect(links('<a class="x" href="/a?b=1&amp;c=2">t</a><pre>&lt;a href="/nope"&gt;</pre>')).toEqual([{ tag: 'a', attr: 'href', value: '/a?b=1&c=2' }]);
  });
});
