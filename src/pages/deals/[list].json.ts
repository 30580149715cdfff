// /deals/all.json: every deal as the explorer's rows (cells and keys), newest first. Only on a site with more
// deals than the explorer's page lists (EXPLORER_ROWS): its filters and search then reach the rest from here.
import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/collections.ts';
import { dealRowCells, dealRowKeys, EXPLORER_ROWS } from '../../lib/deal-row.ts';
import { sortDealsByDate } from '../../lib/queries.ts';

export async function getStaticPaths() {
  const ds = await getDataset();
  return ds.deals.length > EXPLORER_ROWS ? [{ params: { list: 'all' } }] : [];
}

export const GET: APIRoute = async () => {
  const ds = await getDataset();
  const rows = sortDealsByDate(ds.deals).map((d) => ({ keys: dealRowKeys(ds, d), cells: dealRowCells(ds, d) }));
  return new Response(JSON.stringify({ rows }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
