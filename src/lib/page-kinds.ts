// The site's route files, one entry each: what the benchmark calls their pages, which addresses a site's
// content gives them (redirect validation refuses a redirect from one) and which are printed to PDF.
// tests/unit/pages/page-kinds.test.ts fails while a file in src/pages/ is missing here, so a new page type
// cannot be left out of redirect validation, the PDF step or the benchmark without a word.
import type { Dataset } from './dataset.ts';
import { dealYears } from './deal-row.ts';
import { sitePath } from './routes.ts';
import { inLocale } from './i18n/routing.ts';
import { LOCALE_IDS, LOCALES } from './i18n/locales.ts';

/** Route files under this folder make one page per language ("/deals/x/", "/ko/deals/x/", "/zh/deals/x/"). */
const PER_LANGUAGE = '[...locale]/';

/** What a page kind's addresses are made from. */
export interface SiteAddresses {
  dataset: Pick<Dataset, 'deals' | 'companies' | 'topics'>;
  /** Published briefings. */
  briefingSlugs: string[];
  /** Editions (data/editions.json). */
  editionIds?: string[];
  chartIds: readonly string[];
}

export interface PageKind {
  /** The route file, under src/pages/. */
  route: string;
  /** What the benchmark calls its pages. */
  name: string;
  /**
   * Every address of this kind for a site's content. Left out for files (redirects are between page
   * addresses, which end in "/"), the 404 page (no address of its own) and sources' own pages (see there).
   */
  addresses?: (site: SiteAddresses) => string[];
  /** Printed to PDF (scripts/pdf.ts), with this kind in the PDF's keywords. */
  pdf?: string;
  /** Kept out of search engines (the page says robots noindex), so out of the sitemap too. */
  noindex?: true;
}

const one = (address: string) => () => [address];

export const PAGE_KINDS: PageKind[] = [
  { route: '[...locale]/index.astro', name: 'home', addresses: one(sitePath.home()) },
  { route: '404.astro', name: '404' },
  // Korean and Chinese: built at <lang>/404/, moved to <lang>/404.html (src/lib/i18n/not-found.ts).
  { route: '[locale]/404.astro', name: '404 in another language' },
  { route: 'brand.css.ts', name: 'stylesheet' },
  { route: 'fonts/[file].ts', name: 'web font' },
  { route: '[...locale]/rss.xml.ts', name: 'feed' },
  { route: '[...locale]/briefings/index.astro', name: 'briefings index', addresses: one(sitePath.briefings()) },
  { route: '[...locale]/briefings/[slug].astro', name: 'briefing', addresses: (s) => s.briefingSlugs.map(sitePath.briefing), pdf: 'Briefing' },
  { route: '[...locale]/editions/index.astro', name: 'editions index', addresses: one(sitePath.editions()) },
  { route: '[...locale]/editions/[id].astro', name: 'edition', addresses: (s) => (s.editionIds ?? []).map(sitePath.edition) },
  { route: '[...locale]/editions/[id]/deals.astro', name: 'edition deals', addresses: (s) => (s.editionIds ?? []).map(sitePath.editionDeals) },
  { route: '[...locale]/topics/index.astro', name: 'topics index', addresses: one(sitePath.topics()) },
  { route: '[...locale]/topics/[id].astro', name: 'topic', addresses: (s) => s.dataset.topics.map((t) => sitePath.topic(t.id)), pdf: 'Topic' },
  { route: '[...locale]/charts/index.astro', name: 'charts index', addresses: one(sitePath.charts()) },
  { route: '[...locale]/charts/[id].astro', name: 'chart', addresses: (s) => s.chartIds.map(sitePath.chart) },
  { route: '[...locale]/embed/[id].astro', name: 'embed', addresses: (s) => s.chartIds.map(sitePath.embed), noindex: true },
  { route: '[...locale]/embed/[id]/oembed.json.ts', name: 'oembed' },
  { route: '[...locale]/data/index.astro', name: 'data page', addresses: one(sitePath.dataPage()) },
  { route: 'data/dataset/[file].ts', name: 'dataset file' },
  { route: 'data/[id].csv.ts', name: 'chart csv' },
  { route: 'data/[id].json.ts', name: 'chart json' },
  { route: 'data/spec/[id].json.ts', name: 'chart spec' },
  { route: 'data/[id].png.ts', name: 'chart picture png' },
  { route: 'data/[id].svg.ts', name: 'chart picture svg' },
  { route: 'cards/[kind]/[id].png.ts', name: 'social card' },
  { route: 'cards/site.png.ts', name: 'site social card' },
  { route: '[...locale]/deals/index.astro', name: 'deals index', addresses: one(sitePath.deals()) },
  { route: '[...locale]/deals/[id].astro', name: 'deal', addresses: (s) => s.dataset.deals.map((d) => sitePath.deal(d.id)) },
  { route: '[...locale]/deals/years/[year].astro', name: 'deals by year', addresses: (s) => [...dealYears(s.dataset).keys()].map(sitePath.dealsOfYear) },
  { route: '[...locale]/deals/[list].json.ts', name: 'deal list' },
  { route: '[...locale]/companies/index.astro', name: 'companies index', addresses: one(sitePath.companies()) },
  { route: '[...locale]/companies/[id].astro', name: 'company', addresses: (s) => s.dataset.companies.map((c) => sitePath.company(c.id)) },
  { route: '[...locale]/sources/index.astro', name: 'sources', addresses: one(sitePath.sources()) },
  // Only for a source cited more often than /sources/ lists (SOURCE_ROWS): knowing which takes every citation
  // in the dataset, more than SiteAddresses holds. Astro itself refuses a redirect over one (prerenderConflictBehavior).
  { route: '[...locale]/sources/[id].astro', name: 'source' },
  { route: '[...locale]/search/index.astro', name: 'search index', addresses: one(sitePath.search()) },
];

/** Addresses of the pages a site's content makes: a redirect cannot start at one. */
export function dataPagePaths(ds: SiteAddresses['dataset'], briefingSlugs: string[], chartIds: readonly string[], editionIds: string[] = []): Set<string> {
  const site = { dataset: ds, briefingSlugs, chartIds, editionIds };
  return new Set(PAGE_KINDS.flatMap((k) => addressesOf(k, site)));
}

/** Every address of a kind, in every language it is built in. */
export function addressesOf(kind: PageKind, site: SiteAddresses): string[] {
  const english = kind.addresses?.(site) ?? [];
  return kind.route.startsWith(PER_LANGUAGE) ? LOCALE_IDS.flatMap((l) => english.map((a) => inLocale(l, a))) : english;
}

/** Where Astro writes a route's output, as a pattern of paths in dist/ ("deals/[id].astro" → deals/<id>/index.html). */
function outputPattern(route: string): RegExp {
  const perLanguage = route.startsWith(PER_LANGUAGE);
  const stem = route.slice(perLanguage ? PER_LANGUAGE.length : 0).replace(/\.(astro|ts)$/, '');
  const file = !route.endsWith('.astro') ? stem : stem === '404' || stem.endsWith('/404') || stem === 'index' || stem.endsWith('/index') ? `${stem}.html` : `${stem}/index.html`;
  const parts = file.split(/(\[[^\]]+\])/).map((p) => (p.startsWith('[') ? '[^/]+' : p.replace(/[.*+?^${}()|\\]/g, '\\$&')));
  const segments = LOCALE_IDS.map((l) => LOCALES[l].path).filter(Boolean);
  return new RegExp(`^${perLanguage ? `(?:(?:${segments.join('|')})/)?` : ''}${parts.join('')}$`);
}

const patterns = PAGE_KINDS.map((k) => ({ kind: k, pattern: outputPattern(k.route) }));

/** The kind of a file Astro built, by its path in dist/ ("deals/x/index.html"); undefined for files of other steps. */
export function kindOfFile(rel: string): PageKind | undefined {
  const r = rel.replace(/\\/g, '/').replace(/^\/+/, '');
  return patterns.find((p) => p.pattern.test(r))?.kind;
}

/** The folder of a kind's pages in dist/ ("briefings" for briefings/[slug].astro). */
export function kindFolder(kind: PageKind): string {
  return kind.route.replace(PER_LANGUAGE, '').split('/')[0]!;
}
