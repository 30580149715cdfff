// Controlled vocabularies with reader-facing labels. Enums are derived from these maps so a label
// can never be missing for a value the schema accepts.

export const QUALIFIERS = {
  exact: 'exact',
  'up-to': 'up to',
  about: 'about',
  nearly: 'nearly',
  'more-than': 'more than',
  'at-least': 'at least',
  range: 'range',
} as const;

/**
 * What the sources say about one money term of a deal. The three never collapse into one another: an amount
 * (with its qualifier), a payment the sources say exists without giving its amount, or nothing at all.
 */
export const DISCLOSURES = {
  given: 'Amount given',
  undisclosed: 'Exists, amount not disclosed',
  'not-stated': 'Not stated in the sources',
} as const;

export const CURRENCIES = { USD: '$', KRW: '₩', CNY: 'CN¥', EUR: '€', GBP: '£', CHF: 'CHF ' } as const;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export const MODALITIES = {
  'monoclonal-antibody': 'Monoclonal antibody',
  'bispecific-antibody': 'Bispecific antibody',
  'antibody-shuttle': 'Antibody brain-shuttle platform',
  adc: 'Antibody-drug conjugate',
  'small-molecule': 'Small molecule',
  sirna: 'siRNA / oligonucleotide',
  'radioligand-therapy': 'Radioligand therapy',
  'formulation-platform': 'IV-to-SC formulation platform',
  'combination-therapy': 'Combination therapy',
  'fusion-protein': 'Fusion protein',
  'cell-therapy': 'Cell therapy',
  'gene-therapy': 'Gene therapy',
  vaccine: 'Vaccine',
  other: 'Other',
  'not-stated': 'Not stated',
} as const;

export const THERAPEUTIC_AREAS = {
  oncology: 'Oncology',
  'immunology': 'Immunology',
  neurology: 'Neurology',
  'cardiometabolic': 'Cardiovascular and metabolic',
  hepatology: 'Liver disease',
  'multiple': 'Multiple areas',
  other: 'Other',
  'not-stated': 'Not stated',
} as const;

export const STAGES = {
  discovery: 'Discovery',
  preclinical: 'Preclinical',
  'phase-1': 'Phase 1',
  'phase-2': 'Phase 2',
  'phase-3': 'Phase 3',
  registration: 'Registration',
  marketed: 'Marketed',
  platform: 'Platform technology',
  'not-stated': 'Not stated',
} as const;

export const DEAL_TYPES = {
  license: 'License',
  'platform-license': 'Platform license',
  option: 'Option',
  'co-development': 'Co-development',
  newco: 'NewCo',
  'm-and-a': 'M&A',
} as const;

export const TERRITORIES = {
  worldwide: 'Worldwide',
  'worldwide-ex-greater-china': 'Worldwide except Greater China',
  'us-europe-japan': 'US, Europe and Japan',
  'greater-china': 'Greater China',
  'not-stated': 'Not stated',
} as const;

export const ROYALTIES = { yes: 'Yes', no: 'No', 'not-stated': 'Not stated' } as const;

/**
 * A deal's money terms, in the order its page shows them, with their labels. Upfront, equity and near-term
 * payments are guaranteed; milestones are contingent; total is the headline value the source quotes.
 */
export const DEAL_TERM_LABELS = {
  upfront: 'Upfront',
  equity: 'Equity investment',
  nearTerm: 'Near-term payments',
  milestones: 'Milestones',
  total: 'Headline value',
} as const;

/**
 * What can happen to a deal after it is announced, in our words. ARC counts deals "terminated or suspended",
 * so a suspension is its own kind. A deal's status follows from its latest event (src/lib/deal-history.ts).
 */
export const DEAL_EVENT_KINDS = {
  announced: 'Announced',
  amended: 'Amended',
  'terms-revised': 'Terms revised',
  'option-exercised': 'Option exercised',
  suspended: 'Suspended',
  terminated: 'Terminated',
  'rights-returned': 'Rights returned',
  're-licensed': 'Re-licensed',
} as const;

/** A deal's status: derived from its events, never stored. */
export const DEAL_STATUSES = {
  signed: 'Signed',
  suspended: 'Suspended',
  terminated: 'Terminated',
} as const;

export const COMPANY_KINDS = {
  biotech: 'Biotech',
  pharma: 'Pharma',
  'pharma-rd-unit': 'Pharma R&D unit',
  investor: 'Investor',
  other: 'Other',
} as const;

/**
 * Fields a company or a deal may mark as stated by none of its cited sources (`notInSources`): taken from
 * general knowledge or inferred from context. Each maps to the label of the fact its page shows.
 */
export const COMPANY_UNSOURCED_FIELDS = { country: 'Country', kind: 'Kind', parent: 'Parent', localNames: 'Name in Korean or Chinese' } as const;
export const DEAL_UNSOURCED_FIELDS = {
  announced: 'Announced',
  'asset.modality': 'Modality',
  'asset.therapeuticArea': 'Therapeutic area',
  stage: 'Stage at signing',
  type: 'Deal type',
  territory: 'Territory',
} as const;

export const SOURCE_KINDS = { news: 'News report', report: 'Consultancy report', database: 'Database' } as const;

// Units a metric series can carry. Money units are currencies; the rest say what the number counts.
export const UNITS = {
  USD: 'US dollars',
  KRW: 'Korean won',
  CNY: 'Chinese yuan',
  count: 'count',
  percent: 'percent',
  'percentage-points': 'percentage points',
  ratio: 'times',
  rank: 'rank',
} as const;

export interface Bounds {
  min?: number;
  max?: number;
}

/**
 * The values a series in each unit can take unless the series sets its own `bounds`; a value outside is
 * a likely typo. `why` is said when one is. A percent is read as a share: a change in percent sets bounds.
 */
export const UNIT_BOUNDS: Record<keyof typeof UNITS, Bounds & { why: string }> = {
  USD: { min: 0, why: 'an amount of money cannot be negative' },
  KRW: { min: 0, why: 'an amount of money cannot be negative' },
  CNY: { min: 0, why: 'an amount of money cannot be negative' },
  count: { min: 0, why: 'a count cannot be negative' },
  percent: { min: 0, max: 100, why: 'a percent series is read as a share, 0 to 100' },
  'percentage-points': { why: '' },
  ratio: { min: 0, why: 'a ratio of two amounts cannot be negative' },
  rank: { min: 1, why: 'ranks start at 1' },
};

export const REGIONS = { china: 'China', korea: 'Korea', global: 'Global' } as const;

export type Qualifier = keyof typeof QUALIFIERS;
export type Disclosure = keyof typeof DISCLOSURES;
export type DealTermKey = keyof typeof DEAL_TERM_LABELS;
export type DealEventKind = keyof typeof DEAL_EVENT_KINDS;
export type DealStatus = keyof typeof DEAL_STATUSES;
export type Currency = keyof typeof CURRENCIES;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Modality = keyof typeof MODALITIES;
export type Stage = keyof typeof STAGES;
export type DealType = keyof typeof DEAL_TYPES;
export type Territory = keyof typeof TERRITORIES;
export type Unit = keyof typeof UNITS;

/** Keys of a label map as a non-empty tuple, for z.enum. */
export function keysOf<T extends Record<string, unknown>>(map: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
}
