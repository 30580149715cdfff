import type { APIRoute } from 'astro';
import { charts, getChart } from '../../charts/registry.ts';
import { toJson } from '../../charts/export.ts';
import { getDataset } from '../../lib/collections.ts';

export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) => {
  const def = getChart(params.id as string);
  const dataset = await getDataset();
  const body = JSON.stringify(toJson(def, def.rows(dataset), dataset), null, 2) + '\n';
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
