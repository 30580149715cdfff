// /deals/, the deal explorer: the newest deals as a table (all of them on a site of up to EXPLORER_ROWS),
// filter options, and on a bigger site the links to every year's page and the address of every row as JSON.
// Everything in the page's language, including the words the explorer's script writes (`messages`).
import { countryLabelIn } from '../countries.ts';
import type { Dataset } from '../dataset.ts';
import { yearOf } from '../dates.ts';
import { dealYears, EXPLORER_ROWS, explorerCapped } from '../deal-row.ts';
import { companyById, sortDealsByDate } from '../queries.ts';
import { DEAL_CELLS_FILE } from '../sheets/dataset-files.ts';
import { dealStatus, STATUS_LIST, statusesCounted } from '../deal-history.ts';
import { href } from '../routes.ts';
import { hrefIn } from '../i18n/routing.ts';
import { allMessages, translator, type Message } from '../i18n/messages.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { vocabLabel, type Vocabulary } from '../vocab-labels.ts';
import { countText } from '../count-text.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** The messages client/deal-explorer.ts writes, by name: raw (plural forms and {placeholders} are its to fill). */
const CLIENT_MESSAGES = {
  loading: 'explorer.status.loading',
  loadFailed: 'explorer.status.loadFailed',
  capped: 'explorer.status.capped',
  shown: 'explorer.status.shown',
  match: 'explorer.status.match',
  firstListed: 'explorer.status.firstListed',
  download: 'explorer.download',
  downloadFailed: 'explorer.status.downloadFailed',
} as const;

export type ExplorerMessages = { intl: string; messages: Record<keyof typeof CLIENT_MESSAGES, Message> };

/** What the explorer's script says, in the page's language, for the page to hand it (data-messages). */
export function explorerMessages(locale: Locale): ExplorerMessages {
  const all = allMessages()[locale];
  const messages = Object.fromEntries(Object.entries(CLIENT_MESSAGES).map(([name, key]) => [name, all[key]!])) as ExplorerMessages['messages'];
  // English groups counts as it always has ("1,000"); the others as their Intl locale does.
  return { intl: locale === 'en' ? 'en' : LOCALES[locale].intl, messages };
}

export function explorerPage(ds: Dataset, locale: Locale = 'en') {
  const t = translator(locale);
  const h = hrefIn(locale);
  const n = (x: number) => countText(x, locale);
  const deals = sortDealsByDate(ds.deals);
  const listed = deals.slice(0, EXPLORER_ROWS);
  const capped = explorerCapped(ds);
  // Options only for values that occur, so no filter can return an empty table by construction.
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  const options = (values: string[], vocab: Vocabulary) => values.map((v) => ({ value: v, label: vocabLabel(vocab, v as never, locale) }));
  const countries = uniq(deals.flatMap((d) => [companyById(ds, d.licensor)?.country, companyById(ds, d.licensee)?.country])).sort((a, b) =>
    countryLabelIn(a, locale).localeCompare(countryLabelIn(b, locale), LOCALES[locale].intl),
  );
  const years = uniq(deals.map((d) => String(yearOf(d.announced) ?? ''))).reverse();
  return {
    total: deals.length,
    capped,
    /** Every deal's row in the page's language, which the explorer loads on the first filter of a capped site. */
    allRows: capped ? h.dealList('all') : undefined,
    /** Select name, label and options, in the form's order. */
    filters: [
      { name: 'country', label: t('explorer.filter.country'), options: countries.map((c) => ({ value: c, label: countryLabelIn(c, locale) })) },
      { name: 'modality', label: t('explorer.filter.modality'), options: options(uniq(deals.map((d) => d.asset.modality)), 'modality') },
      { name: 'stage', label: t('explorer.filter.stage'), options: options(uniq(deals.map((d) => d.stage)), 'stage') },
      { name: 'type', label: t('explorer.filter.type'), options: options(uniq(deals.map((d) => d.type)), 'dealType') },
      // Derived from each deal's latest event; in the vocabulary's order (signed, suspended, terminated).
      {
        name: 'status',
        label: t('explorer.filter.status'),
        options: STATUS_LIST.filter((s) => deals.some((d) => dealStatus(d) === s.id)).map((s) => ({ value: s.id, label: vocabLabel('dealStatus', s.id, locale) })),
      },
      { name: 'year', label: t('explorer.filter.year'), options: years.map((y) => ({ value: y, label: y })) },
    ] satisfies { name: string; label: string; options: FilterOption[] }[],
    status: capped ? t('explorer.status.capped', { listed: n(listed.length), total: n(deals.length) }) : t.count('explorer.status.all', deals.length, { n: n(deals.length) }),
    /** Which statuses the deals counted here have (all are listed and counted, whatever their status). */
    statuses: t('explorer.statuses', { statuses: statusesCounted(deals, locale) }),
    /** Each year's page and its number of deals, newest first, undated last (capped sites only). */
    years: [...dealYears(ds)].map(([year, list]) => ({
      href: h.dealsOfYear(year),
      year,
      label: year === 'undated' ? t('year.undatedCrumb') : year,
      count: n(list.length),
    })),
    deals: listed,
    /** Every deal's CSV cells, which "Download these N deals (CSV)" writes the shown deals from; and the full dataset. */
    download: { cells: href.datasetFile(DEAL_CELLS_FILE), label: t.count('explorer.download', deals.length, { n: n(deals.length) }), dataPage: h.dataPage() },
    caption: t(capped ? 'explorer.caption.capped' : 'explorer.caption.all'),
    /** The explorer script's words (data-messages on its root). */
    messages: JSON.stringify(explorerMessages(locale)),
  };
}
