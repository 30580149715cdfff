// /deals/all.json: every deal as the explorer's rows, on a site with more deals than the explorer's page lists.
import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/collections.ts';
import { dealList, dealListPaths } from '../../lib/pages/deal-list.ts';
import { fileResponse } from '../../lib/pages/shared.ts';

export const getStaticPaths = async () => dealListPaths(await getDataset());

export const GET: APIRoute = async () => fileResponse(dealList(await getDataset()));
