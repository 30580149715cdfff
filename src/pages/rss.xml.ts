import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getBriefings } from '../lib/collections.ts';
import { siteConfig } from '../site.config.ts';
import { url } from '../lib/url.ts';

export async function GET(context: APIContext) {
  const briefings = await getBriefings();
  return rss({
    title: `${siteConfig.name} briefings`,
    description: siteConfig.tagline,
    // The channel link is the site's home under its base path (item links below already carry the base).
    site: new URL(url('/'), context.site!).href,
    // @astrojs/rss escapes these fields; the test suite checks a hostile title stays text.
    items: briefings.map((b) => ({
      title: b.data.title,
      description: b.data.summary,
      pubDate: new Date(`${b.data.date}T00:00:00Z`),
      link: url(`/briefings/${b.id}/`),
      categories: b.data.topics,
    })),
    customData: `<language>${siteConfig.locale}</language>`,
  });
}
