// Every built page carries one Content-Security-Policy that allows only the site's own scripts and styles,
// and nothing in the page needs more: no inline scripts, <style> elements, style="" or on*="" attributes
// (all of which that policy blocks). Checked on the real build output of a project copy.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, describeBuild, listFiles, removeCopies, scanHtml, type BuildResult, type HtmlTag } from './helpers.ts';

/** The one page, in each language, that may add 'wasm-unsafe-eval' (pagefind runs WebAssembly). */
const SEARCH_PAGE = 'search/index.html';
const SEARCH_PAGES = new Set([SEARCH_PAGE, `ko/${SEARCH_PAGE}`, `zh/${SEARCH_PAGE}`]);

let dist: string;
let result: BuildResult;
let pages: { file: string; html: string; tags: HtmlTag[]; rawText: { tag: string; text: string }[] }[] = [];

beforeAll(async () => {
  const dir = await copyProject('deal-atlas-csp-');
  result = await build(dir);
  dist = path.join(dir, 'dist');
  if (result.code !== 0) return;
  for (const file of (await listFiles(dist)).filter((f) => f.endsWith('.html'))) {
    const html = await readFile(path.join(dist, file), 'utf8');
    pages.push({ file, html, ...scanHtml(html) });
  }
});
afterAll(removeCopies);

/** Directive name → source tokens. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), tokens);
  }
  return out;
}

const cspMetas = (tags: HtmlTag[]) => tags.filter((t) => t.name === 'meta' && (t.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');

describe('Content-Security-Policy on every built page', () => {
  it('the copy builds and has pages', () => {
    expect(result.code, describeBuild(result)).toBe(0);
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining(['index.html', '404.html', SEARCH_PAGE, 'embed/top-deals/index.html', 'charts/top-deals/index.html']));
  });

  it('exactly one CSP meta per page, before any script or stylesheet', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const metas = cspMetas(p.tags);
      if (metas.length !== 1) {
        bad.push(`${p.file}: ${metas.length} CSP meta tags`);
        continue;
      }
      // A meta CSP only governs what comes after it.
      const first = p.tags.find((t) => t.name === 'script' || t.name === 'style' || (t.name === 'link' && /stylesheet|modulepreload|preload/.test(t.attrs.rel ?? '')));
      if (first && first.at < metas[0]!.at) bad.push(`${p.file}: <${first.name}> comes before the CSP meta`);
      if (!p.tags.some((t) => t.name === 'head') || metas[0]!.at > p.html.indexOf('</head>')) bad.push(`${p.file}: CSP meta is not in <head>`);
    }
    expect(bad).toEqual([]);
  });

  it("script-src and style-src allow only 'self' ('wasm-unsafe-eval' on the search page only); no 'unsafe-inline' anywhere", () => {
    const bad: string[] = [];
    for (const p of pages) {
      const meta = cspMetas(p.tags)[0];
      if (!meta) continue;
      const policy = meta.attrs.content ?? '';
      const d = parsePolicy(policy);
      const script = d.get('script-src');
      const style = d.get('style-src');
      const expectedScript = SEARCH_PAGES.has(p.file) ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"];
      if (JSON.stringify(script) !== JSON.stringify(expectedScript)) bad.push(`${p.file}: script-src ${script?.join(' ') ?? '(missing)'}`);
      if (JSON.stringify(style) !== JSON.stringify(["'self'"])) bad.push(`${p.file}: style-src ${style?.join(' ') ?? '(missing)'}`);
      if (/unsafe-inline|unsafe-eval'|unsafe-hashes|\*/.test(policy.replace("'wasm-unsafe-eval'", ''))) bad.push(`${p.file}: ${policy}`);
      // Sub-directives would override script-src / style-src for elements or attributes.
      for (const k of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) if (d.has(k)) bad.push(`${p.file}: has ${k}`);
      if (JSON.stringify(d.get('default-src')) !== JSON.stringify(["'self'"])) bad.push(`${p.file}: default-src ${d.get('default-src')?.join(' ')}`);
      if (JSON.stringify(d.get('object-src')) !== JSON.stringify(["'none'"])) bad.push(`${p.file}: object-src ${d.get('object-src')?.join(' ')}`);
    }
    expect(bad).toEqual([]);
  });

  it('the search page is the one that needs (and gets) wasm-unsafe-eval, and loads pagefind from the site', () => {
    const search = pages.find((p) => p.file === SEARCH_PAGE)!;
    expect(cspMetas(search.tags)[0]?.attrs.content).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(search.tags.find((t) => t.name === 'form' && 'data-pagefind' in t.attrs)?.attrs['data-pagefind']).toBe('/pagefind/pagefind.js');
  });

  it('no inline <script> (only src=, or JSON-LD data), no <style>, no style="" and no on*="" attributes', () => {
    const bad: string[] = [];
    let external = 0;
    for (const p of pages) {
      let scriptIndex = 0;
      for (const t of p.tags) {
        if (t.name === 'script') {
          const body = p.rawText.filter((r) => r.tag === 'script')[scriptIndex++]?.text ?? '';
          if (t.attrs.type === 'application/ld+json') continue;
          if (!t.attrs.src) bad.push(`${p.file}: inline <script>${body.slice(0, 60)}`);
          else if (body.trim()) bad.push(`${p.file}: <script src> with a body`);
          else if (!t.attrs.src.startsWith('/') || t.attrs.src.startsWith('//')) bad.push(`${p.file}: script from elsewhere: ${t.attrs.src}`);
          else external++;
        }
        if (t.name === 'style') bad.push(`${p.file}: <style> element`);
        if ('style' in t.attrs) bad.push(`${p.file}: style="${t.attrs.style}" on <${t.name}>`);
        for (const a of t.attrNames) if (/^on[a-z]+$/.test(a)) bad.push(`${p.file}: ${a}="" on <${t.name}>`);
        if (t.name === 'a' && /^\s*javascript:/i.test(t.attrs.href ?? '')) bad.push(`${p.file}: javascript: link`);
        if (t.name === 'link' && t.attrs.rel === 'stylesheet' && !(t.attrs.href ?? '').startsWith('/')) bad.push(`${p.file}: stylesheet from elsewhere: ${t.attrs.href}`);
      }
    }
    expect(bad).toEqual([]);
    // The scan is not vacuous: pages do load their scripts, as files.
    expect(external).toBeGreaterThan(0);
  });

  it('the scanner would catch each kind of violation (control)', () => {
    const { tags, rawText } = scanHtml('<p style="color:red" onclick="x()">a</p><script>alert(1)</script><style>p{}</style><svg><rect style="fill:red"/></svg>');
    expect(tags.filter((t) => 'style' in t.attrs).map((t) => t.name)).toEqual(['p', 'rect']);
    expect(tags.some((t) => t.attrNames.includes('onclick'))).toBe(true);
    expect(tags.filter((t) => t.name === 'script' && !t.attrs.src)).toHaveLength(1);
    expect(rawText.map((r) => r.tag)).toEqual(['script', 'style']);
  });
});
