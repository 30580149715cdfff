// The files beside the pages that are not chart data: the RSS feed of briefings (src/pages/rss.xml.ts) and
// the accent colour as a stylesheet (src/pages/brand.css.ts).
import type { RSSOptions } from '@astrojs/rss';
import { siteConfig } from '../../site.config.ts';
import { href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import type { PageFile } from './shared.ts';
import { fontFaceCss, fontFiles, languageFontCss } from '../../fonts/files.ts';

/** `site`: Astro's site URL. @astrojs/rss escapes the fields; the test suite checks a hostile title stays text. */
export function rssFeed(briefings: BriefingEntry[], site: URL): RSSOptions {
  return {
    title: `${siteConfig.name} briefings`,
    description: siteConfig.tagline,
    // The channel link is the site's home under its base path (item links below already carry the base).
    site: new URL(href.home(), site).href,
    items: briefings.map((b) => ({
      title: b.data.title,
      description: b.data.summary,
      pubDate: new Date(`${b.data.date}T00:00:00Z`),
      link: href.briefing(b.id),
      categories: b.data.topics,
    })),
    customData: `<language>${siteConfig.locale}</language>`,
  };
}

/** The accent colour as a stylesheet, so branding needs no inline styles (the CSP allows only 'self'). */
export async function brandCss(): Promise<PageFile> {
  // --site-origin lets print.css print internal links as full addresses.
  const origin = JSON.stringify(new URL(siteConfig.url).origin);
  // The faces live here rather than in site.css: their file names carry hashes known only at build time.
  const faces = fontFaceCss(await fontFiles(), href.font);
  return { body: `${faces}\n${languageFontCss()}\n:root{--accent:${siteConfig.accent};--accent-dark:${siteConfig.accentDark};--site-origin:${origin}}\n`, contentType: 'text/css; charset=utf-8' };
}
