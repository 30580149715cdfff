import { inEveryLocale } from '../../../../lib/i18n/routing.ts';
import type { APIRoute } from 'astro';
import { getDataset } from '../../../../lib/collections.ts';
import { chartOembed, chartPaths } from '../../../../lib/pages/chart.ts';

export const getStaticPaths = async () => inEveryLocale(await chartPaths());

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await chartOembed(await getDataset(), params.id as string), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
