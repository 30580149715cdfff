// The vega-lite spec (data inlined) that the "Interact / export" button hands to vega-embed.
import type { APIRoute } from 'astro';
import { getDataset } from '../../../lib/collections.ts';
import { chartPaths } from '../../../lib/pages/chart.ts';
import { chartSpec } from '../../../lib/pages/data-files.ts';
import { fileResponse } from '../../../lib/pages/shared.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) => fileResponse(chartSpec(await getDataset(), params.id as string));
