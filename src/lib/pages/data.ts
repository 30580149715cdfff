// /data/: the full dataset for readers. Each table's files with their sizes (measured on the files the
// build serves, datasetFiles), its data dictionary from the workbook's column list, the licence and how to
// cite it with the build date.
import { siteConfig } from '../../site.config.ts';
import type { Dataset } from '../dataset.ts';
import { formatBytes } from '../format.ts';
import { href } from '../routes.ts';
import { columnType, DATASET_TABLES, datasetCitation, fileBytes, WORKBOOK_FILE, type DatasetFile } from '../sheets/dataset-files.ts';
import { SHEETS } from '../sheets/sheets.ts';

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
export function dataPage(ds: Dataset, files: readonly DatasetFile[]) {
  const link = (label: string, name: string): DownloadLink => {
    const file = files.find((f) => f.name === name);
    if (!file) throw new Error(`/data/: no dataset file ${name} (datasetFiles makes ${files.map((f) => f.name).join(', ')})`);
    const bytes = fileBytes(file);
    return { label, href: href.datasetFile(name), download: name, bytes, size: formatBytes(bytes), title: `${bytes.toLocaleString('en')} bytes` };
  };
  const rows = (n: number, what: string) => `${n.toLocaleString('en')} ${what}`;
  return {
    description: `The full ${siteConfig.name} dataset as CSV and Excel: every deal with its terms, the companies, the sources and every metric figure, with a data dictionary, the licence and how to cite it.`,
    builtOn: siteConfig.builtOn,
    licence: siteConfig.licence,
    citation: datasetCitation(),
    workbook: { ...link('Excel workbook (XLSX)', WORKBOOK_FILE), sheets: SHEETS.map((s) => s.name) },
    tables: DATASET_TABLES.map((t) => {
      const n = t.records(ds).length;
      return {
        id: t.id,
        title: t.title,
        about: `One row is ${t.row}.`,
        count: rows(n, n === 1 ? 'row' : 'rows'),
        files: [link(`${t.title} (CSV)`, t.file), ...(t.id === 'deals' ? [link('Deals and every other table (XLSX)', WORKBOOK_FILE)] : [])],
        dictionary: t.columns.map((c) => ({ column: c.header, type: columnType(c), meaning: c.about ?? c.help })),
      };
    }),
    /** Where a reader finds the deals filtered: the explorer downloads the deals it shows. */
    explorer: href.deals(),
    sources: href.sources(),
  };
}
