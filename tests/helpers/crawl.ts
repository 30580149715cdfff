// Reading a built site's pages per language, for the crawl test (tests/build/languages.test.ts): each page's
// <html lang>, its interface text outside English content, its links and its hreflang alternates. A small
// tokenizer over Astro's output (no browser: hundreds of pages in well under a second).
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import type { Messages } from '../../src/lib/i18n/messages.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m));

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'template', 'textarea']);
/** Code shown as code (the embed snippet): in no human language. */
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);
/** Attributes a reader meets as words: read aloud, shown on hover or in an empty field. */
const WORD_ATTRS = ['aria-label', 'alt', 'title', 'placeholder'];

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The language in force on the element (its own lang, else its nearest ancestor's). */
  lang: string;
}

export interface PageParts {
  /** <html lang>. */
  lang: string | undefined;
  /** Words the reader meets, each with the language in force where it is: text, <title>, word attributes. */
  words: { text: string; lang: string; where: string }[];
  tags: Tag[];
}

/** A page's tags and words, each with the language in force (lang attributes, inherited). */
export function readPage(html: string): PageParts {
  const words: PageParts['words'] = [];
  const tags: Tag[] = [];
  const stack: { name: string; lang: string }[] = [];
  let htmlLang: string | undefined;
  const langHere = () => stack[stack.length - 1]?.lang ?? '';
  const tagRe = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    const text = decode(html.slice(last, m.index)).replace(/\s+/g, ' ').trim();
    const inTitle = stack.some((s) => s.name === 'title');
    const inBody = stack.some((s) => s.name === 'body');
    const inCode = stack.some((s) => CODE.has(s.name));
    if (text && !inCode && (inBody || inTitle)) words.push({ text, lang: langHere(), where: inTitle ? '<title>' : 'text' });
    last = tagRe.lastIndex;
    if (!m[2]) continue; // comment or doctype
    const name = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at; // closes elements left open inside it too
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    const lang = attrs.lang ?? langHere();
    if (name === 'html') htmlLang = attrs.lang;
    tags.push({ name, attrs, lang });
    for (const attr of WORD_ATTRS) if (attrs[attr]?.trim()) words.push({ text: attrs[attr]!.trim(), lang, where: `${attr}=` });
    if (name === 'meta' && attrs.name === 'description' && attrs.content) words.push({ text: attrs.content, lang, where: 'meta description' });
    // An SVG <text> is one label however it is wrapped into <tspan>s: read as one, as a reader reads it.
    if (name === 'text' && stack.some((s) => s.name === 'svg')) {
      const end = html.indexOf('</text>', tagRe.lastIndex);
      const inner = decode(html.slice(tagRe.lastIndex, end < 0 ? html.length : end).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
      if (inner) words.push({ text: inner, lang, where: 'text' });
      tagRe.lastIndex = last = end < 0 ? html.length : end + '</text>'.length;
      continue;
    }
    if (RAW.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, tagRe.lastIndex);
      tagRe.lastIndex = last = end < 0 ? html.length : end;
      continue;
    }
    if (!VOID.has(name) && !/\/\s*$/.test(m[3]!)) stack.push({ name, lang });
  }
  return { lang: htmlLang, words, tags };
}

/** English text the page marks as such (lang="en", "en-GB"…): content from the dataset, an untranslated briefing. */
export const isEnglish = (lang: string) => /^en\b/i.test(lang);

export interface Needle {
  key: string;
  text: string;
  re: RegExp;
}

/**
 * The English interface strings a page in `locale` must not show: each English message (and each plural
 * form) whose text differs from the language's own, split at {placeholders}; pieces with fewer than
 * `minLetters` letters are left out (a bare "of" or "ID" says nothing about the page).
 */
export function englishNeedles(en: Messages, other: Messages, minLetters = 4): Needle[] {
  const forms = (m: Messages[string] | undefined) => (m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m));
  const out = new Map<string, Needle>();
  for (const [key, message] of Object.entries(en)) {
    const theirs = new Set(forms(other[key]));
    for (const form of forms(message)) {
      if (theirs.has(form)) continue; // the same in both languages (a name, a symbol): not English showing through
      for (const piece of form.split(/\{\w+\}/)) {
        const text = piece.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if ((text.match(/\p{L}/gu) ?? []).length < minLetters || out.has(text)) continue;
        const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // Whole English words: a Korean particle may follow one directly ("Deals를"), a Latin letter may not.
        out.set(text, { key, text, re: new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escaped}(?![\\p{Script=Latin}\\p{N}])`, 'u') });
      }
    }
  }
  return [...out.values()];
}

/**
 * The text with the dataset's own words taken out (names, titles, categories, notes: every string of the
 * data files), longest first. They are English content, and where they stand inside a sentence or an
 * attribute ("Zonsen PepLib Biotech의 거래", a chart bar's aria-label) no lang attribute can mark them.
 */
export function withoutDataset(text: string, datasetWords: readonly string[]): string {
  // An address is not English ("https://deal-atlas.example/ko/charts/…" on the print cover).
  let out = text.replace(/\bhttps?:\/\/\S+/g, ' ');
  for (const w of datasetWords) if (out.includes(w)) out = out.split(w).join(' ');
  return out;
}

/** Every string in the data files' JSON, longest first, of at least `minLetters` letters. */
export function datasetWords(jsonTexts: string[], minLetters = 4): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if ((v.match(/\p{L}/gu) ?? []).length >= minLetters) found.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const t of jsonTexts) walk(JSON.parse(t));
  return [...found].sort((a, b) => b.length - a.length);
}

/** The language a site path belongs to by its first segment ("/ko/…" Korean; anything else English). */
export function languageOfPath(sitePath: string): Locale {
  const first = sitePath.split('/')[1] ?? '';
  const found = (Object.keys(LOCALES) as Locale[]).find((l) => LOCALES[l].path && LOCALES[l].path === first);
  return found ?? 'en';
}

/**
 * Problems grouped by what is wrong (a string, a kind of link): "what (e.g. detail) — N pages: /a/, /b/, …",
 * most pages first; long lists are cut at `limit` groups, with the count of those left out. The detail
 * shown is the first problem's (one link of a kind).
 */
export function grouped(problems: { what: string; page: string; detail?: string }[], limit = 40, examples = 3): string {
  const by = new Map<string, { pages: Set<string>; detail?: string }>();
  for (const p of problems) {
    const g = by.get(p.what) ?? by.set(p.what, { pages: new Set(), detail: p.detail }).get(p.what)!;
    g.pages.add(p.page);
  }
  const groups = [...by].sort((a, b) => b[1].pages.size - a[1].pages.size || a[0].localeCompare(b[0]));
  const lines = groups.slice(0, limit).map(([what, { pages, detail }]) => {
    const list = [...pages].sort();
    return `${what}${detail ? ` (e.g. ${detail})` : ''} — ${list.length} page${list.length === 1 ? '' : 's'}: ${list.slice(0, examples).join(', ')}${list.length > examples ? ', …' : ''}`;
  });
  if (groups.length > limit) lines.push(`… and ${groups.length - limit} more`);
  return lines.join('\n');
}
