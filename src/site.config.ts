// Branding and deployment in one place: a consultancy rebrands the site by editing this file only.
// SITE_URL, BASE_PATH and BUILD_DATE may override the defaults from the environment at build time.
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

export const siteConfig = {
  name: 'Deal Atlas',
  tagline: 'Cross-border biopharma licensing from China and Korea, figure by sourced figure',
  /** Path under public/. */
  logo: '/logo.svg',
  /** The logo drawn for dark mode (path under public/): the header shows it when the reader's system is dark. */
  logoDark: '/logo-dark.svg',
  /** Links, focus rings and the first chart colour follow it. Keep contrast ≥ 4.5:1 on white. */
  accent: '#0f5e8c',
  /** Accent in dark mode (must read on a dark background). */
  accentDark: '#7cc4ef',
  author: 'Deal Atlas',
  contact: 'mailto:editors@deal-atlas.example',
  licence: 'Text and data: CC BY 4.0. Figures are transcribed from the cited source documents; each carries its source and locator.',
  method:
    'Every figure is taken from a named source document with a locator (section and paragraph). Qualifiers such as “up to”, “about” and “more than” are kept as data. Where sources disagree, both figures are shown and attributed. No currency is converted unless the source states the rate.',
  /** Absolute origin the site is served from (canonical URLs, feeds, sitemap, PDFs' "printed from"). */
  url: env.SITE_URL ?? 'https://deal-atlas.example',
  /** Sub-path the site is deployed under, e.g. "/atlas". */
  base: env.BASE_PATH ?? '/',
  /** The "built on" date pages show: an explicit setting so two builds of the same input are identical. */
  builtOn: env.BUILD_DATE ?? '2026-11-21',
  locale: 'en',
} as const;

export type SiteConfig = typeof siteConfig;
