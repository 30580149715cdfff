// Every address of the site's pages and files, written once. Two forms of each: the site path, without the
// base path ("/deals/x/": what data/redirects.json, search records, the PDF step and the benchmark name),
// and the href, under the base path (url.ts), for links in pages. Which route files make which addresses
// is listed in page-kinds.ts.
import { siteConfig } from '../site.config.ts';
import { url } from './url.ts';

/** Site paths, without the base path. */
export const sitePath = {
  home: () => '/',
  briefings: () => '/briefings/',
  briefing: (slug: string) => `/briefings/${slug}/`,
  editions: () => '/editions/',
  /** An edition: its briefings, its charts and what changed since the previous one. */
  edition: (id: string) => `/editions/${id}/`,
  /** The deals an edition covers: its briefings' deals and those new since the edition before (its report's appendix). */
  editionDeals: (id: string) => `/editions/${id}/deals/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  charts: () => '/charts/',
  chart: (id: string) => `/charts/${id}/`,
  embed: (id: string) => `/embed/${id}/`,
  /** The chart embed's oEmbed response (discovered through a <link> on the chart and embed pages). */
  embedOembed: (id: string) => `/embed/${id}/oembed.json`,
  /** The full dataset: its files, data dictionary, licence and citation. */
  dataPage: () => '/data/',
  /** A file of the full dataset (src/lib/sheets/dataset-files.ts): a folder of its own, so no chart id can collide. */
  datasetFile: (name: string) => `/data/dataset/${name}`,
  dataCsv: (id: string) => `/data/${id}.csv`,
  dataJson: (id: string) => `/data/${id}.json`,
  /**
   * The chart as a picture: title, chart, sources and address in one image (PNG at 2x, and SVG). Pictures are
   * drawn in each language; one not in English is named with its language's segment ("/data/<id>.ko.png").
   */
  dataPng: (id: string, lang = '') => `/data/${id}${lang && `.${lang}`}.png`,
  dataSvg: (id: string, lang = '') => `/data/${id}${lang && `.${lang}`}.svg`,
  /** The 1200 × 630 picture shown when a chart, briefing or topic page is shared (social-image.ts); per language as dataPng. */
  card: (kind: 'charts' | 'briefings' | 'topics', id: string, lang = '') => `/cards/${kind}/${id}${lang && `.${lang}`}.png`,
  /** The same for every other page. */
  siteCard: () => '/cards/site.png',
  /** The vega-lite spec the "Interact / export" button loads, in a language ("ko": /data/spec/<id>.ko.json). */
  chartSpec: (id: string, lang = '') => `/data/spec/${id}${lang && `.${lang}`}.json`,
  deals: () => '/deals/',
  deal: (id: string) => `/deals/${id}/`,
  /** Every deal of a year (or "undated"): only on a site with more deals than the explorer lists. */
  dealsOfYear: (year: string) => `/deals/years/${year}/`,
  /** Every deal as the explorer's rows: only on a site with more deals than the explorer lists. */
  dealList: (list: 'all') => `/deals/${list}.json`,
  companies: () => '/companies/',
  company: (id: string) => `/companies/${id}/`,
  sources: () => '/sources/',
  /** A source's section of /sources/ (every source has one). */
  sourceSection: (id: string) => `/sources/#${id}`,
  /** A source's own page: only for a source cited by more records than /sources/ lists. */
  source: (id: string) => `/sources/${id}/`,
  search: () => '/search/',
  rss: () => '/rss.xml',
  brandCss: () => '/brand.css',
  /** A web font file (src/fonts/files.ts names them, with a content hash). */
  font: (fileName: string) => `/fonts/${fileName}`,
  /** A report page's PDF, by its slot (reportSlot). */
  pdf: (slot: string) => `/pdf/${slot}.pdf`,
};

type Paths = typeof sitePath;

/** The same addresses under the base path: `href.deal(id)` → "/atlas/deals/<id>/" on a site under /atlas. */
export const href = Object.fromEntries(
  Object.entries(sitePath).map(([name, at]) => [name, (...args: string[]) => url((at as (...a: string[]) => string)(...args))]),
) as Paths;

/** An href as a full address on the site's origin (canonical links, embed codes). */
export function absoluteUrl(pageHref: string): string {
  return new URL(pageHref, siteConfig.url).href;
}

/** A report page's PDF slot ("briefings/<slug>"): its site path without the slashes; the PDF is at sitePath.pdf(slot). */
export function reportSlot(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '');
}
