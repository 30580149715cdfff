// Every page in every language, crawled on a small synthetic site built here (not the published content):
// <html lang> says the page's language; a Korean or Chinese page shows no English interface string outside
// what it marks lang="en" (content from the dataset, an untranslated briefing); hreflang alternates point
// both ways at pages that exist; links stay within the page's language, except shared files. Then search
// per language: the Korean search page searches the Korean index, and finds Korean words.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData, syntheticFiles } from '../../scripts/lib/synthetic-data.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { allMessages } from '../../src/lib/i18n/messages.ts';
import { inLocale } from '../../src/lib/i18n/routing.ts';
import { kindOfFile } from '../../src/lib/page-kinds.ts';
import { hasChrome, launchBrowser } from '../helpers/browser.ts';
import { datasetWords, englishNeedles, grouped, isEnglish, languageOfPath, readPage, withoutDataset, type PageParts, type Tag } from '../helpers/crawl.ts';
import { build, copyProject, describeBuild, listFiles, removeCopies } from './helpers.ts';

const data = generateSyntheticData(20, { seed: 3 });
const ORIGIN = 'https://deal-atlas.example'; // siteConfig.url's default: the build runs without SITE_URL

/**
 * A page that says one word per language, searchable like a report page (Base `searchable`): the one
 * place this site has text that only its Korean (or Chinese) page shows, independent of which areas are
 * translated yet. Written into the copy only.
 */
// A word no page of the site writes (the quokka, in each language): a biopharma word such as 임상시험 would
// also find the Korean deal pages, whose records carry Korean labels.
const PROBE_WORDS: Record<Locale, string> = { en: 'quokka', ko: '쿼카', 'zh-Hans': '短尾矮袋鼠' };
const PROBE_PAGE = `---
import { inEveryLocale } from '../../../lib/i18n/routing.ts';
export const getStaticPaths = () => inEveryLocale([{ params: {} }]);
import Base from '../../../layouts/Base.astro';
const words = ${JSON.stringify(PROBE_WORDS)};
---
<Base title="Probe" description="Probe" searchable><p>{words[Astro.props.locale]}</p></Base>
`;

/**
 * The one allowlist of links that leave the page's language, each with its reason. Shared files (data
 * files, fonts, the stylesheet, PDFs, pictures, scripts, the search bundles) are not listed here: a link
 * to a file that is not a page and has no copy under the language's folder is shared by rule (linkOutOfLanguage).
 */
const LINKS_ACROSS_LANGUAGES: { why: string; allows: (tag: Tag) => boolean }[] = [
  { why: 'the language switcher and the hreflang alternates point at the other languages on purpose', allows: (tag) => 'hreflang' in tag.attrs },
];

let dir = '';
let dist = '';
/** Site path ("/ko/deals/x/", "/404.html") → the page read. */
const pages = new Map<string, PageParts>();

beforeAll(async () => {
  dir = await copyProject('deal-atlas-languages-', { empty: true });
  for (const [rel, text] of [...syntheticFiles(data), ['src/pages/[...locale]/probe/index.astro', PROBE_PAGE] as const]) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  const r = await build(dir, { timeoutMs: 400_000 });
  if (r.code !== 0) throw new Error(describeBuild(r));
  dist = path.join(dir, 'dist');
  for (const rel of (await listFiles(dist)).filter((f) => f.endsWith('.html'))) {
    pages.set(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`, readPage(await readFile(path.join(dist, rel), 'utf8')));
  }
}, 420_000);
afterAll(removeCopies);

const inLanguage = (l: Locale) => [...pages].filter(([p]) => languageOfPath(p) === l);

describe('crawl: every page in every language', () => {
  it('built each page in the three languages', () => {
    for (const l of ['ko', 'zh-Hans'] as const) expect(inLanguage(l).length, l).toBeGreaterThan(20);
    expect(inLanguage('ko').length).toBe(inLanguage('zh-Hans').length);
  });

  it('<html lang> is the language of the page’s address', () => {
    const problems = [...pages].flatMap(([page, p]) => {
      const want = LOCALES[languageOfPath(page)].tag;
      return p.lang === want ? [] : [{ what: `<html lang="${p.lang ?? ''}">, not "${want}"`, page }];
    });
    expect(grouped(problems)).toBe('');
  });

  it('no English interface string on a Korean or Chinese page, outside what it marks lang="en"', () => {
    const messages = allMessages();
    // The dataset's own words (names, titles, categories) are English content, even where no lang can mark them.
    // An untranslated briefing's title and summary (its frontmatter) are English content too.
    const files = [...syntheticFiles(data)];
    const frontmatter = files.filter(([rel]) => rel.startsWith('content/')).map(([, text]) => JSON.stringify(Object.values(/^---\n([\s\S]*?)\n---/.exec(text)?.[1]?.split('\n').map((l) => l.replace(/^[\w-]+:\s*/, '').replace(/^["']|["']$/g, '')) ?? {})));
    const dataset = datasetWords([...files.filter(([rel]) => rel.startsWith('data/') && rel.endsWith('.json')).map(([, text]) => text), ...frontmatter]);
    const problems: { what: string; page: string }[] = [];
    for (const locale of ['ko', 'zh-Hans'] as const) {
      const needles = englishNeedles(messages.en, messages[locale]);
      expect(needles.length).toBeGreaterThan(5);
      for (const [page, p] of inLanguage(locale)) {
        for (const w of p.words) {
          if (isEnglish(w.lang)) continue;
          const text = withoutDataset(w.text, dataset);
          for (const n of needles) if (n.re.test(text)) problems.push({ what: `"${n.text}" (${n.key}) in ${w.where}`, page });
        }
      }
    }
    expect(grouped(problems)).toBe('');
  });

  it('every Hangul and Han character a Korean or Chinese page shows is in the face the page loads (no missing glyph)', async () => {
    const fontkit = await import('fontkit');
    const fonts = await listFiles(path.join(dist, 'fonts'));
    const face = (name: string) => {
      const file = fonts.find((f) => f.startsWith(`${name}-400.`))!;
      return fontkit.create(readFileSync(path.join(dist, 'fonts', file))) as import('fontkit').Font;
    };
    const faces = { ko: { font: face('noto-sans-kr'), script: /\p{Script=Hangul}/u }, 'zh-Hans': { font: face('noto-sans-sc'), script: /\p{Script=Han}/u } };
    const problems: { what: string; page: string }[] = [];
    for (const locale of ['ko', 'zh-Hans'] as const) {
      const { font, script } = faces[locale];
      for (const [page, p] of inLanguage(locale))
        for (const w of p.words) for (const ch of w.text) if (script.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) problems.push({ what: `"${ch}" (in "${w.text.slice(0, 40)}")`, page });
    }
    expect(grouped(problems)).toBe('');
  });

  it('hreflang alternates point both ways, at pages that exist in the language they name', () => {
    const alternatesOf = (p: PageParts) =>
      new Map(p.tags.filter((t) => t.name === 'link' && t.attrs.rel === 'alternate' && t.attrs.hreflang).map((t) => [t.attrs.hreflang!, sitePathOf(t.attrs.href ?? '')]));
    const problems: { what: string; page: string }[] = [];
    for (const [page, p] of pages) {
      const alts = alternatesOf(p);
      if (alts.size === 0) continue; // not indexed (404, redirects): no alternates
      const own = LOCALES[languageOfPath(page)].tag;
      if (alts.get(own) !== page) problems.push({ what: `no hreflang="${own}" to itself`, page });
      for (const l of Object.keys(LOCALES) as Locale[]) if (!alts.has(LOCALES[l].tag)) problems.push({ what: `no hreflang="${LOCALES[l].tag}"`, page });
      for (const [tag, target] of alts) {
        const there = target === undefined ? undefined : pages.get(target);
        if (!there) {
          problems.push({ what: `hreflang="${tag}" → a page that does not exist`, page });
          continue;
        }
        if (tag === 'x-default') {
          if (languageOfPath(target!) !== 'en') problems.push({ what: 'x-default is not the English page', page });
          continue;
        }
        if (there.lang !== tag) problems.push({ what: `hreflang="${tag}" → a page whose <html lang> is "${there.lang}"`, page });
        if (alternatesOf(there).get(own) !== page) problems.push({ what: `hreflang="${tag}" → a page whose hreflang="${own}" does not point back`, page });
      }
    }
    expect(grouped(problems)).toBe('');
  });

  it('the sitemap lists each indexed page with the alternates its hreflang links name, and no error page', () => {
    const xml = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const listed = new Map(
      [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
        sitePathOf(m[1]!)!,
        [...m[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => `${l[1]} ${sitePathOf(l[2]!)}`).sort(),
      ]),
    );
    const problems: { what: string; page: string }[] = [];
    for (const [page, links] of listed) {
      const p = pages.get(page);
      if (!p) {
        problems.push({ what: 'listed, but no page is there', page });
        continue;
      }
      const want = p.tags
        .filter((t) => t.name === 'link' && t.attrs.rel === 'alternate' && t.attrs.hreflang && t.attrs.hreflang !== 'x-default')
        .map((t) => `${t.attrs.hreflang} ${sitePathOf(t.attrs.href ?? '')}`)
        .sort();
      if (want.length === 0) problems.push({ what: 'listed, but the page has no hreflang alternates (not indexed)', page });
      else if (links.join() !== want.join()) problems.push({ what: `sitemap alternates [${links.join(', ')}], page's [${want.join(', ')}]`, page });
    }
    for (const [page, p] of pages)
      if (p.tags.some((t) => t.name === 'link' && t.attrs.hreflang) && !listed.has(page)) problems.push({ what: 'has hreflang alternates but is not in the sitemap', page });
    expect(listed.size).toBeGreaterThan(60);
    expect(grouped(problems)).toBe('');
  });

  it('every internal link stays within the page’s language, except shared files', () => {
    const problems: { what: string; page: string; detail?: string }[] = [];
    for (const [page, p] of pages) {
      for (const tag of p.tags) {
        for (const attr of ['href', 'src', 'action'] as const) {
          const value = tag.attrs[attr];
          if (value === undefined) continue;
          const target = linkOutOfLanguage(page, value, tag);
          if (target) problems.push({ what: `<${tag.name} ${attr}> → ${describeTarget(target)}`, page, detail: target });
        }
      }
    }
    expect(grouped(problems)).toBe('');
  });
});

/** An address as a site path ("/ko/deals/x/"), or undefined for another site, a fragment or mailto:. */
function sitePathOf(value: string, from = '/'): string | undefined {
  if (!value || value.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(value)) return undefined;
  const u = new URL(value, `${ORIGIN}${from}`);
  return u.origin === ORIGIN ? decodeURI(u.pathname) : undefined;
}

/** Is there a built file at this site path (a folder with index.html counts as the page)? */
function fileAt(sitePath: string): 'page' | 'file' | undefined {
  const abs = path.join(dist, sitePath);
  if (!existsSync(abs)) return undefined;
  if (statSync(abs).isDirectory()) return existsSync(path.join(abs, 'index.html')) ? 'page' : undefined;
  return abs.endsWith('.html') ? 'page' : 'file';
}

/** "the English deal page": a link's target by its language and page kind, to group links of a kind. */
function describeTarget(target: string): string {
  const rel = target.endsWith('/') ? `${target.slice(1)}index.html` : target.slice(1);
  return `the ${LOCALES[languageOfPath(target)].name} ${kindOfFile(rel)?.name ?? 'file'}`;
}

/** The site path a link on `page` leaves its language for, or undefined when it does not. */
function linkOutOfLanguage(page: string, value: string, tag: Tag): string | undefined {
  const target = sitePathOf(value, page);
  if (target === undefined) return undefined;
  const mine = languageOfPath(page);
  if (languageOfPath(target) === mine && (mine !== 'en' || !isOtherLanguage(target))) return undefined;
  if (LINKS_ACROSS_LANGUAGES.some((a) => a.allows(tag))) return undefined;
  const kind = fileAt(target);
  if (kind === undefined) return undefined; // a missing target is the link test's business (tests/e2e/links.test.ts)
  // A shared file: not a page, and no copy of it in the page's language (rss.xml has one per language).
  if (kind === 'file' && languageOfPath(target) === 'en' && !fileAt(inLocale(mine, target))) return undefined;
  return target;
}

const isOtherLanguage = (p: string) => languageOfPath(p) !== 'en';

describe('search per language', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(dist, '/');
    if (hasChrome) browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The result links of a search run from `searchPage` (?q=), once pagefind has loaded what it needs. */
  async function results(searchPage: string, q: string): Promise<string[]> {
    const page = await browser.newPage();
    try {
      // Network idle: pagefind has fetched its index and the fragments of the results. Waiting on the status
      // line would tie this test to its words, which are the search page's (translated) messages.
      await page.goto(`${server.url(searchPage)}?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      return await page.locator('.search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    } finally {
      await page.close();
    }
  }

  it.skipIf(!hasChrome)('a Korean word only on a Korean page is found from /ko/search/, and only there', async () => {
    expect(await results('/ko/search/', PROBE_WORDS.ko)).toEqual(['/ko/probe/']);
    expect(await results('/zh/search/', PROBE_WORDS['zh-Hans'])).toEqual(['/zh/probe/']);
    expect(await results('/search/', PROBE_WORDS.ko)).toEqual([]);
    expect(await results('/ko/search/', PROBE_WORDS.en)).toEqual([]);
  }, 120_000);

  it.skipIf(!hasChrome)("deals and companies (indexed from data) are found in the search page's language, at its addresses", async () => {
    const company = (data.companies as { id: string; name: string }[])[0]!;
    const word = company.name.split(' ')[0]!;
    const english = await results('/search/', word);
    expect(english).toContain(`/companies/${company.id}/`);
    for (const [at, segment] of [['/ko/search/', '/ko/'], ['/zh/search/', '/zh/']] as const) {
      const found = await results(at, word);
      expect(found).toContain(`${segment}companies/${company.id}/`);
      expect(found.filter((u) => !u.startsWith(segment)), at).toEqual([]);
    }
    expect(english.filter((u) => /^\/(ko|zh)\//.test(u))).toEqual([]);
  }, 120_000);
});
