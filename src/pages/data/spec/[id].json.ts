// The vega-lite spec (data inlined) that the "Interact / export" button hands to vega-embed.
import type { APIRoute } from 'astro';
import { charts, getChart } from '../../../charts/registry.ts';
import { makeTheme } from '../../../charts/theme.ts';
import { getDataset } from '../../../lib/collections.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) => {
  const def = getChart(params.id as string);
  const spec = def.spec(def.rows(await getDataset()), makeTheme({ accent: siteConfig.accent }));
  return new Response(JSON.stringify(spec), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
