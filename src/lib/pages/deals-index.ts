// /deals/, the deal explorer: the newest deals as a table (all of them on a site of up to EXPLORER_ROWS),
// filter options, and on a bigger site the links to every year's page and the address of every row as JSON.
import { countryLabel } from '../countries.ts';
import type { Dataset } from '../dataset.ts';
import { yearOf } from '../dates.ts';
import { dealYears, EXPLORER_ROWS, explorerCapped } from '../deal-row.ts';
import { companyById, sortDealsByDate } from '../queries.ts';
import { href } from '../routes.ts';
import { DEAL_CELLS_FILE } from '../sheets/dataset-files.ts';
import { DEAL_TYPES, MODALITIES, STAGES } from '../../schema/vocab.ts';
import { dealStatus, STATUS_LIST, statusesCounted } from '../deal-history.ts';

export interface FilterOption {
  value: string;
  label: string;
}

export function explorerPage(ds: Dataset) {
  const deals = sortDealsByDate(ds.deals);
  const listed = deals.slice(0, EXPLORER_ROWS);
  const capped = explorerCapped(ds);
  // Options only for values that occur, so no filter can return an empty table by construction.
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  const options = <K extends string>(values: string[], labels: Record<K, string>) => values.map((v) => ({ value: v, label: labels[v as K] }));
  const countries = uniq(deals.flatMap((d) => [companyById(ds, d.licensor)?.country, companyById(ds, d.licensee)?.country])).sort((a, b) =>
    countryLabel(a).localeCompare(countryLabel(b), 'en'),
  );
  const years = uniq(deals.map((d) => String(yearOf(d.announced) ?? ''))).reverse();
  return {
    total: deals.length,
    capped,
    /** Every deal's row, which the explorer loads on the first filter of a capped site. */
    allRows: capped ? href.dealList('all') : undefined,
    /** Select name, label and options, in the form's order. */
    filters: [
      { name: 'country', label: 'Country', options: countries.map((c) => ({ value: c, label: countryLabel(c) })) },
      { name: 'modality', label: 'Modality', options: options(uniq(deals.map((d) => d.asset.modality)), MODALITIES) },
      { name: 'stage', label: 'Stage', options: options(uniq(deals.map((d) => d.stage)), STAGES) },
      { name: 'type', label: 'Deal type', options: options(uniq(deals.map((d) => d.type)), DEAL_TYPES) },
      // Derived from each deal's latest event; in the vocabulary's order (signed, suspended, terminated).
      { name: 'status', label: 'Status', options: STATUS_LIST.filter((s) => deals.some((d) => dealStatus(d) === s.id)).map((s) => ({ value: s.id, label: s.label })) },
      { name: 'year', label: 'Year', options: years.map((y) => ({ value: y, label: y })) },
    ] satisfies { name: string; label: string; options: FilterOption[] }[],
    status: capped ? `The ${listed.length.toLocaleString('en')} most recent of ${deals.length.toLocaleString('en')} deals` : `${deals.length} deals`,
    /** Which statuses the deals counted here have (all are listed and counted, whatever their status). */
    statuses: `Counts deals of every status: ${statusesCounted(deals)}.`,
    /** Each year's page and its number of deals, newest first, undated last (capped sites only). */
    years: [...dealYears(ds)].map(([year, list]) => ({ href: href.dealsOfYear(year), year, count: list.length.toLocaleString('en') })),
    deals: listed,
    /** Every deal's CSV cells, which "Download these N deals (CSV)" writes the shown deals from; and the full dataset. */
    download: { cells: href.datasetFile(DEAL_CELLS_FILE), label: `Download these ${deals.length.toLocaleString('en')} deals (CSV)`, dataPage: href.dataPage() },
    caption: capped ? 'The most recent deals, newest first' : 'All deals, newest first',
  };
}
