// /deals/all.json: every deal as the explorer's rows (cells and keys), newest first, one file per language (its
// cells are the page's words). Only on a site with more deals than the explorer's page lists (EXPLORER_ROWS):
// its filters and search then reach the rest from here.
import type { Dataset } from '../dataset.ts';
import { dealRowCells, dealRowKeys, explorerCapped } from '../deal-row.ts';
import { sortDealsByDate } from '../queries.ts';
import type { Locale } from '../i18n/locales.ts';
import { JSON_TYPE, type PageFile } from './shared.ts';

export function dealListPaths(ds: Dataset): { params: { list: 'all' } }[] {
  return explorerCapped(ds) ? [{ params: { list: 'all' } }] : [];
}

export function dealList(ds: Dataset, locale: Locale = 'en'): PageFile {
  const rows = sortDealsByDate(ds.deals).map((d) => ({ keys: dealRowKeys(ds, d), cells: dealRowCells(ds, d, locale) }));
  return { body: JSON.stringify({ rows }), contentType: JSON_TYPE };
}
