import type { APIRoute } from 'astro';
import { charts, getChart } from '../../charts/registry.ts';
import { toCsv } from '../../charts/export.ts';
import { getDataset } from '../../lib/collections.ts';
import { CSV_CONTENT_TYPE } from '../../lib/csv.ts';

export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) => {
  const def = getChart(params.id as string);
  const rows = def.rows(await getDataset());
  return new Response(toCsv(rows, def.columns), { headers: { 'Content-Type': CSV_CONTENT_TYPE } });
};
