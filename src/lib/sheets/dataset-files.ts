// The dataset as readers download it from /data/: one CSV per table (deals, companies, sources, and every
// metric point in long form) and one workbook of them all. The columns are the workbook's (sheets.ts), so
// the downloads, the analysts' workbook and the page's data dictionary describe them from one list; each
// cell is written as the export writes it (cells.ts writeCell) and made formula-safe (csv-cell.ts).
import type { Citation } from '../../schema/primitives.ts';
import { siteConfig } from '../../site.config.ts';
import { csvText, type CsvCell } from '../csv-cell.ts';
import { CSV_CONTENT_TYPE } from '../csv.ts';
import type { Dataset } from '../dataset.ts';
import { absoluteUrl, href } from '../routes.ts';
import { writeCell } from './cells.ts';
import { getPath, type Column, type SheetDef } from './columns.ts';
import type { Rec } from './merge.ts';
import { COMPANIES_SHEET, DEALS_SHEET, POINTS_SHEET, SERIES_SHEET, SOURCES_SHEET } from './sheets.ts';
import { workbookBytes } from './write-workbook.ts';
import { dealStatus } from '../deal-history.ts';
import { DEAL_STATUSES } from '../../schema/vocab.ts';

export type TableId = 'deals' | 'companies' | 'sources' | 'metrics';

export interface DatasetTable {
  id: TableId;
  title: string;
  /** File name under /data/dataset/. */
  file: string;
  /** What one row is. */
  row: string;
  columns: readonly Column[];
  records(ds: Dataset): Rec[];
}

const column = (def: SheetDef, path: string, over: Partial<Column> = {}): Column => ({ ...def.columns.find((c) => c.path === path)!, ...over });

const via = (c: Citation) => `${c.locator}${c.via ? ` (via ${c.via})` : ''}`;

/** Metrics in long form: one row per figure, with its series' title and unit beside it, and its citation split in two. */
const METRIC_COLUMNS: Column[] = [
  column(POINTS_SHEET, 'series', { about: 'The series id: one series of figures, such as the value of China\'s licensing deals by year.' }),
  column(SERIES_SHEET, 'title', { header: 'Series title', path: 'seriesTitle', about: 'The series\' title as charts and pages show it.' }),
  column(POINTS_SHEET, 'period'),
  column(POINTS_SHEET, 'periodLabel'),
  column(POINTS_SHEET, 'category'),
  column(POINTS_SHEET, 'value'),
  column(POINTS_SHEET, 'upper'),
  column(SERIES_SHEET, 'unit', { about: 'The unit of Value and Upper. Money is in whole units (5.5 billion = 5500000000); a percent is 0–100.' }),
  column(POINTS_SHEET, 'qualifier'),
  column(POINTS_SHEET, 'by'),
  { header: 'Source', path: 'source', kind: 'text', help: 'The id of the source document the figure comes from (sources.csv); several separated by ";".' },
  { header: 'Locator', path: 'locator', kind: 'text', help: 'Where in the source: ¶N is the N-th non-empty line of the source text, §S the report section; "(via X)" when the source attributes the figure to X. Several in the order of Source, separated by ";".' },
  column(POINTS_SHEET, 'note'),
];

const STATUS_COLUMN: Column = {
  header: DEALS_SHEET.derived![0]!,
  path: 'status',
  kind: 'vocab',
  vocab: DEAL_STATUSES,
  help: 'Derived from the latest event; not read on import.',
  about: `The deal's status, derived from its latest event: ${Object.values(DEAL_STATUSES).join(', ')}.`,
};
const DEAL_COLUMNS: Column[] = DEALS_SHEET.columns.flatMap((c) => (c.path === 'events' ? [c, STATUS_COLUMN] : [c]));

export const DATASET_TABLES: readonly DatasetTable[] = [
  {
    id: 'deals',
    title: 'Deals',
    file: 'deals.csv',
    row: DEALS_SHEET.row,
    // Readers also get the status, which the importer does not read: it follows from the events.
    columns: DEAL_COLUMNS,
    records: (ds) => ds.deals.map((d) => ({ ...d, status: dealStatus(d) })) as unknown as Rec[],
  },
  { id: 'companies', title: 'Companies', file: 'companies.csv', row: COMPANIES_SHEET.row, columns: COMPANIES_SHEET.columns, records: (ds) => ds.companies as unknown as Rec[] },
  { id: 'sources', title: 'Sources', file: 'sources.csv', row: 'one source document', columns: SOURCES_SHEET.columns, records: (ds) => ds.sources as unknown as Rec[] },
  {
    id: 'metrics',
    title: 'Metrics',
    file: 'metrics.csv',
    row: 'one figure of a metric series: every series, period and category in one table (long form)',
    columns: METRIC_COLUMNS,
    records: (ds) =>
      ds.metrics.flatMap((m) =>
        m.points.map((p) => ({
          series: m.id,
          seriesTitle: m.title,
          unit: m.unit,
          ...p,
          source: p.sources.map((c) => c.source).join('; '),
          locator: p.sources.map(via).join('; '),
        })),
      ),
  },
];

const dealsTable = DATASET_TABLES.find((t) => t.id === 'deals')!;

/** The whole dataset as one Excel workbook: the sheets the analysts' export writes, with a "Read me" for readers. */
export const WORKBOOK_FILE = 'deal-atlas.xlsx';
/** Every deal's CSV cells by id, which the explorer's "Download these N deals" reads (not listed on the page). */
export const DEAL_CELLS_FILE = 'deal-cells.json';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table's rows as the CSV and the workbook write them. */
export function tableRows(table: DatasetTable, ds: Dataset): CsvCell[][] {
  return table.records(ds).map((r) => table.columns.map((c) => writeCell(c, getPath(r, c.path))));
}

export function tableCsv(table: DatasetTable, ds: Dataset): string {
  return csvText([table.columns.map((c) => c.header), ...tableRows(table, ds)]);
}

/** The deals CSV's header and each deal's cells by id: the explorer writes the deals a filter shows from it. */
export interface DealCells {
  header: string[];
  rows: Record<string, CsvCell[]>;
}

export function dealCells(ds: Dataset): DealCells {
  const deals = DATASET_TABLES[0]!;
  const rows = tableRows(deals, ds);
  return { header: deals.columns.map((c) => c.header), rows: Object.fromEntries(ds.deals.map((d, i) => [d.id, rows[i]!])) };
}

/** How to cite the dataset: the site, its build date (the version) and the page's address. */
export function datasetCitation(): string {
  return `${siteConfig.author} (${siteConfig.builtOn.slice(0, 4)}). ${siteConfig.name}: ${siteConfig.tagline} [data set], version of ${siteConfig.builtOn}. ${absoluteUrl(href.dataPage())}`;
}

/** What a column holds, for the data dictionary: its kind, and the values a vocabulary allows as written. */
export function columnType(col: Column): string {
  switch (col.kind) {
    case 'number':
      return 'Number';
    case 'id':
      return 'Identifier (lowercase slug)';
    case 'ref':
      return 'Identifier of another record';
    case 'partial-date':
    case 'date':
      return 'Date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source';
    case 'citations':
      return 'Citations: source id and locator, separated by ";"';
    case 'list':
      return 'List, separated by ";"';
    case 'country':
      return 'ISO 3166 country code';
    case 'vocab':
      return `One of: ${(col.show === 'ids' ? Object.keys(col.vocab!) : Object.values(col.vocab!)).join(', ')}`;
    default:
      return 'Text';
  }
}

export interface DatasetFile {
  name: string;
  contentType: string;
  body: string | Uint8Array;
}

const built = new WeakMap<Dataset, Promise<DatasetFile[]>>();

/**
 * Every file under /data/dataset/, made once per dataset: the routes serve them and the page states their
 * sizes, from the same bytes.
 */
export function datasetFiles(ds: Dataset): Promise<DatasetFile[]> {
  let files = built.get(ds);
  if (!files) {
    files = (async () => {
      const workbook = await workbookBytes(
        { deals: dealsTable.records(ds), companies: ds.companies as unknown as Rec[], sources: ds.sources as unknown as Rec[], metrics: ds.metrics as unknown as Rec[] },
        {
          // Noon UTC: the same calendar day in the zip's local-time stamps wherever the site is built.
          date: new Date(`${siteConfig.builtOn}T12:00:00Z`),
          // The same deal columns as deals.csv (with the derived status), so the two downloads agree.
          columns: { [DEALS_SHEET.name]: dealsTable.columns },
          intro: [
            ['What this is', `The ${siteConfig.name} dataset, built on ${siteConfig.builtOn}: every deal, company, source and metric figure on the site. The same tables as CSV, and this data dictionary, are at ${absoluteUrl(href.dataPage())}.`],
            ['Licence', siteConfig.licence],
            ['How to cite', datasetCitation()],
          ],
        },
      );
      return [
        ...DATASET_TABLES.map((t) => ({ name: t.file, contentType: CSV_CONTENT_TYPE, body: tableCsv(t, ds) })),
        { name: WORKBOOK_FILE, contentType: XLSX_TYPE, body: new Uint8Array(workbook) },
        { name: DEAL_CELLS_FILE, contentType: 'application/json; charset=utf-8', body: JSON.stringify(dealCells(ds)) },
      ];
    })();
    built.set(ds, files);
  }
  return files;
}

/** A file's size in bytes, as served (UTF-8 for text). */
export function fileBytes(file: DatasetFile): number {
  return typeof file.body === 'string' ? new TextEncoder().encode(file.body).length : file.body.length;
}
