import { inEveryLocale } from '../../lib/i18n/routing.ts';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getBriefings } from '../../lib/collections.ts';
import { rssFeed } from '../../lib/pages/feeds.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

export const getStaticPaths = () => inEveryLocale([{ params: {} }]);

export const GET = async (context: APIContext) => rss(rssFeed(await getBriefings(), context.site!, (context.props as { locale: Locale }).locale));
