// Each sitemap address's alternates in the other languages (<xhtml:link hreflang>), for @astrojs/sitemap.
// The integration's own `i18n` option finds them by scanning every address for every address: at 10,000
// deals in three languages (38,000 addresses) that took 6-7 s of every build, after the last page. These
// are the same links, found through a map by each address's English path.
import type { SitemapItem } from '@astrojs/sitemap';
import { kindOfFile } from '../page-kinds.ts';
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES } from './locales.ts';

type Link = { url: string; lang: string };

/** Each address's language segment ("ko", "zh") mapped to its BCP 47 tag; English has no segment. */
const TAG_BY_SEGMENT = new Map<string, string>(LOCALE_IDS.filter((id) => LOCALES[id].path).map((id) => [LOCALES[id].path, LOCALES[id].tag]));

/** An address's language tag and its path without the language segment, or undefined outside the site. */
function parse(url: string, siteRoot: string): { lang: string; path: string } | undefined {
  if (!url.startsWith(siteRoot)) return undefined;
  const rest = `/${url.slice(siteRoot.length).replace(/^\//, '')}`;
  const segment = rest.split('/')[1]!;
  const tag = TAG_BY_SEGMENT.get(segment);
  if (tag) return { lang: tag, path: rest.slice(1 + segment.length) || '/' };
  return { lang: LOCALES[DEFAULT_LOCALE].tag, path: rest };
}

/**
 * An error page in any language (/404/, /ko/404/). The integration leaves out the unprefixed ones itself,
 * and the prefixed ones only when given its `i18n` option, which this replaces.
 */
export function isStatusPage(url: string, siteRoot: string): boolean {
  return /^\/(404|500)\/?$/.test(parse(url, siteRoot)?.path ?? '');
}

/** A page its kind keeps out of search engines (page-kinds.ts `noindex`: the chart embeds). */
export function isNoindexPage(url: string, siteRoot: string): boolean {
  if (!url.startsWith(siteRoot)) return false;
  const rel = url.slice(siteRoot.length).replace(/^\//, '');
  return kindOfFile(`${rel}${rel === '' || rel.endsWith('/') ? '' : '/'}index.html`)?.noindex === true;
}

/**
 * For each address with a page in at least one other language, the links to every language's page,
 * in the sitemap's order of addresses (sorted as @astrojs/sitemap sorts them). siteRoot is the site's
 * address with its base path and a trailing slash.
 */
export function sitemapAlternates(urls: readonly string[], siteRoot: string): Map<string, Link[]> {
  const sorted = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const byPath = new Map<string, Link[]>();
  const pathOf = new Map<string, string>();
  for (const url of sorted) {
    const parsed = parse(url, siteRoot);
    if (!parsed) continue;
    pathOf.set(url, parsed.path);
    const links = byPath.get(parsed.path) ?? [];
    links.push({ url, lang: parsed.lang });
    byPath.set(parsed.path, links);
  }
  const out = new Map<string, Link[]>();
  for (const [url, path] of pathOf) {
    const links = byPath.get(path)!;
    if (links.length > 1) out.set(url, links);
  }
  return out;
}

/**
 * The sitemap integration's `filter` and `serialize` options: no error or noindex page, and each address
 * with its alternates. The
 * integration passes every address through `filter` before it serializes the first one, so the addresses
 * are all known by then.
 */
export function sitemapWithAlternates(siteRoot: string): { filter: (url: string) => boolean; serialize: (item: SitemapItem) => SitemapItem } {
  const urls: string[] = [];
  let links: Map<string, Link[]> | undefined;
  return {
    filter: (url) => {
      // A filter call after serializing starts another build's list (a config reused in one process).
      if (links) (urls.length = 0), (links = undefined);
      if (isStatusPage(url, siteRoot) || isNoindexPage(url, siteRoot)) return false;
      urls.push(url);
      return true;
    },
    serialize: (item) => {
      links ??= sitemapAlternates(urls, siteRoot);
      const alternates = links.get(item.url);
      return alternates ? { ...item, links: alternates } : item;
    },
  };
}
