// The files beside the pages that are not chart data: the RSS feed of briefings, one per language
// (src/pages/[...locale]/rss.xml.ts), and the accent colour as a stylesheet (src/pages/brand.css.ts).
import type { RSSOptions } from '@astrojs/rss';
import { siteConfig } from '../../site.config.ts';
import { href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import type { PageFile } from './shared.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';
import { siteTextIn } from '../i18n/site-text.ts';
import { hrefIn } from '../i18n/routing.ts';
import { briefingTitleIn } from './briefing-title.ts';
import { briefingIn } from '../briefing-in.ts';
import { fontFaceCss, fontFiles, languageFontCss } from '../../fonts/files.ts';

/**
 * The feed of one language: its title and description in that language, links into its pages, its
 * <language>. `site`: Astro's site URL. @astrojs/rss escapes the fields; the test suite checks a hostile
 * title stays text.
 */
export function rssFeed(briefings: BriefingEntry[], site: URL, locale: Locale): RSSOptions {
  const t = translator(locale);
  const h = hrefIn(locale);
  const en = locale === 'en';
  return {
    // English keeps site.config.ts's words (a rebrand edits them there).
    title: t('feed.title', { site: siteConfig.name }),
    description: siteTextIn('tagline', locale).text,
    // The channel link is the language's home under the base path (item links below already carry the base).
    site: new URL(h.home(), site).href,
    items: briefings.map((b) => ({
      title: briefingTitleIn(b, locale).text,
      description: briefingIn(b, locale).summary,
      pubDate: new Date(`${b.data.date}T00:00:00Z`),
      link: h.briefing(b.id),
      categories: b.data.topics,
    })),
    // English keeps the configured language; the others their BCP 47 tag (ko, zh-Hans).
    customData: `<language>${en ? siteConfig.locale : LOCALES[locale].tag}</language>`,
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
