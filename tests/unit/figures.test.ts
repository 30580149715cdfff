// Pins the transcribed figures in data/ to what the source documents say: the cross-check of the real
// content. Reads the JSON with node:fs only. The source documents are not part of the project: they are read
// from SEEDS_DIR (default ../shared/seeds beside the project); where they are not found, the checks that
// read them are skipped with one line saying so.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schema/source.ts';
import { companySchema } from '../../src/schema/company.ts';
import { dealSchema } from '../../src/schema/deal.ts';
import { metricSeriesSchema } from '../../src/schema/metric.ts';
import { charts } from '../../src/charts/registry.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(projectRoot, 'data');
const seedDir = path.resolve(projectRoot, process.env.SEEDS_DIR || '../shared/seeds');
const seedsFound = fs.existsSync(seedDir);
if (!seedsFound) console.log(`figures.test: skipped the source-document cross-check: no source documents at ${seedDir} (set SEEDS_DIR to their folder)`);

type Citation = { source: string; locator: string; via?: string };
type Money = { disclosure: string; note?: string; amount?: number; currency: string; qualifier: string; usd?: number; usdBasis?: string; alt?: { amount: number; currency: string; qualifier: string } };
type Point = { period: string; periodLabel: string; category?: string; value: number; upper?: number; qualifier: string; by?: string; sources: Citation[] };
type Series = { id: string; unit: string; region: string; points: Point[] };
type Deal = { id: string; announced?: { value: string; precision: string }; licensor: string; licensee: string; terms: Record<'upfront' | 'equity' | 'nearTerm' | 'milestones' | 'total', Money>; royalties: string; events: { kind: string; date?: { value: string; precision: string }; sources: Citation[] }[]; sources: Citation[] };

const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(dataDir, rel), 'utf8'));
const sources: { id: string; seed: string }[] = readJson('sources.json');
const companies: { id: string; parent?: string; sources: Citation[] }[] = readJson('companies.json');
const deals: Deal[] = readJson('deals.json');
const metricFiles = fs.readdirSync(path.join(dataDir, 'metrics')).filter((f) => f.endsWith('.json')).sort();
const metrics: Series[] = metricFiles.map((f) => readJson(path.join('metrics', f)));
const series = (id: string): Series => {
  const s = metrics.find((m) => m.id === id);
  if (!s) throw new Error(`no metric series "${id}"`);
  return s;
};
const point = (id: string, period: string, opts: { category?: string; by?: string } = {}): Point => {
  const found = series(id).points.filter(
    (p) => p.period === period && (opts.category === undefined || p.category === opts.category) && (opts.by === undefined || p.by === opts.by),
  );
  if (found.length !== 1) throw new Error(`expected one point ${id} ${period} ${JSON.stringify(opts)}, found ${found.length}`);
  return found[0];
};
const deal = (id: string): Deal => {
  const d = deals.find((x) => x.id === id);
  if (!d) throw new Error(`no deal "${id}"`);
  return d;
};

// ---------------------------------------------------------------- seeds and locators
/** Paragraphs of a seed: its non-empty lines, numbered from 1 (¶N = line N of `grep -v '^\s*$'`). */
function paragraphs(seed: string): string[] {
  return fs.readFileSync(path.join(seedDir, seed), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
}
const seedOf = new Map(sources.map((s) => [s.id, s.seed]));
const paraCache = new Map<string, string[]>();
function paras(sourceId: string): string[] {
  const seed = seedOf.get(sourceId);
  if (!seed) throw new Error(`unknown source "${sourceId}"`);
  if (!paraCache.has(seed)) paraCache.set(seed, paragraphs(seed));
  return paraCache.get(seed)!;
}
/** Section label of each paragraph in a sectioned document (002): "Intro", "II", "V(4)", "References". */
function sectionsOf(ps: string[]): string[] {
  let main = 'Intro';
  let sub = '';
  return ps.map((p) => {
    const h = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s/.exec(p);
    const s = /^\((\d+)\)\s/.exec(p);
    if (h) [main, sub] = [h[1], ''];
    else if (s) sub = `(${s[1]})`;
    else if (/^References\s*$/.test(p)) [main, sub] = ['References', ''];
    return main + sub;
  });
}
const SECTIONED = new Set(['arc-china-going-global-2025']);
/** The paragraph a citation points at; throws with a reason when the locator is malformed or out of range. */
function citedParagraph(c: Citation): string {
  const ps = paras(c.source);
  const m = SECTIONED.has(c.source) ? /^§([A-Za-z]+|[IVX]+(?:\(\d+\))?), ¶(\d+)$/.exec(c.locator) : /^¶(\d+)$/.exec(c.locator);
  if (!m) throw new Error(`malformed locator "${c.locator}" for ${c.source}`);
  const n = Number(SECTIONED.has(c.source) ? m[2] : m[1]);
  if (n < 1 || n > ps.length) throw new Error(`${c.source} ${c.locator}: the seed has ${ps.length} paragraphs`);
  if (SECTIONED.has(c.source)) {
    const actual = sectionsOf(ps)[n - 1];
    if (actual !== m[1]) throw new Error(`${c.source} ${c.locator}: paragraph ${n} is in §${actual}`);
  }
  return ps[n - 1];
}

// ---------------------------------------------------------------- number matcher
const WORDS: Record<number, string[]> = {
  1: ['one'], 2: ['two'], 3: ['three'], 4: ['four'], 5: ['five'], 6: ['six'], 7: ['seven'], 8: ['eight'], 9: ['nine'], 10: ['ten'],
  11: ['eleven'], 12: ['twelve'], 20: ['twenty'], 25: ['one quarter', 'a quarter'], 50: ['half'], 80: ['eighty'], 100: ['hundred'],
};
const RANK_WORDS: Record<number, string[]> = { 1: ['first', 'leads', 'leader'], 2: ['second'], 3: ['third'] };
const fmt = (n: number) => String(Math.round(n * 1000) / 1000);
const withCommas = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Spellings a source might use for a number in a given unit. */
export function spellings(value: number, unit: string): string[] {
  const v = Math.abs(value);
  const out = new Set<string>();
  const num = [fmt(v), withCommas(v), ...(WORDS[v] ?? [])];
  if (unit === 'USD' || unit === 'KRW' || unit === 'CNY') {
    for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
      const n = v / scale;
      if (n >= 1 && Math.abs(Math.round(n * 100) / 100 - n) < 1e-9) out.add(`${fmt(n)} ${word}`);
    }
    out.add(withCommas(v));
  } else if (unit === 'percent') {
    for (const n of num) out.add(`${n}%`).add(`${n} percent`).add(`${n} per cent`);
    for (const w of WORDS[v] ?? []) out.add(w);
  } else if (unit === 'percentage-points') {
    for (const n of num) out.add(`${n} percentage point`);
  } else if (unit === 'ratio') {
    for (const n of num) out.add(`${n} times`).add(`${n}x`).add(`${n}-fold`);
  } else if (unit === 'rank') {
    for (const w of RANK_WORDS[v] ?? []) out.add(w);
  } else {
    for (const n of num) out.add(n);
  }
  return [...out];
}
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/us\$\s+/g, 'us$')
    .replace(/[‐‑–—]/g, '–');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where the paragraph writes the number in one of its spellings, as a whole token (4 does not match 2024). */
function positions(paragraph: string, value: number, unit: string): { text: string; at: number[] } {
  const text = normalise(paragraph);
  const at: number[] = [];
  for (const s of spellings(value, unit)) {
    const re = new RegExp(`(?<![\\w.])${escapeRe(s.toLowerCase())}(?![\\d]|\\.\\d)`, 'g');
    for (const m of text.matchAll(re)) at.push(m.index);
  }
  return { text, at };
}
export function mentions(paragraph: string, value: number, unit: string): boolean {
  return positions(paragraph, value, unit).at.length > 0;
}
/** Words a source uses for each qualifier, looked for just before the number; "exact" means none of them. */
const QUALIFIER_WORDS: Record<string, RegExp> = {
  'up-to': /\bup to\b/,
  about: /\babout\b|\baround\b|~|\broughly\b|\bapproximately\b/,
  nearly: /\bnearly\b|\balmost\b/,
  'more-than': /\bover\b|\bmore than\b|\bexceed(s|ed|ing)?\b|\babove\b/,
  'at-least': /\bat least\b/,
};
const HEDGE = new RegExp(Object.values(QUALIFIER_WORDS).map((r) => r.source).join('|'));
const WINDOW = 30;
/**
 * True when the number is written with its qualifier: for a hedged qualifier one of its words within WINDOW characters
 * before the number ("over 66 billion", "up to $5.6 billion", "~US$3.1 billion"); for "exact" no hedge word there.
 */
export function mentionsQualified(paragraph: string, value: number, unit: string, qualifier: string): boolean {
  const { text, at } = positions(paragraph, value, unit);
  return at.some((i) => {
    const before = text.slice(Math.max(0, i - WINDOW), i);
    if (qualifier === 'exact') return !HEDGE.test(before);
    const q = QUALIFIER_WORDS[qualifier];
    return q ? q.test(before) : true;
  });
}
/** True when the paragraph writes a range "30–50%" (lower, dash, upper in one of its spellings). */
export function mentionsRange(paragraph: string, lower: number, upper: number, unit: string): boolean {
  const text = normalise(paragraph);
  return spellings(upper, unit).some((s) =>
    new RegExp(`(?<![\\w.])${escapeRe(fmt(Math.abs(lower)))}\\s*(?:–|to)\\s*${escapeRe(s.toLowerCase())}(?![\\d]|\\.\\d)`).test(text),
  );
}

/**
 * Figures the matcher cannot find in the cited paragraph however it spells them, each with the reason.
 * Keyed "series-id|period|category|by". Keep this list short and explained.
 */
const UNRENDERABLE: Record<string, string> = {
  // (none at present: every metric value is written in its cited paragraph in a form spellings() renders)
};

const allCitations: { where: string; c: Citation }[] = [
  ...companies.flatMap((x) => x.sources.map((c) => ({ where: `company ${x.id}`, c }))),
  ...deals.flatMap((x) => x.sources.map((c) => ({ where: `deal ${x.id}`, c }))),
  ...metrics.flatMap((m) => m.points.flatMap((p) => p.sources.map((c) => ({ where: `metric ${m.id} ${p.period} ${p.category ?? ''}`, c })))),
];

// ---------------------------------------------------------------- tests
describe('data files', () => {
  it('validate against the schemas', () => {
    const problems: string[] = [];
    const check = (label: string, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: unknown[] } } }, v: unknown) => {
      const r = schema.safeParse(v);
      if (!r.success) problems.push(`${label}: ${JSON.stringify(r.error?.issues)}`);
    };
    sources.forEach((s) => check(`source ${s.id}`, sourceSchema, s));
    companies.forEach((c) => check(`company ${c.id}`, companySchema, c));
    deals.forEach((d) => check(`deal ${d.id}`, dealSchema, d));
    metrics.forEach((m, i) => check(`metric ${metricFiles[i]}`, metricSeriesSchema, m));
    expect(problems).toEqual([]);
  });

  it('name each metric file after its series id, and include every series the charts use', () => {
    expect(metricFiles.map((f) => f.replace(/\.json$/, ''))).toEqual(metrics.map((m) => m.id));
    const charted = [...new Set(charts.flatMap((c) => c.series))];
    for (const id of charted) expect(metrics.map((m) => m.id), id).toContain(id);
  });

  it('resolve every cross-reference', () => {
    const companyIds = new Set(companies.map((c) => c.id));
    for (const d of deals) {
      expect(companyIds.has(d.licensor), `${d.id} licensor`).toBe(true);
      expect(companyIds.has(d.licensee), `${d.id} licensee`).toBe(true);
    }
    for (const c of companies) if (c.parent) expect(companyIds.has(c.parent), `${c.id} parent`).toBe(true);
  });
});

describe('key figures match the sources', () => {
  it('Korea licensing exports 2022–2024', () => {
    expect(point('korea-licensing-exports', '2022')).toMatchObject({ value: 4.8e9, qualifier: 'exact' });
    expect(point('korea-licensing-exports', '2023')).toMatchObject({ value: 5.9e9, qualifier: 'exact' });
    expect(point('korea-licensing-exports', '2024')).toMatchObject({ value: 5.5e9, qualifier: 'exact' });
  });

  it('2024 China license-out value: ARC and PharmCube both kept', () => {
    expect(point('china-license-out-value', '2024', { by: 'ARC' }).value).toBe(51.9e9);
    expect(point('china-license-out-value', '2024', { by: 'PharmCube' }).value).toBe(52.3e9);
    expect(point('china-license-out-value', '2025-01-01/2025-05-27', { by: 'PharmCube' }).value).toBe(45.5e9);
    expect(point('china-license-out-value', '2025-H1', { by: 'ARC' })).toMatchObject({ value: 50e9, qualifier: 'nearly' });
  });

  it('upfronts and deal counts', () => {
    expect(point('china-license-out-upfront', '2024', { by: 'ARC' }).value).toBe(4.1e9);
    expect(point('china-license-out-upfront', '2024', { by: 'PharmCube' }).value).toBe(4.1e9);
    expect(point('china-license-out-upfront', '2025-01-01/2025-05-27').value).toBe(2.2e9);
    expect(point('china-license-out-count', '2024').value).toBe(94);
    expect(point('china-license-out-count', '2025-Q1')).toMatchObject({ value: 33, by: 'InnoCare (Zhao Renbin)' });
    expect(point('china-license-out-count', '2025-H1')).toMatchObject({ value: 50, qualifier: 'more-than' });
  });

  it('growth rates', () => {
    expect(point('china-license-out-growth', '2024', { category: 'Deal value' }).value).toBe(26);
    expect(point('china-license-out-growth', '2024', { category: 'Upfront payments' }).value).toBe(16);
    expect(point('china-license-out-growth', '2025-Q1', { category: 'Deal count' }).value).toBe(34);
    expect(point('china-license-out-growth', '2025-Q1', { category: 'Deal value' }).value).toBe(222);
  });

  it('$1B+ deals and their modality mix in H1 2025', () => {
    expect(point('china-billion-dollar-deals', '2025-Q1', { category: 'Deals over $1B' }).value).toBe(11);
    expect(point('china-billion-dollar-deals', '2025-Q1', { category: 'In global top 10' }).value).toBe(6);
    expect(point('china-billion-dollar-deals', '2025-H1', { category: 'Deals over $1B' }).value).toBe(24);
    const share = Object.fromEntries(series('china-billion-deals-by-modality').points.map((p) => [p.category, p.value]));
    expect(share).toEqual({ 'Antibody-based': 42, ADC: 33, 'Small molecule': 17 });
    const count = Object.fromEntries(series('china-billion-deals-by-modality-count').points.map((p) => [p.category, p.value]));
    expect(count).toEqual({ 'Antibody-based': 10, ADC: 8, 'Small molecule': 4 });
  });

  it('asset stage shift and territory mix', () => {
    expect(point('china-asset-stage-share', 'c2020')).toMatchObject({ value: 28, qualifier: 'about', category: 'Registration and commercialization' });
    expect(point('china-asset-stage-share', '2024')).toMatchObject({ value: 60, qualifier: 'more-than', category: 'Preclinical' });
    const territory = Object.fromEntries(series('china-territory-share').points.map((p) => [p.category, p.value]));
    expect(territory).toEqual({ 'US, Europe and Japan': 42, Global: 35, 'Non-traditional markets': 14, 'China only': 8 });
  });

  it('licensee countries', () => {
    expect(point('china-licensee-deals', 'decade-to-2025', { category: 'United States' }).value).toBe(204);
    expect(point('china-licensee-deals', 'decade-to-2025', { category: 'United Kingdom' }).value).toBe(38);
    expect(point('china-licensee-deal-share', 'decade-to-2025', { category: 'United States' })).toMatchObject({ value: 49, qualifier: 'nearly' });
    expect(point('china-licensee-value-share', 'decade-to-2025', { category: 'United States' })).toMatchObject({ value: 50, qualifier: 'more-than' });
    expect(point('china-licensee-value-share', 'decade-to-2025', { category: 'United Kingdom' }).value).toBe(14);
  });

  it('primary financing 2021 vs 2024, and October 2024 crossover', () => {
    expect(point('china-primary-financing-events', '2021').value).toBe(625);
    expect(point('china-primary-financing-events', '2024').value).toBe(339);
    expect(point('china-primary-financing-value', '2021').value).toBe(87.82e9);
    expect(point('china-primary-financing-value', '2024').value).toBe(27.68e9);
    expect(series('china-primary-financing-value').unit).toBe('CNY');
    expect(point('china-upfront-vs-financing', '2024-10', { category: 'License-out upfront payments' })).toMatchObject({ value: 3.1e9, qualifier: 'about' });
    expect(point('china-upfront-vs-financing', '2024-10', { category: 'Primary market financing' })).toMatchObject({ value: 2.71e9, qualifier: 'about' });
  });

  it('JPM 2026 Korean market reaction', () => {
    const period = '2026-01-12/2026-01-16';
    expect(point('jpm-2026-korea-index', period, { category: 'KOSPI pharmaceutical index' }).value).toBe(0.3);
    expect(point('jpm-2026-korea-index', period, { category: 'KOSDAQ pharmaceutical index' }).value).toBe(-2.9);
    expect(point('jpm-2026-korea-relative', period, { category: 'KOSPI pharmaceutical vs KOSPI' }).value).toBe(-5.2);
    expect(point('jpm-2026-korea-relative', period, { category: 'KOSDAQ pharmaceutical vs KOSDAQ' }).value).toBe(-3.6);
    expect(series('jpm-2026-korea-relative').unit).toBe('percentage-points');
  });

  it('attrition, pricing and other ARC figures', () => {
    expect(point('china-deal-attrition-rate', 'to-2025')).toMatchObject({ value: 55, qualifier: 'more-than' });
    expect(point('china-deal-attrition', 'to-2025', { category: 'Transactions terminated or suspended' }).value).toBe(36);
    expect(point('china-nrdl-price-cut', '2017/2024').value).toBe(57.6);
    expect(point('us-china-price-ratio', 'unstated', { category: 'Adalimumab' })).toMatchObject({ value: 19, qualifier: 'nearly' });
    expect(point('china-clinical-trial-cost-vs-mnc', 'unstated')).toMatchObject({ value: 30, upper: 50, qualifier: 'range', by: 'Huatai Securities' });
    expect(point('global-big-pharma-oncology-trial-share', '2015')).toMatchObject({ value: 60, by: 'IQVIA' });
    expect(point('global-big-pharma-oncology-trial-share', '2024')).toMatchObject({ value: 28, by: 'IQVIA' });
    expect(point('china-share-new-clinical-candidates', '2025-H1')).toMatchObject({ value: 46, qualifier: 'about', by: 'Goldman Sachs Research' });
    expect(point('keytruda-revenue', '2024').value).toBe(29.4e9);
  });
});

describe('deal terms match the sources', () => {
  it('RemeGen–AbbVie: up to $5.6B with the KRW equivalent', () => {
    const d = deal('remegen-abbvie-2026');
    expect(d.terms.total).toMatchObject({ amount: 5.6e9, currency: 'USD', qualifier: 'up-to', usd: 5.6e9, alt: { amount: 8.2e12, currency: 'KRW', qualifier: 'about' } });
    expect(d.announced).toEqual({ value: '2026-01-12', precision: 'day' });
  });
  it('Alteogen–MedImmune: more than ₩66B upfront ($49.7M), $1.35B total, royalties', () => {
    const d = deal('alteogen-astrazeneca-2025');
    expect(d.licensee).toBe('medimmune');
    expect(d.terms.upfront).toMatchObject({ amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' });
    expect(d.terms.total).toMatchObject({ amount: 1.35e9, currency: 'USD' });
    expect(d.royalties).toBe('yes');
    expect(companies.find((c) => c.id === 'medimmune')?.parent).toBe('astrazeneca');
  });
  it('Zonsen PepLib–Novartis: $50M upfront, milestones undisclosed, no headline value stated', () => {
    const d = deal('zonsen-peplib-novartis-2026');
    expect(d.terms.upfront).toMatchObject({ disclosure: 'given', amount: 50e6, currency: 'USD', qualifier: 'exact', alt: { amount: 74e9, currency: 'KRW' } });
    // jpm-2026 ¶12: the milestone aggregates "were not disclosed"; no total is quoted at all.
    expect(d.terms.milestones).toMatchObject({ disclosure: 'undisclosed' });
    expect(d.terms.total).toMatchObject({ disclosure: 'not-stated' });
    expect(d.royalties).toBe('yes');
  });
  it('the three term states, as the cited paragraphs put them', () => {
    // korea ¶4: milestones "tied to clinical and regulatory progress", no amount.
    expect(deal('alteogen-astrazeneca-2025').terms.milestones.disclosure).toBe('undisclosed');
    // korea ¶6: "financial terms were not disclosed".
    expect(deal('genome-ellipses-2025').terms.total.disclosure).toBe('undisclosed');
    expect(deal('genome-ellipses-2025').terms.upfront.disclosure).toBe('not-stated');
    // ARC §I ¶8: "significant upfront and milestone payments", no amounts.
    expect(deal('remegen-seagen-2021').terms.upfront.disclosure).toBe('undisclosed');
    expect(deal('remegen-seagen-2021').terms.milestones.disclosure).toBe('undisclosed');
    // No source gives an equity investment or a near-term payment for any deal.
    for (const d of deals) for (const t of ['equity', 'nearTerm'] as const) expect(d.terms[t].disclosure, `${d.id} ${t}`).toBe('not-stated');
  });
  it('every deal was announced (dated by its own "announced"), citing its sources; none has a later event the sources report', () => {
    for (const d of deals) {
      expect(d.events.map((e) => e.kind), d.id).toEqual(['announced']);
      expect(d.events[0]!.date, d.id).toBeUndefined();
      expect(d.events[0]!.sources, d.id).toEqual(d.sources);
    }
  });
  it('other headline values and dates', () => {
    expect(deal('sineuro-novartis-2026').terms.total).toMatchObject({ amount: 1.7e9, qualifier: 'up-to', alt: { amount: 2.5e12 } });
    expect(deal('olix-lilly-2025').terms.total).toMatchObject({ amount: 630e6, qualifier: 'up-to' });
    expect(deal('olix-lilly-2025').announced).toEqual({ value: '2025-02', precision: 'month' });
    expect(deal('remegen-seagen-2021').announced).toEqual({ value: '2021', precision: 'year' });
    for (const id of ['hanall-immunovant', 'yuhan-jnj', 'alteogen-msd']) expect(deal(id).announced, id).toBeUndefined();
  });
});

describe.skipIf(!seedsFound)('citations', () => {
  it('every source names a source document that exists', () => {
    for (const src of sources) expect(fs.existsSync(path.join(seedDir, src.seed)), `${src.id}: ${src.seed}`).toBe(true);
  });

  it('every locator names a paragraph (and, in 002, its section) that exists in the seed', () => {
    const problems: string[] = [];
    for (const { where, c } of allCitations) {
      try {
        citedParagraph(c);
      } catch (e) {
        problems.push(`${where}: ${(e as Error).message}`);
      }
    }
    expect(allCitations.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('the locator check rejects a paragraph past the end and a wrong section', () => {
    expect(() => citedParagraph({ source: 'korea-licensing-2025', locator: '¶999' })).toThrow(/paragraphs/);
    expect(() => citedParagraph({ source: 'arc-china-going-global-2025', locator: '§II, ¶47' })).toThrow(/§V\(4\)/);
    expect(() => citedParagraph({ source: 'jpm-2026', locator: 'p. 3' })).toThrow(/malformed/);
  });
});

describe.skipIf(!seedsFound)('every metric value is written in its cited paragraph', () => {
  it('the matcher renders the usual spellings and rejects near misses', () => {
    expect(mentions('exports ... $5.5 billion in 2024', 5.5e9, 'USD')).toBe(true);
    expect(mentions('exports ... $5.5 billion in 2024', 5.6e9, 'USD')).toBe(false);
    expect(mentions('totaling CNY 87.82 billion', 87.82e9, 'CNY')).toBe(true);
    expect(mentions('42% (10 deals)', 42, 'percent')).toBe(true);
    expect(mentions('peaked at 625 transactions', 625, 'count')).toBe(true);
    expect(mentions('in 2024 alone', 4, 'count')).toBe(false);
    expect(mentions('Eleven deals exceeded', 11, 'count')).toBe(true);
    expect(mentions('fell 2.9%', -2.9, 'percent')).toBe(true);
    expect(mentions('rose 0.3%', 0.3, 'percent')).toBe(true);
    expect(mentions('rose 10.3%', 0.3, 'percent')).toBe(false);
    expect(mentionsQualified('worth up to $630 million', 630e6, 'USD', 'up-to')).toBe(true);
    expect(mentionsQualified('worth up to $630 million', 630e6, 'USD', 'exact')).toBe(false);
    expect(mentionsQualified('more than 300 drugs ... at least 17 designations', 17, 'count', 'at-least')).toBe(true);
    expect(mentionsQualified('more than 300 drugs; in 2024 alone, 17 designations', 17, 'count', 'more-than')).toBe(false);
    expect(mentionsRange('only 30–50% of those', 30, 50, 'percent')).toBe(true);
    expect(mentionsRange('only 30–50% of those', 30, 60, 'percent')).toBe(false);
    expect(mentionsRange('only 30–50% of those', 20, 50, 'percent')).toBe(false);
  });

  it('each point (value, upper and qualifier) appears in at least one cited paragraph', () => {
    const problems: string[] = [];
    const skipped: string[] = [];
    for (const m of metrics) {
      for (const p of m.points) {
        const key = `${m.id}|${p.period}|${p.category ?? ''}|${p.by ?? ''}`;
        if (key in UNRENDERABLE) {
          skipped.push(key);
          continue;
        }
        const texts = p.sources.map(citedParagraph);
        const found =
          p.upper === undefined
            ? texts.some((t) => mentions(t, p.value, m.unit))
            : texts.some((t) => mentionsRange(t, p.value, p.upper!, m.unit));
        if (!found) problems.push(`${key}: ${p.value}${p.upper === undefined ? '' : `–${p.upper}`} (${m.unit}) not found in ${p.sources.map((c) => c.locator).join(', ')}`);
        if (found && p.upper === undefined && !texts.some((t) => mentionsQualified(t, p.value, m.unit, p.qualifier)))
          problems.push(`${key}: ${p.value} is not written as "${p.qualifier}" in ${p.sources.map((c) => c.locator).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(skipped.sort()).toEqual(Object.keys(UNRENDERABLE).sort());
  });

  it('each deal amount (and stated USD and alternative currency) appears in a cited paragraph', () => {
    const problems: string[] = [];
    for (const d of deals) {
      const texts = d.sources.map(citedParagraph);
      for (const [term, money] of Object.entries(d.terms)) {
        if (money.disclosure !== 'given') continue;
        const checks: [number, string][] = [];
        if (money.amount !== undefined) checks.push([money.amount, money.currency]);
        if (money.usd !== undefined && money.usdBasis === 'stated') checks.push([money.usd, 'USD']);
        if (money.alt) checks.push([money.alt.amount, money.alt.currency]);
        for (const [v, cur] of checks) if (!texts.some((t) => mentions(t, v, cur))) problems.push(`${d.id} ${term}: ${v} ${cur} not found`);
        if (money.amount !== undefined && !texts.some((t) => mentionsQualified(t, money.amount!, money.currency, money.qualifier)))
          problems.push(`${d.id} ${term}: ${money.amount} is not written as "${money.qualifier}"`);
        if (money.alt && !texts.some((t) => mentionsQualified(t, money.alt!.amount, money.alt!.currency, money.alt!.qualifier)))
          problems.push(`${d.id} ${term}: alt ${money.alt.amount} is not written as "${money.alt.qualifier}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
