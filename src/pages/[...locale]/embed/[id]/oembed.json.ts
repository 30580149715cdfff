import { inEveryLocale } from '../../../../lib/i18n/routing.ts';
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import { getDataset } from '../../../../lib/collections.ts';
import { chartOembed, chartPaths } from '../../../../lib/pages/chart.ts';

export const getStaticPaths = async () => inEveryLocale(await chartPaths());

export const GET: APIRoute = async ({ params, props }) =>
  new Response(JSON.stringify(await chartOembed(await getDataset(), params.id as string, (props as { locale: Locale }).locale), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
