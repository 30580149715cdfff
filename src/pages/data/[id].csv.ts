import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/collections.ts';
import { chartPaths } from '../../lib/pages/chart.ts';
import { chartCsv } from '../../lib/pages/data-files.ts';
import { fileResponse } from '../../lib/pages/shared.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) => fileResponse(chartCsv(await getDataset(), params.id as string));
