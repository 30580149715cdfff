import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/collections.ts';
import { chartPaths } from '../../lib/pages/chart.ts';
import { chartPictureSvg } from '../../lib/pages/pictures.ts';
import { fileResponse } from '../../lib/pages/shared.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) =>
  fileResponse({ body: (await chartPictureSvg(await getDataset(), params.id as string)).svg, contentType: 'image/svg+xml' });
