// The workbook's sheets: one list of columns per record kind, in the order of the schema's fields (so a
// record read from a row has its keys in the order data/*.json writes them). The export writes exactly
// these, the importer reads exactly these, and the "Read me" sheet explains them.
import {
  COMPANY_KINDS,
  COMPANY_UNSOURCED_FIELDS,
  CURRENCIES,
  DEAL_EVENT_KINDS,
  DEAL_TERM_LABELS,
  DISCLOSURES,
  DEAL_TYPES,
  DEAL_UNSOURCED_FIELDS,
  MODALITIES,
  QUALIFIERS,
  REGIONS,
  ROYALTIES,
  SOURCE_KINDS,
  STAGES,
  TERRITORIES,
  THERAPEUTIC_AREAS,
  UNITS,
} from '../../schema/vocab.ts';
import type { Column, SheetDef, SheetKind } from './columns.ts';

const CITATIONS_HELP =
  'Where the facts come from: a source id, a space, the locator (¶N, or §S, ¶N), and "(via Producer)" when the source attributes the figure to someone; several citations separated by ";". Example: korea-licensing-2025 ¶3; arc-china-going-global-2025 §V(4), ¶47 (via PharmCube)';

const QUALIFIER_HELP = `How the source words the figure: ${Object.values(QUALIFIERS).join(', ')}.`;

const DISCLOSURE_HELP = (label: string) =>
  `What the sources say about the ${label.toLowerCase()}: "${DISCLOSURES.given}" (fill the amount, currency and qualifier), "${DISCLOSURES.undisclosed}" (the sources say it exists but give no amount: leave the amount empty) or "${DISCLOSURES['not-stated']}" (no source mentions it). Every deal states all five terms.`;

const EVENTS_HELP = `What happened to the deal, oldest first, one event a line: the date as precisely as the source gives it (2025, 2025-02, 2025-03-17; none on the first line, the announcement, which Announced dates), the kind (${Object.keys(DEAL_EVENT_KINDS).join(', ')}), its citations in brackets as in Sources, then a short note in our words. Example: "announced [korea-licensing-2025 ¶3]" then "2026-02 terminated [jpm-2026 ¶4] Rights returned to the licensor". The deal's status follows from the latest.`;

/** The "Not in sources" column of a sheet whose records may mark fields no cited source states. */
const notInSources = (fields: Record<string, string>, example: string): Column => ({
  header: 'Not in sources',
  path: 'notInSources',
  kind: 'list',
  width: 20,
  help: `Fields no cited source states (general knowledge, or inferred from context), separated by ";": ${Object.keys(fields).join(', ')}. Empty when the sources state every field. Example: ${example}`,
  about: `Fields no cited source states, which the page marks "not in the sources" (${Object.keys(fields).join(', ')}).`,
});

const USD_BASIS = { stated: 'stated', converted: 'converted' } as const;

/** The ten columns of one money term (upfront, equity, near-term, milestones or headline value): its disclosure first. */
function money(term: keyof typeof DEAL_TERM_LABELS): Column[] {
  const label = DEAL_TERM_LABELS[term];
  const p = `terms.${term}`;
  return [
    { header: `${label} disclosure`, path: `${p}.disclosure`, kind: 'vocab', vocab: DISCLOSURES, width: 18, help: DISCLOSURE_HELP(label) },
    {
      header: `${label} amount`,
      path: `${p}.amount`,
      kind: 'number',
      currencyPath: `${p}.currency`,
      width: 16,
      help: `${label} in whole units of its currency as the source states it (66 billion won = 66000000000; $1.35 billion = 1350000000). Empty unless the disclosure is "${DISCLOSURES.given}". A KRW or CNY figure stays in its currency: the dollar figure goes in "${label} USD".`,
    },
    { header: `${label} currency`, path: `${p}.currency`, kind: 'vocab', vocab: CURRENCIES, show: 'ids', width: 10, help: `Currency of the ${label.toLowerCase()} amount: ${Object.keys(CURRENCIES).join(', ')}. Required when the term is given at all.` },
    { header: `${label} qualifier`, path: `${p}.qualifier`, kind: 'vocab', vocab: QUALIFIERS, width: 12, help: QUALIFIER_HELP },
    { header: `${label} USD`, path: `${p}.usd`, kind: 'number', width: 14, help: `The dollar figure, only where the source states one (or a stated rate converts it); for a USD amount, the same number or empty.` },
    { header: `${label} USD basis`, path: `${p}.usdBasis`, kind: 'vocab', vocab: USD_BASIS, width: 10, help: '"stated" when the source gives the dollar figure, "converted" when it comes from a rate the source states.' },
    { header: `${label} alt amount`, path: `${p}.alt.amount`, kind: 'number', width: 16, help: `A second figure the source gives alongside, in another currency ("about 8.2 trillion won"), in whole units.` },
    { header: `${label} alt currency`, path: `${p}.alt.currency`, kind: 'vocab', vocab: CURRENCIES, show: 'ids', width: 10, help: 'Currency of the alt amount.' },
    { header: `${label} alt qualifier`, path: `${p}.alt.qualifier`, kind: 'vocab', vocab: QUALIFIERS, width: 12, help: 'Qualifier of the alt amount.' },
    { header: `${label} note`, path: `${p}.note`, kind: 'text', width: 30, help: `A note on the ${label.toLowerCase()} as the source words it.` },
  ];
}

export const DEALS_SHEET: SheetDef = {
  kind: 'deals',
  name: 'Deals',
  row: 'one licensing or co-development deal',
  objects: ['terms'],
  derived: ['Status'],
  columns: [
    { header: 'ID', path: 'id', kind: 'id', required: true, width: 30, help: 'The deal\'s id: a lowercase slug, licensor-licensee-year (e.g. "remegen-abbvie-2026"). It is the page address /deals/<id>/; a row with an existing id updates that deal.', about: 'The deal\'s id, a lowercase slug (licensor-licensee-year); its page is /deals/<id>/.' },
    { header: 'Announced', path: 'announced', kind: 'partial-date', width: 12, help: 'When the deal was announced, as precisely as the source says: 2025, 2025-02 or 2025-03-17 (typed as text), or an Excel date (read as that day). Empty when the source gives no date.', about: 'When the deal was announced, as precisely as the source says (2025, 2025-02 or 2025-03-17); empty when the source gives no date.' },
    { header: 'Licensor', path: 'licensor', kind: 'ref', required: true, width: 20, help: 'The company granting the licence: its id in the Companies sheet or data/companies.json (or its exact name).', about: 'The company granting the licence: its id in companies.csv.' },
    { header: 'Licensee', path: 'licensee', kind: 'ref', required: true, width: 20, help: 'The company taking the licence: its id (or its exact name).', about: 'The company taking the licence: its id in companies.csv.' },
    { header: 'Asset', path: 'asset.name', kind: 'text', required: true, width: 30, help: 'The drug, candidate or platform licensed, as the source names it.' },
    { header: 'Modality', path: 'asset.modality', kind: 'vocab', vocab: MODALITIES, required: true, width: 22, help: 'What kind of drug: pick from the list (or type the id).', about: 'What kind of drug the asset is.' },
    { header: 'Target', path: 'asset.target', kind: 'text', width: 14, help: 'The molecular target, where the source names one (e.g. PD-1/VEGF).' },
    { header: 'Therapeutic area', path: 'asset.therapeuticArea', kind: 'vocab', vocab: THERAPEUTIC_AREAS, required: true, width: 20, help: 'Pick from the list; "Not stated" when the source says nothing.', about: 'The therapeutic area; "Not stated" when the source says nothing.' },
    { header: 'Indication', path: 'asset.indication', kind: 'text', width: 24, help: 'The disease, as the source words it.' },
    { header: 'Stage', path: 'stage', kind: 'vocab', vocab: STAGES, required: true, width: 14, help: 'Development stage of the asset at signing.' },
    { header: 'Deal type', path: 'type', kind: 'vocab', vocab: DEAL_TYPES, required: true, width: 14, help: 'License, option, co-development…' },
    { header: 'Territory', path: 'territory', kind: 'vocab', vocab: TERRITORIES, required: true, width: 22, help: 'The rights transferred.' },
    ...money('upfront'),
    ...money('equity'),
    ...money('nearTerm'),
    ...money('milestones'),
    ...money('total'),
    { header: 'Royalties', path: 'royalties', kind: 'vocab', vocab: ROYALTIES, required: true, width: 10, help: 'Whether the source says royalties are due.' },
    { header: 'Events', path: 'events', kind: 'events', width: 50, help: EVENTS_HELP, about: 'What happened to the deal, oldest first, one event a line: date (none for the announcement, dated by Announced), kind, [citations], note. The Status column follows from the latest event.' },
    { header: 'Sources', path: 'sources', kind: 'citations', required: true, width: 36, help: CITATIONS_HELP },
    notInSources(DEAL_UNSOURCED_FIELDS, 'type'),
    { header: 'Notes', path: 'notes', kind: 'text', width: 40, help: 'What the deal is, in our words, from what the sources say.' },
  ],
};

export const COMPANIES_SHEET: SheetDef = {
  kind: 'companies',
  name: 'Companies',
  row: 'one company that is party to a deal (or the parent of one)',
  columns: [
    { header: 'ID', path: 'id', kind: 'id', required: true, width: 22, help: 'The company\'s id: a lowercase slug (e.g. "remegen"). Deals name their licensor and licensee by it.', about: 'The company\'s id, a lowercase slug; deals name their licensor and licensee by it.' },
    { header: 'Name', path: 'name', kind: 'text', required: true, width: 24, help: 'The name pages show.' },
    { header: 'Aliases', path: 'aliases', kind: 'list', width: 24, help: 'Other names the sources use, separated by ";".' },
    { header: 'Korean name', path: 'localNames.ko', kind: 'text', width: 16, help: 'The company\'s own name in Korean script (알테오젠), shown on Korean pages. Not from the sources: list "localNames" in Not in sources.' },
    { header: 'Chinese name', path: 'localNames.zh-Hans', kind: 'text', width: 16, help: 'The company\'s own name in Simplified Chinese (荣昌生物), shown on Chinese pages. Not from the sources: list "localNames" in Not in sources.' },
    { header: 'Country', path: 'country', kind: 'country', required: true, width: 10, help: 'Where the company is based: an ISO code (KR, CN, US) or the country\'s English name.', about: 'Where the company is based: an ISO country code (KR, CN, US).' },
    { header: 'Kind', path: 'kind', kind: 'vocab', vocab: COMPANY_KINDS, required: true, width: 16, help: 'Biotech, pharma, a pharma R&D unit, investor or other.' },
    { header: 'Parent', path: 'parent', kind: 'ref', width: 20, help: 'The parent company\'s id (MedImmune → astrazeneca), if any.', about: 'The parent company\'s id (MedImmune → astrazeneca), if any.' },
    { header: 'Profile', path: 'profile', kind: 'text', width: 50, help: 'One line, in our words, from what the sources say.' },
    { header: 'Sources', path: 'sources', kind: 'citations', required: true, width: 36, help: CITATIONS_HELP },
    notInSources(COMPANY_UNSOURCED_FIELDS, 'country; kind'),
  ],
};

export const SOURCES_SHEET: SheetDef = {
  kind: 'sources',
  name: 'Sources',
  row: 'one source document: a seed file, a document kept in data/documents/, a web page, or a publication with no link',
  columns: [
    { header: 'ID', path: 'id', kind: 'id', required: true, width: 28, help: 'The source\'s id, which citations name (e.g. "korea-licensing-2025").' },
    { header: 'Title', path: 'title', kind: 'text', required: true, width: 40, help: 'The document\'s title.' },
    { header: 'Publisher', path: 'publisher', kind: 'text', width: 20, help: 'Publisher or author, where the document names one.' },
    { header: 'Kind', path: 'kind', kind: 'vocab', vocab: SOURCE_KINDS, required: true, width: 18, help: 'News report, consultancy report or database.' },
    { header: 'Date', path: 'date', kind: 'date', required: true, width: 12, help: 'When it was published or the period it reports: 2025, 2025-03 or 2025-03-17 (as text), or an Excel date.', about: 'When the document was published, or the period it reports: 2025, 2025-03 or 2025-03-17.' },
    { header: 'Covers', path: 'covers', kind: 'text', required: true, width: 50, help: 'What the document covers, in our words.' },
    { header: 'URL', path: 'url', kind: 'text', width: 30, help: 'An http(s) address, where there is one (for a web page, its only location).' },
    { header: 'Seed file', path: 'seed', kind: 'text', width: 26, help: 'The file name in the shared seeds folder (../shared/seeds/), e.g. 000_dbfa0d6658423742.txt, when the text is kept there. Give a seed file or a repository file, not both; with neither and no URL, the Publisher is required.', about: 'The file name of the source text in the shared seeds folder, where the locators count paragraphs; empty for other sources.' },
    { header: 'Repository file', path: 'file', kind: 'text', width: 30, help: 'A copy kept with the data: a path under data/documents/, e.g. data/documents/report.pdf.', about: 'A copy of the document kept with the data (a path under data/documents/), where the locators count paragraphs; empty for other sources.' },
  ],
};

export const SERIES_SHEET: SheetDef = {
  kind: 'series',
  name: 'Metric series',
  row: 'one metric series (one file in data/metrics/); its figures are in "Metric points"',
  columns: [
    { header: 'ID', path: 'id', kind: 'id', required: true, width: 34, help: 'The series id, which is also its file name data/metrics/<id>.json.' },
    { header: 'Title', path: 'title', kind: 'text', required: true, width: 40, help: 'The title charts and pages show.' },
    { header: 'Description', path: 'description', kind: 'text', required: true, width: 50, help: 'What the series counts, in a sentence.' },
    { header: 'Unit', path: 'unit', kind: 'vocab', vocab: UNITS, show: 'ids', required: true, width: 18, help: `${Object.keys(UNITS).join(', ')}. Money in whole units (5.5 billion = 5500000000).` },
    { header: 'Region', path: 'region', kind: 'vocab', vocab: REGIONS, required: true, width: 10, help: 'China, Korea or Global.' },
    { header: 'Measure', path: 'measure', kind: 'text', width: 22, help: 'What the number measures, e.g. "share of deals".' },
    { header: 'Lowest value', path: 'bounds.min', kind: 'number', width: 12, help: 'Only when the unit\'s default range does not fit (a change in percent can go to -100): the lowest value the series can take.' },
    { header: 'Highest value', path: 'bounds.max', kind: 'number', width: 12, help: 'The highest value the series can take, when the unit\'s default does not fit.' },
  ],
};

export const POINTS_SHEET: SheetDef = {
  kind: 'points',
  name: 'Metric points',
  row: 'one figure of a metric series; a series listed here gets exactly these rows as its points, in this order',
  columns: [
    { header: 'Series', path: 'series', kind: 'ref', required: true, width: 34, help: 'The series id (Metric series sheet or data/metrics/).' },
    { header: 'Period', path: 'period', kind: 'text', required: true, width: 16, help: 'Period id: 2024, 2025-Q1, 2025-H1, 2024-10, 2025-03-17, a range 2017/2024, or a label such as c2020, to-2025, unstated.', about: 'Period id: 2024, 2025-Q1, 2025-H1, 2024-10, 2025-03-17, a range 2017/2024, or a label such as c2020 (around 2020), to-2025, unstated.' },
    { header: 'Period label', path: 'periodLabel', kind: 'text', required: true, width: 18, help: 'The period as readers see it: "Q1 2025", "around 2020".' },
    { header: 'Category', path: 'category', kind: 'text', width: 24, help: 'A category within the period (a modality, a country), if the series has them.' },
    { header: 'Value', path: 'value', kind: 'number', required: true, width: 16, help: 'The figure, in the series\' unit (money in whole units, a percent as 12.5).' },
    { header: 'Upper', path: 'upper', kind: 'number', width: 12, help: 'The upper end when the source gives a range (qualifier "range").' },
    { header: 'Qualifier', path: 'qualifier', kind: 'vocab', vocab: QUALIFIERS, required: true, width: 12, help: QUALIFIER_HELP },
    { header: 'By', path: 'by', kind: 'text', width: 18, help: 'Who produced the figure, when the source attributes it (PharmCube, ARC).' },
    { header: 'Note', path: 'note', kind: 'text', width: 40, help: 'A note on the figure.' },
    { header: 'Sources', path: 'sources', kind: 'citations', required: true, width: 36, help: CITATIONS_HELP },
  ],
};

/** Every sheet the importer reads, in workbook order. */
export const SHEETS: readonly SheetDef[] = [DEALS_SHEET, COMPANIES_SHEET, SOURCES_SHEET, SERIES_SHEET, POINTS_SHEET];

export const sheetOf = (kind: SheetKind): SheetDef => SHEETS.find((s) => s.kind === kind)!;
