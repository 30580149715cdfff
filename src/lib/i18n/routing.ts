// The site's addresses per language: English at the root, every other language under its segment
// ("/ko/deals/x/", "/zh/deals/x/"). Pages and the links between them are per language; data files, fonts,
// the stylesheet and the chart specs are one for all (their words are the dataset's, not the interface's).
import { sitePath } from '../routes.ts';
import { url } from '../url.ts';
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES, localeOfPath, type Locale } from './locales.ts';

type Paths = typeof sitePath;
type PathName = keyof Paths;

/** The addresses that exist once per language: pages, their feeds and embeds. */
const PER_LANGUAGE: ReadonlySet<PathName> = new Set<PathName>([
  'home', 'briefings', 'briefing', 'editions', 'edition', 'editionDeals', 'topics', 'topic', 'charts', 'chart',
  'embed', 'embedOembed', 'dataPage', 'deals', 'deal', 'dealList', 'dealsOfYear', 'companies', 'company', 'sources',
  'sourceSection', 'source', 'search', 'rss',
]);

/** A site path ("/deals/x/") as the same page in a language ("/ko/deals/x/"). */
export function inLocale(locale: Locale, path: string): string {
  const segment = LOCALES[locale].path;
  return segment ? `/${segment}${path}` : path;
}

function localized(locale: Locale, wrap: (path: string) => string): Paths {
  return Object.fromEntries(
    Object.entries(sitePath).map(([name, at]) => [
      name,
      (...args: string[]) => {
        const path = (at as (...a: string[]) => string)(...args);
        return wrap(PER_LANGUAGE.has(name as PathName) ? inLocale(locale, path) : path);
      },
    ]),
  ) as Paths;
}

const sitePaths = new Map<Locale, Paths>();
const hrefs = new Map<Locale, Paths>();

/** Site paths (no base path) of one language's pages. */
export function sitePathIn(locale: Locale): Paths {
  let p = sitePaths.get(locale);
  if (!p) sitePaths.set(locale, (p = localized(locale, (x) => x)));
  return p;
}

/** Hrefs (under the base path) of one language's pages: `hrefIn('ko').deal(id)` → "/ko/deals/<id>/". */
export function hrefIn(locale: Locale): Paths {
  let p = hrefs.get(locale);
  if (!p) hrefs.set(locale, (p = localized(locale, url)));
  return p;
}

/** A site path's language and the path it has in English: "/zh/deals/x/" → zh-Hans, "/deals/x/". */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const m = /^\/([^/]+)(\/.*)?$/.exec(path);
  const segment = m?.[1];
  if (segment && segment !== '' && LOCALE_IDS.some((id) => LOCALES[id].path === segment)) {
    return { locale: localeOfPath(segment), path: m?.[2] ?? '/' };
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** A page's address in every language, for hreflang links and the language switcher. */
export function alternates(englishPath: string): { locale: Locale; tag: string; name: string; href: string }[] {
  return LOCALE_IDS.map((locale) => ({ locale, tag: LOCALES[locale].tag, name: LOCALES[locale].name, href: url(inLocale(locale, englishPath)) }));
}

/**
 * A route's static paths once per language: the `locale` route parameter is the language's segment
 * (undefined for English, so `[...locale]` matches the root). Props gain `locale`.
 */
export function inEveryLocale<P extends Record<string, string | undefined>, T extends object>(
  paths: { params: P; props?: T }[],
): { params: P & { locale: string | undefined }; props: T & { locale: Locale } }[] {
  return LOCALE_IDS.flatMap((locale) =>
    paths.map((p) => ({
      params: { ...p.params, locale: LOCALES[locale].path || undefined },
      props: { ...(p.props ?? ({} as T)), locale },
    })),
  );
}

/** The language of a page, from its `locale` route parameter. */
export function localeParam(param: string | undefined): Locale {
  return localeOfPath(param);
}

/** A page's language and its English site path, from the address it is built at (base path removed). */
export function pageLocale(pathname: string): { locale: Locale; path: string } {
  const base = url('/').replace(/\/$/, '');
  const sitePathname = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  return splitLocale(sitePathname);
}
