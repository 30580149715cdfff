// /data/: the full dataset for readers. Each table's files with their sizes (measured on the files the
// build serves, datasetFiles), its data dictionary from the workbook's column list, the licence and how to
// cite it with the build date. The files and their columns are English in every language: another
// language's page says so (lang="en" on the dictionary) and writes everything around them in its words.
import { siteConfig } from '../../site.config.ts';
import type { Dataset } from '../dataset.ts';
import { formatBytes } from '../format.ts';
import { href } from '../routes.ts';
import { columnType, DATASET_TABLES, datasetCitation, fileBytes, WORKBOOK_FILE, type DatasetFile } from '../sheets/dataset-files.ts';
import { SHEETS } from '../sheets/sheets.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { siteTextIn } from '../i18n/site-text.ts';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import { datasetLangIn } from '../i18n/editorial.ts';
import { formatIsoDateIn } from '../i18n/format-date.ts';

export interface DownloadLink {
  label: string;
  href: string;
  /** The file name the browser saves it as. */
  download: string;
  bytes: number;
  /** "12 KB", with the exact count in `title`. */
  size: string;
  title: string;
}

/** `files`: the files the build serves under /data/dataset/ (datasetFiles), whose sizes the page states. */
export function dataPage(ds: Dataset, files: readonly DatasetFile[], locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  const en = locale === 'en';
  const count = (n: number) => n.toLocaleString(LOCALES[locale].intl);
  const link = (label: string, name: string): DownloadLink => {
    const file = files.find((f) => f.name === name);
    if (!file) throw new Error(`/data/: no dataset file ${name} (datasetFiles makes ${files.map((f) => f.name).join(', ')})`);
    const bytes = fileBytes(file);
    // Files are one for all languages: their links stay unprefixed.
    return { label, href: href.datasetFile(name), download: name, bytes, size: formatBytes(bytes), title: t.count('data.bytes', bytes, { n: count(bytes) }) };
  };
  return {
    description: en ? `The full ${siteConfig.name} dataset as CSV and Excel: every deal with its terms, the companies, the sources and every metric figure, with a data dictionary, the licence and how to cite it.` : t('data.description', { site: siteConfig.name }),
    /** YYYY-MM-DD, for <time datetime>; `builtOnText` as the page writes it. */
    builtOn: siteConfig.builtOn,
    builtOnText: en ? siteConfig.builtOn : formatIsoDateIn(siteConfig.builtOn, locale),
    licence: siteTextIn('licence', locale),
    citation: datasetCitation(),
    /** The lang of the files' own words (column names, the citation) on another language's page. */
    lang: datasetLangIn(locale),
    workbook: { ...link(t('data.workbook'), WORKBOOK_FILE), sheets: SHEETS.map((s) => s.name) },
    tables: DATASET_TABLES.map((tb) => {
      const n = tb.records(ds).length;
      const title = en ? tb.title : t(`data.table.${tb.id}.title` as MessageKey);
      return {
        id: tb.id,
        title,
        about: en ? `One row is ${tb.row}.` : t(`data.table.${tb.id}.row` as MessageKey),
        count: t.count('data.rows', n, { n: count(n) }),
        files: [link(t('data.csvFile', { title }), tb.file), ...(tb.id === 'deals' ? [link(t('data.dealsWorkbook'), WORKBOOK_FILE)] : [])],
        dictionary: tb.columns.map((c) => ({ column: c.header, type: columnType(c), meaning: c.about ?? c.help })),
      };
    }),
    /** Where a reader finds the deals filtered: the explorer downloads the deals it shows. */
    explorer: h.deals(),
    sources: h.sources(),
  };
}
