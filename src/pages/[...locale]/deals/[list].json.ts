// /deals/all.json (and /ko/…, /zh/…): every deal as the explorer's rows in the page's language, on a site with
// more deals than the explorer's page lists.
import type { APIRoute } from 'astro';
import { getDataset } from '../../../lib/collections.ts';
import { inEveryLocale } from '../../../lib/i18n/routing.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { dealList, dealListPaths } from '../../../lib/pages/deal-list.ts';
import { fileResponse } from '../../../lib/pages/shared.ts';

export const getStaticPaths = async () => inEveryLocale(dealListPaths(await getDataset()));

export const GET: APIRoute = async ({ props }) => fileResponse(dealList(await getDataset(), (props as { locale: Locale }).locale));
