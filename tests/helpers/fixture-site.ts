// Writes a tiny, valid Deal Atlas site (data/ + content/briefings/) into a temp dir, from a small base
// object that a test may mutate first. `raw` overrides let a test write exact bytes (malformed JSON,
// broken frontmatter) to any path.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { announcedOnly, terms } from './deal-fixture.ts';

/** A real chart id (the CLI validates against the real registry). */
export const FIXTURE_CHART = 'korea-licensing-exports';
/** Chart ids for pure checks that do not need the registry. */
export const FIXTURE_CHART_IDS = [FIXTURE_CHART, 'other-chart'] as const;

// Records are plain JSON (any), so tests can break them in every way the schemas must catch.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface SiteFiles {
  sources: any[];
  companies: any[];
  deals: any[];
  topics: any[];
  /** File name (without .json) → series. */
  metrics: Record<string, any>;
  /** File name (without .mdx) → frontmatter (serialised as JSON-in-YAML) and body; or a string for the whole file. */
  briefings: Record<string, { frontmatter: Record<string, unknown>; body: string } | string>;
  /** Relative path → exact file text; written last, so it replaces a generated file. */
  raw: Record<string, string>;
  /** Relative paths not to write at all. */
  omit: string[];
}

const cite = (locator = '¶1') => [{ source: 'src-a', locator }];

/** A fresh copy of the valid base site. */
export function baseSite(): SiteFiles {
  return {
    sources: [
      {
        id: 'src-a',
        title: 'A news report',
        kind: 'news',
        date: '2025-03',
        covers: 'Two deals and one series.',
        url: 'https://example.com/a',
        seed: '000_0123456789abcdef.txt',
      },
    ],
    companies: [
      { id: 'acme-bio', name: 'Acme Bio', country: 'KR', kind: 'biotech', sources: cite() },
      { id: 'bigpharma', name: 'BigPharma', country: 'US', kind: 'pharma', sources: cite() },
      // Its country comes from general knowledge: the page marks it.
      { id: 'bigpharma-rd', name: 'BigPharma R&D', country: 'US', kind: 'pharma-rd-unit', parent: 'bigpharma', sources: cite(), notInSources: ['country'] },
    ],
    deals: [
      {
        id: 'acme-bigpharma-2025',
        announced: { value: '2025-03-17', precision: 'day' },
        licensor: 'acme-bio',
        licensee: 'bigpharma',
        asset: { name: 'AB-101', modality: 'adc', therapeuticArea: 'oncology' },
        stage: 'phase-1',
        type: 'license',
        territory: 'worldwide',
        terms: terms({
          upfront: { amount: 50000000, currency: 'USD', qualifier: 'exact', usd: 50000000 },
          total: { amount: 1000000000, currency: 'USD', qualifier: 'up-to' },
        }),
        royalties: 'yes',
        events: announcedOnly(cite('¶2')),
        sources: cite('¶2'),
      },
      {
        id: 'acme-bigpharma-rd-2024',
        announced: { value: '2024-11', precision: 'month' },
        licensor: 'acme-bio',
        licensee: 'bigpharma-rd',
        asset: { name: 'AB-202', modality: 'small-molecule', therapeuticArea: 'immunology' },
        stage: 'preclinical',
        type: 'license',
        territory: 'worldwide',
        terms: terms({ total: { amount: 200000000000, currency: 'KRW', qualifier: 'about', usd: 150000000, usdBasis: 'stated' } }),
        royalties: 'not-stated',
        events: announcedOnly(cite('¶3')),
        sources: cite('¶3'),
        notInSources: ['type'],
      },
    ],
    topics: [
      {
        id: 'licensing',
        title: 'Licensing',
        summary: 'Licensing deals.',
        intro: 'Some intro.',
        charts: [FIXTURE_CHART],
        deals: { ids: ['acme-bigpharma-2025'] },
        metrics: ['x'],
        order: 1,
      },
    ],
    metrics: {
      x: {
        id: 'x',
        title: 'Series X',
        description: 'A test series.',
        unit: 'USD',
        region: 'korea',
        points: [
          { period: '2024', periodLabel: '2024', value: 5500000000, qualifier: 'exact', sources: cite('¶4') },
          { period: '2025', periodLabel: '2025', category: 'adc', value: 10, qualifier: 'about', sources: cite('¶5') },
          { period: '2025', periodLabel: '2025', category: 'adc', by: 'ARC', value: 12, qualifier: 'about', sources: cite('¶5') },
        ],
      },
    },
    briefings: {
      a: {
        frontmatter: {
          title: 'A briefing',
          summary: 'What happened.',
          date: '2025-03-28',
          period: '2025-Q1',
          periodLabel: 'Q1 2025',
          region: 'korea',
          topics: ['licensing'],
          sources: ['src-a'],
          deals: ['acme-bigpharma-2025'],
        },
        body: [
          '',
          'Acme licensed AB-101 for <DealTerm deal="acme-bigpharma-2025" term="upfront" /> upfront.',
          '',
          'Exports were <Num series="x" period="2024" /> in 2024.',
          '',
          `<Chart id="${FIXTURE_CHART}" />`,
          '',
        ].join('\n'),
      },
    },
    raw: {},
    omit: [],
  };
}

/** Frontmatter as YAML: one `key: <JSON>` line per key (JSON values are valid YAML flow values). */
export function briefingText(b: { frontmatter: Record<string, unknown>; body: string }): string {
  const fm = Object.entries(b.frontmatter).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return ['---', ...fm, '---', b.body].join('\n');
}

const created: string[] = [];

/** Write the (mutated) base site into a new temp dir and return its path. */
export async function makeSite(mutate?: (site: SiteFiles) => void): Promise<string> {
  const site = baseSite();
  mutate?.(site);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-site-'));
  created.push(dir);
  const files: Record<string, string> = {
    'data/sources.json': JSON.stringify(site.sources, null, 2),
    'data/companies.json': JSON.stringify(site.companies, null, 2),
    'data/deals.json': JSON.stringify(site.deals, null, 2),
    'data/topics.json': JSON.stringify(site.topics, null, 2),
  };
  for (const [name, series] of Object.entries(site.metrics)) files[`data/metrics/${name}.json`] = JSON.stringify(series, null, 2);
  for (const [name, b] of Object.entries(site.briefings)) files[`content/briefings/${name}.mdx`] = typeof b === 'string' ? b : briefingText(b);
  Object.assign(files, site.raw);
  for (const rel of site.omit) delete files[rel];
  await mkdir(path.join(dir, 'data/metrics'), { recursive: true });
  await mkdir(path.join(dir, 'content/briefings'), { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return dir;
}

/** Remove every dir made by makeSite in this test file (call from afterAll). */
export async function removeSites(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** Write the mutated base site and validate it: the problems readDataset reports. */
export async function problemsOf(mutate?: (site: SiteFiles) => void, chartIds: readonly string[] = FIXTURE_CHART_IDS) {
  const { readDataset } = await import('../../src/lib/validate/read-dataset.ts');
  return (await readDataset(await makeSite(mutate), chartIds)).problems;
}

/** Problems with the given file, record and field. */
export function at<P extends { file: string; record: string; field: string }>(problems: P[], file: string, record: string, field: string): P[] {
  return problems.filter((p) => p.file === file && p.record === record && p.field === field);
}

/** A checked-in fixture site with five mistakes in three files (see its README). */
const here = path.dirname(fileURLToPath(import.meta.url));
export const FIVE_MISTAKES = path.resolve(here, '../fixtures/sites/five-mistakes');

/** file › record › field of each of the five mistakes. */
export const FIVE_MISTAKES_EXPECTED: [string, string, string, RegExp][] = [
  ['data/deals.json', 'acme-bigpharma-2025', 'terms.total.currency', /expected a currency code: USD, KRW/],
  ['data/deals.json', 'acme-bigpharma-rd-2024', 'licensee', /unknown company "nobody"; expected one of: acme-bio/],
  ['data/metrics/x.json', 'x', 'points.0.value', /expected a number/],
  ['data/metrics/x.json', 'x', 'points.1.qualifier', /expected a qualifier: exact/],
  ['content/briefings/a.mdx', 'a', 'body line 19 <Chart>', /unknown chart id "nope"; expected one of: /],
];

