// A synthetic Deal Atlas dataset of any size, for the benchmark (scripts/bench.ts) and its tests.
// Pure and deterministic: the same (n, seed) gives the same records and the same file bytes. The output
// passes the schemas and the cross-reference checks of readDataset (tests/bench/synthetic-data.test.ts).
//
// Proportions (per n deals): companies ≈ n/4 (70% licensor biotechs in CN/KR, 30% licensee pharma and
// their R&D units), briefings ≈ n/100, sources ≈ n/500 (at least 4), metric series = every series the
// charts read (chartSeriesIds of the chart registry) and two more the home page and briefings quote (fixed,
// realistic sizes: charts show aggregates) plus ≈ n/50 extra series of 6–10 points.
// Deal counts per company follow a skewed (Zipf-like) draw, so a few companies have hundreds of deals.

import { chartIds, chartSeriesIds } from '../../src/charts/registry.ts';

/* Records are plain JSON objects shaped like src/schema/*; typed loosely so this module stays free of zod
   (the chart registry is plain code: it loads neither zod nor vega). */
export interface SyntheticBriefing {
  slug: string;
  /** The whole .mdx file: frontmatter and body. */
  text: string;
}

export interface SyntheticData {
  sources: Record<string, unknown>[];
  companies: Record<string, unknown>[];
  deals: Record<string, unknown>[];
  topics: Record<string, unknown>[];
  /** One series per file (data/metrics/<id>.json). */
  metrics: Record<string, unknown>[];
  briefings: SyntheticBriefing[];
}

export interface SyntheticOptions {
  /** PRNG seed (default 1). */
  seed?: number;
}

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['zhao', 'lin', 'hua', 'kang', 'tai', 'min', 'sheng', 'yuan', 'jin', 'bo', 'han', 'seo', 'jun', 'dae', 'woo', 'rui', 'xin', 'an', 'tian', 'ming', 'ko', 'ri', 'sung', 'hae'];
const BIO_SUFFIX = ['Bio', 'Biopharma', 'Therapeutics', 'Pharmaceuticals', 'Biologics', 'Medicine', 'Biotech'];
const PHARMA_ROOTS = ['Aster', 'Norvel', 'Calder', 'Brightwell', 'Merrow', 'Halvard', 'Orison', 'Pellion', 'Tamsin', 'Vantor', 'Ardent', 'Solenne', 'Quillon', 'Ferris', 'Lumen'];
const PHARMA_COUNTRIES = ['US', 'US', 'US', 'GB', 'CH', 'JP', 'DE', 'FR', 'DK'];
const MODALITIES = ['monoclonal-antibody', 'bispecific-antibody', 'adc', 'small-molecule', 'sirna', 'radioligand-therapy', 'fusion-protein', 'cell-therapy', 'gene-therapy', 'formulation-platform', 'vaccine', 'other', 'not-stated'];
const AREAS = ['oncology', 'immunology', 'neurology', 'cardiometabolic', 'hepatology', 'multiple', 'other', 'not-stated'];
const STAGES = ['discovery', 'preclinical', 'phase-1', 'phase-2', 'phase-3', 'registration', 'marketed', 'platform', 'not-stated'];
const TYPES = ['license', 'license', 'license', 'platform-license', 'option', 'co-development', 'newco', 'm-and-a'];
const TERRITORIES = ['worldwide', 'worldwide-ex-greater-china', 'us-europe-japan', 'greater-china', 'not-stated'];
const ROYALTIES = ['yes', 'no', 'not-stated'];
// What became of a deal after its announcement: most stand, some were suspended or terminated.
const OUTCOMES = ['signed', 'signed', 'signed', 'signed', 'suspended', 'terminated'];
const TARGETS = ['PD-1', 'PD-L1', 'HER2', 'TROP2', 'CLDN18.2', 'GLP-1', 'IL-23', 'TSLP', 'B7-H3', 'KRAS G12D', 'CD3', 'VEGF', 'FcRn'];
const INDICATIONS = ['non-small cell lung cancer', 'breast cancer', 'gastric cancer', 'obesity', 'psoriasis', 'asthma', 'myasthenia gravis', 'MASH', 'lupus', 'solid tumours'];
const WORDS = (
  'licensing deal partner upfront milestone royalty asset candidate platform antibody conjugate trial phase data readout ' +
  'buyer seller market value headline payment rights territory pipeline biotech drugmaker investors quarter year region ' +
  'growth share count total report source figure cash risk development approval regulator clinic patients programme'
).split(' ');

/**
 * The series the site reads, with realistic shapes (see data/metrics/). Each point: [period, periodLabel,
 * category, by, value, qualifier]. Points are unique on (period, category, by) so <Num> finds exactly one.
 * A series a chart reads that has no shape here gets yearly counts, so a new chart needs no edit here.
 */
type P = [string, string, string | undefined, string | undefined, number, string];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024'];
type SeriesShape = { id: string; title: string; unit: string; region: string; measure: string; bounds?: { min?: number; max?: number }; points: P[] };
function chartSeries(r: () => number): SeriesShape[] {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const bn = (lo: number, hi: number) => int(lo, hi) * 100_000_000;
  const pct = (lo: number, hi: number) => int(lo, hi);
  const byYear = (f: () => number, by?: string): P[] => YEARS.map((y) => [y, y, undefined, by, f(), 'exact']);
  const cats = (period: string, label: string, names: string[], f: () => number, by?: string): P[] => names.map((c) => [period, label, c, by, f(), 'exact']);
  const WINDOW = '2026-01-12/2026-01-16';
  const series: SeriesShape[] = [
    { id: 'korea-licensing-exports', title: 'Korea licensing exports', unit: 'USD', region: 'korea', measure: 'deal value', points: byYear(() => bn(20, 90)) },
    { id: 'china-license-out-value', title: 'China license-out deal value', unit: 'USD', region: 'china', measure: 'total deal value', points: [...byYear(() => bn(100, 600), 'ARC'), ...byYear(() => bn(100, 600), 'PharmCube')] },
    { id: 'china-license-out-upfront', title: 'China license-out upfronts', unit: 'USD', region: 'china', measure: 'upfront payments', points: [...byYear(() => bn(5, 50), 'ARC'), ...byYear(() => bn(5, 50), 'PharmCube')] },
    { id: 'china-license-out-count', title: 'China license-out deal count', unit: 'count', region: 'china', measure: 'deals', points: byYear(() => int(30, 150), 'ARC') },
    { id: 'china-license-out-growth', title: 'China license-out growth', unit: 'percent', region: 'china', measure: 'year-on-year change', bounds: { min: -100 }, points: cats('2024', '2024', ['Deal value', 'Upfront payments', 'Deal count'], () => pct(5, 80), 'ARC') },
    { id: 'china-billion-dollar-deals', title: 'Billion-dollar deals', unit: 'count', region: 'china', measure: 'deals', points: [...cats('2025-Q1', 'Q1 2025', ['Deals over $1B', 'In global top 10'], () => int(3, 15), 'ARC'), ...cats('2025-H1', 'H1 2025', ['Deals over $1B'], () => int(10, 30), 'ARC')] },
    { id: 'china-billion-deals-by-modality', title: 'Billion-dollar deals by modality', unit: 'percent', region: 'china', measure: 'share of deals', points: cats('2025-H1', 'H1 2025', ['Antibody-based', 'ADC', 'Small molecule', 'Other'], () => pct(5, 40), 'ARC') },
    { id: 'china-billion-deals-by-modality-count', title: 'Billion-dollar deals by modality (count)', unit: 'count', region: 'china', measure: 'deals', points: cats('2025-H1', 'H1 2025', ['Antibody-based', 'ADC', 'Small molecule', 'Other'], () => int(2, 12), 'ARC') },
    { id: 'china-asset-stage-share', title: 'Asset stage share', unit: 'percent', region: 'china', measure: 'share of deals', points: [['c2020', 'around 2020', 'Registration and commercialization', 'ARC', pct(20, 40), 'about'], ['2024', '2024', 'Preclinical', 'ARC', pct(50, 70), 'more-than']] },
    { id: 'china-territory-share', title: 'Territory share', unit: 'percent', region: 'china', measure: 'share of deals', points: cats('decade-to-2025', 'past decade', ['US, Europe and Japan', 'Global', 'Non-traditional markets', 'China only'], () => pct(5, 45), 'ARC') },
    { id: 'china-licensee-deals', title: 'Licensee deals by country', unit: 'count', region: 'china', measure: 'deals', points: cats('decade-to-2025', 'past decade', ['United States', 'United Kingdom', 'Switzerland', 'Japan'], () => int(10, 250), 'ARC') },
    { id: 'china-licensee-deal-share', title: 'Licensee deal share', unit: 'percent', region: 'china', measure: 'share of deals', points: cats('decade-to-2025', 'past decade', ['United States', 'Switzerland'], () => pct(5, 50), 'ARC') },
    { id: 'china-licensee-value-share', title: 'Licensee value share', unit: 'percent', region: 'china', measure: 'share of deal value', points: cats('decade-to-2025', 'past decade', ['United States', 'United Kingdom', 'Japan'], () => pct(5, 50), 'ARC') },
    { id: 'china-primary-financing-events', title: 'Primary financing events', unit: 'count', region: 'china', measure: 'financing events', points: byYear(() => int(200, 700), 'ARC') },
    { id: 'china-primary-financing-value', title: 'Primary financing value', unit: 'CNY', region: 'china', measure: 'financing raised', points: byYear(() => bn(200, 900), 'ARC') },
    { id: 'china-upfront-vs-financing', title: 'Upfronts vs financing', unit: 'USD', region: 'china', measure: 'capital raised', points: cats('2024-10', 'October 2024', ['License-out upfront payments', 'Primary market financing'], () => bn(20, 40), 'ARC') },
    { id: 'jpm-2026-korea-index', title: 'Korean pharma indices at JPM 2026', unit: 'percent', region: 'korea', measure: 'index change', bounds: { min: -100 }, points: cats(WINDOW, '12–16 January 2026', ['KOSPI pharmaceutical index', 'KOSDAQ pharmaceutical index'], () => int(-50, 30) / 10) },
    { id: 'jpm-2026-korea-relative', title: 'Korean pharma vs benchmark', unit: 'percentage-points', region: 'korea', measure: 'relative performance', points: cats(WINDOW, '12–16 January 2026', ['KOSPI pharmaceutical vs KOSPI', 'KOSDAQ pharmaceutical vs KOSDAQ'], () => int(-60, 10) / 10) },
  ];
  // Drawn after the shaped series, so their figures stay the same for a seed when a chart is added.
  const shaped = new Set(series.map((s) => s.id));
  const plain = chartSeriesIds.filter((id) => !shaped.has(id)).map((id): SeriesShape => ({ id, title: id, unit: 'count', region: 'china', measure: 'deals', points: byYear(() => int(10, 200)) }));
  return [...series, ...plain];
}

/** A dataset of n deals. */
/**
 * A deal's events and sources: its announcement (with the deal's own citations), then for a suspended or
 * terminated deal that event, dated the next year (at most 2025, which no build date refuses).
 */
function dealEvents(outcome: string, year: number, cite: (k?: number) => { source: string; locator: string }[]) {
  const sources = cite(outcome === 'signed' ? 1 : 2);
  // The announcement is dated by the deal's own `announced`.
  const announcement = { kind: 'announced', sources };
  const later = { value: String(Math.min(year + 1, 2025)), precision: 'year' };
  const events = outcome === 'signed' ? [announcement] : [announcement, { kind: outcome, date: later, note: 'Synthetic outcome.', sources: sources.slice(1) }];
  return { events, sources: sources.slice(0, 1) };
}

export function generateSyntheticData(n: number, opts: SyntheticOptions = {}): SyntheticData {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
  const r = prng(opts.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  /** Skewed index in [0, len): low indices far more often (a few companies sign many deals). */
  const skewed = (len: number) => Math.min(len - 1, Math.floor(len * r() ** 2.5));
  const pad = (i: number, w = 5) => String(i).padStart(w, '0');
  const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const sentence = (k: number) => {
    const w = words(k);
    return `${w[0]!.toUpperCase()}${w.slice(1)}.`;
  };
  const hex = (len: number) => Array.from({ length: len }, () => '0123456789abcdef'[int(0, 15)]).join('');

  // Sources
  const nSources = Math.max(4, Math.round(n / 500));
  // Every kind of location: most sources are seeds (some with a URL); every fourth is a web page (by its URL
  // alone) or a publication with no link (its publisher). Chosen by index, so the random stream is unchanged.
  const sources = Array.from({ length: nSources }, (_, i) => {
    const source = {
      id: `source-${pad(i, 3)}`,
      title: `Synthetic source document ${i + 1}: ${words(4)}`,
      publisher: i % 3 === 0 ? 'Synthetic Research' : undefined,
      kind: pick(['news', 'report', 'database'] as const),
      date: `${int(2020, 2025)}-${pad(int(1, 12), 2)}`,
      covers: sentence(14),
      url: i % 2 === 0 ? `https://example.com/sources/${i}` : undefined,
      seed: `${pad(i % 1000, 3)}_${hex(16)}.txt` as string | undefined,
    };
    if (i % 4 !== 3) return source;
    return i % 8 === 3 ? { ...source, url: `https://example.com/sources/${i}`, seed: undefined } : { ...source, publisher: 'Synthetic Press', seed: undefined };
  });
  const cite = (k = 1) =>
    Array.from({ length: k }, () => ({ source: sources[skewed(nSources)]!.id, locator: `§${int(1, 6)} ¶${int(1, 40)}` }));

  // Companies: licensor biotechs (CN/KR), licensee pharma (some with R&D units that have a parent).
  const nCompanies = Math.max(4, Math.round(n / 4));
  const nBiotech = Math.max(2, Math.round(nCompanies * 0.7));
  const nPharma = nCompanies - nBiotech;
  const companies: Record<string, unknown>[] = [];
  const biotechIds: string[] = [];
  const pharmaIds: string[] = [];
  const countryOf = new Map<string, string>();
  for (let i = 0; i < nBiotech; i++) {
    const country = r() < 0.6 ? 'CN' : 'KR';
    const root = `${pick(SYL)}${pick(SYL)}`;
    const name = `${root[0]!.toUpperCase()}${root.slice(1)} ${pick(BIO_SUFFIX)}`;
    const id = `${root}-bio-${pad(i)}`;
    biotechIds.push(id);
    countryOf.set(id, country);
    companies.push({ id, name, aliases: i % 7 === 0 ? [`${name} Co., Ltd.`] : [], country, kind: 'biotech', profile: r() < 0.5 ? sentence(16) : undefined, sources: cite(), notInSources: i % 5 === 4 ? ['kind'] : undefined });
  }
  const parents: string[] = [];
  for (let i = 0; i < nPharma; i++) {
    const country = pick(PHARMA_COUNTRIES);
    const root = pick(PHARMA_ROOTS);
    const id = `${root.toLowerCase()}-pharma-${pad(i)}`;
    // Every tenth pharma after the first few is an R&D unit of an earlier one (MedImmune → AstraZeneca).
    const parent = i >= 5 && i % 10 === 0 ? parents[skewed(parents.length)] : undefined;
    if (!parent) parents.push(id);
    pharmaIds.push(id);
    countryOf.set(id, country);
    companies.push({
      id,
      name: parent ? `${root} Research ${i}` : `${root} Pharma ${i}`,
      aliases: [],
      country,
      kind: parent ? 'pharma-rd-unit' : 'pharma',
      parent,
      profile: r() < 0.3 ? sentence(12) : undefined,
      sources: cite(),
      notInSources: i % 6 === 5 ? ['country'] : undefined,
    });
  }

  // Deals
  const money = (lo: number, hi: number, qualifier: string) => {
    const amount = int(lo, hi) * 1_000_000;
    const c = r();
    if (c < 0.08) return { disclosure: 'given', amount: amount * 7, currency: 'CNY', qualifier, usd: amount, usdBasis: 'stated' };
    if (c < 0.14) return { disclosure: 'given', amount: amount * 1300, currency: 'KRW', qualifier, usd: amount, usdBasis: 'stated', alt: { amount, currency: 'USD', qualifier: 'about' } };
    return { disclosure: 'given', amount, currency: 'USD', qualifier, usd: amount };
  };
  const undisclosed = () => ({ disclosure: 'undisclosed', note: 'No amount given.' });
  // Every term is stated explicitly; those a deal's terms do not give are "not-stated".
  const allTerms = (given: Record<string, unknown>) =>
    Object.fromEntries(['upfront', 'equity', 'nearTerm', 'milestones', 'total'].map((k) => [k, given[k] ?? { disclosure: 'not-stated' }]));
  const deals: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const licensor = biotechIds[skewed(biotechIds.length)]!;
    const licensee = pharmaIds[skewed(pharmaIds.length)]!;
    const year = int(2015, 2025); // not 2026: a December 2026 date would lie past the default build date's margin
    const month = int(1, 12);
    const p = r();
    const announced =
      p < 0.85 ? { value: `${year}-${pad(month, 2)}-${pad(int(1, 28), 2)}`, precision: 'day' }
      : p < 0.95 ? { value: `${year}-${pad(month, 2)}`, precision: 'month' }
      : p < 0.98 ? { value: `${year}`, precision: 'year' }
      : undefined;
    const t = r();
    const terms: Record<string, unknown> = allTerms(
      t < 0.1 ? {}
      : t < 0.2 ? { upfront: undisclosed(), total: undisclosed() }
      : t < 0.6 ? { upfront: money(5, 300, 'exact'), total: money(300, 6000, 'up-to') }
      : t < 0.8 ? { upfront: money(5, 300, 'exact'), milestones: money(100, 5000, 'up-to'), total: money(300, 6000, 'up-to') }
      : { total: money(50, 3000, pick(['up-to', 'about', 'more-than', 'exact'])) });
    deals.push({
      id: `${licensor.replace(/-bio-\d+$/, '')}-${licensee.replace(/-pharma-\d+$/, '')}-${pad(i)}`,
      announced,
      licensor,
      licensee,
      asset: {
        name: `${licensor.slice(0, 2).toUpperCase()}-${int(100, 999)}`,
        modality: pick(MODALITIES),
        target: r() < 0.6 ? pick(TARGETS) : undefined,
        therapeuticArea: pick(AREAS),
        indication: r() < 0.6 ? pick(INDICATIONS) : undefined,
      },
      stage: pick(STAGES),
      type: pick(TYPES),
      territory: pick(TERRITORIES),
      terms,
      royalties: pick(ROYALTIES),
      ...dealEvents(pick(OUTCOMES), year, cite),
      notInSources: i % 9 === 8 ? ['type'] : undefined,
      notes: r() < 0.4 ? sentence(20) : undefined,
    });
  }
  const dealIds = deals.map((d) => d.id as string);
  const dealsWithTotal = deals.filter((d) => (d.terms as Record<string, { disclosure: string }>).total!.disclosure !== 'not-stated').map((d) => d.id as string);

  // Metric series: the charts' series, then extra series in proportion to n.
  const series = chartSeries(r);
  const metrics: Record<string, unknown>[] = series.map((s) => ({
    id: s.id,
    title: s.title,
    description: `${s.title} (synthetic).`,
    unit: s.unit,
    region: s.region,
    measure: s.measure,
    bounds: s.bounds,
    points: s.points.map(([period, periodLabel, category, by, value, qualifier]) => ({ period, periodLabel, category, value, qualifier, by, sources: cite() })),
  }));
  const nExtra = Math.max(5, Math.round(n / 50));
  for (let i = 0; i < nExtra; i++) {
    const unit = pick(['USD', 'count', 'percent'] as const);
    const k = int(6, 10);
    metrics.push({
      id: `extra-series-${pad(i)}`,
      title: `Extra series ${i + 1}: ${words(3)}`,
      description: sentence(10),
      unit,
      region: pick(['china', 'korea', 'global'] as const),
      points: Array.from({ length: k }, (_, j) => {
        const q = r();
        const value = unit === 'USD' ? int(1, 900) * 10_000_000 : unit === 'count' ? int(1, 500) : int(1, 99);
        return {
          period: String(2015 + j),
          periodLabel: String(2015 + j),
          value,
          qualifier: q < 0.1 ? 'range' : q < 0.3 ? 'about' : 'exact',
          upper: q < 0.1 ? value + 1 : undefined,
          by: r() < 0.3 ? 'Synthetic Research' : undefined,
          sources: cite(),
        };
      }),
    });
  }
  metrics.sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));

  // Topics: the real topic ids, charts and deal queries (data/topics.json): their deal lists grow with n, as they would.
  const sampleIds = (k: number) => [...new Set(Array.from({ length: k }, () => pick(dealIds)))];
  const topic = (id: string, title: string, charts: string[], deals: Record<string, unknown>, metrics: string[], order: number) => ({
    id,
    title,
    summary: sentence(14),
    intro: `${sentence(30)}\n\n${sentence(24)}`,
    charts,
    deals,
    metrics,
    order,
  });
  const topics = [
    topic('china-asset-stage', 'China license-out by asset stage', ['asset-stage-shift'], { licensorCountry: ['CN'] }, ['china-asset-stage-share'], 1),
    topic('korea-licensing-exports', 'Korea licensing export trend', ['korea-licensing-exports', 'jpm-2026-market-reaction'], { licensorCountry: ['KR'] }, ['korea-licensing-exports', 'jpm-2026-korea-index', 'jpm-2026-korea-relative'], 2),
    topic('modalities', 'Modalities', ['billion-deals-by-modality'], { ids: sampleIds(8) }, ['china-billion-deals-by-modality', 'china-billion-deals-by-modality-count'], 3),
    topic('territories', 'Territories', ['territory-rights'], { licensorCountry: ['CN'] }, ['china-territory-share'], 4),
    topic('licensee-countries', 'Licensee countries', ['licensee-countries'], { licensorCountry: ['CN'] }, ['china-licensee-deals', 'china-licensee-deal-share', 'china-licensee-value-share'], 5),
    topic('capital', 'Capital vs license-out', ['capital-vs-license-out', 'china-upfront-vs-headline', 'china-license-out-value', 'china-license-out-count'], { ids: sampleIds(12) }, ['china-primary-financing-events', 'china-primary-financing-value', 'china-upfront-vs-financing', 'china-license-out-value', 'china-license-out-upfront', 'china-license-out-count'], 6),
    topic('top-deals', 'Top deals', ['top-deals'], { disclosedValue: true }, [], 7),
  ];
  const topicIds = topics.map((t) => t.id);

  // Briefings: MDX with frontmatter, prose, <Chart>, <Num> and <DealTerm> references that resolve.
  const nBriefings = Math.max(1, Math.round(n / 100));
  const numPoints = series.flatMap((s) => s.points.map((pt) => ({ series: s.id, pt })));
  const numTag = () => {
    const { series: id, pt } = pick(numPoints);
    const [period, , category, by] = pt;
    return `<Num series="${id}" period="${period}"${category ? ` category="${category}"` : ''}${by ? ` by="${by}"` : ''} />`;
  };
  const briefings: SyntheticBriefing[] = [];
  for (let i = 0; i < nBriefings; i++) {
    const slug = `briefing-${pad(i, 4)}-${pick(WORDS)}-${pick(WORDS)}`;
    const year = int(2021, 2025);
    const q = int(1, 4);
    const picked = [...new Set(Array.from({ length: int(3, 8) }, () => pick(dealIds)))];
    const termDeal = pick(dealsWithTotal.length ? dealsWithTotal : dealIds);
    const termTag = dealsWithTotal.length ? `<DealTerm deal="${termDeal}" term="total" />` : '';
    // A deal whose terms a briefing quotes is one of its deals (validation checks it).
    const bDeals = termTag ? [...new Set([...picked, termDeal])] : picked;
    const fm = [
      '---',
      `title: "Synthetic briefing ${i + 1}: ${words(5)}"`,
      `summary: "${sentence(20)}"`,
      `date: "${year}-${pad(q * 3, 2)}-${pad(int(1, 28), 2)}"`,
      `period: "${year}-Q${q}"`,
      `periodLabel: "Q${q} ${year}"`,
      `region: ${pick(['china', 'korea', 'global'])}`,
      `topics: [${[...new Set([pick(topicIds), pick(topicIds)])].join(', ')}]`,
      `sources: [${[...new Set([pick(sources).id, pick(sources).id])].join(', ')}]`,
      `deals: [${bDeals.join(', ')}]`,
      'authors: ["Deal Atlas"]',
      '---',
    ];
    const para = () => `${sentence(25)} ${sentence(18)} The figure was ${numTag()}. ${sentence(22)}`;
    const body = [
      '',
      para(),
      '',
      '## What happened',
      '',
      `${para()} ${termTag ? `The headline value was ${termTag}.` : ''}`,
      '',
      para(),
      '',
      '## Key figures',
      '',
      `<Chart id="${pick(chartIds)}" />`,
      '',
      para(),
      '',
      '## What to watch',
      '',
      para(),
      '',
    ];
    briefings.push({ slug, text: `${fm.join('\n')}\n${body.join('\n')}` });
  }

  // Drop undefined keys so the JSON is what a person would write.
  const clean = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  return { sources: clean(sources), companies: clean(companies), deals: clean(deals), topics: clean(topics), metrics: clean(metrics), briefings };
}

/** The files of a dataset, relative path → text (data/*.json, data/metrics/<id>.json, content/briefings/<slug>.mdx). */
export function syntheticFiles(data: SyntheticData): Map<string, string> {
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const files = new Map<string, string>();
  files.set('data/sources.json', json(data.sources));
  files.set('data/companies.json', json(data.companies));
  files.set('data/deals.json', json(data.deals));
  files.set('data/topics.json', json(data.topics));
  for (const m of data.metrics) files.set(`data/metrics/${m.id as string}.json`, json(m));
  for (const b of data.briefings) files.set(`content/briefings/${b.slug}.mdx`, b.text);
  return files;
}
