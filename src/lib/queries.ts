import type { Dataset } from './dataset.ts';
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import type { Citation } from '../schema/primitives.ts';
import { termUsd } from './format.ts';
import type { DealQuery } from '../schema/topic.ts';
import { dateSortKey } from './dates.ts';

// Lookup indexes, built once per companies/deals array (pages call these per row: a linear find per call made
// the 10,000-deal site quadratic). Keyed by the array itself, and rebuilt if its length changed.
interface Indexed<T> { length: number; value: T }
const companyIndex = new WeakMap<Company[], Indexed<Map<string, Company>>>();
const dealByIdIndex = new WeakMap<Deal[], Indexed<Map<string, Deal>>>();
const dealIndex = new WeakMap<Deal[], Indexed<{ byLicensor: Map<string, Deal[]>; byLicensee: Map<string, Deal[]> }>>();
const unitIndex = new WeakMap<Company[], Indexed<Map<string, string[]>>>();

function cached<K extends unknown[], T>(cache: WeakMap<K, Indexed<T>>, key: K, build: () => T): T {
  const hit = cache.get(key);
  if (hit && hit.length === key.length) return hit.value;
  const value = build();
  cache.set(key, { length: key.length, value });
  return value;
}

export function companyById(ds: Dataset, id: string): Company | undefined {
  return cached(companyIndex, ds.companies, () => {
    const m = new Map<string, Company>();
    for (const c of ds.companies) if (!m.has(c.id)) m.set(c.id, c); // first wins, as find() did
    return m;
  }).get(id);
}

export function dealById(ds: Dataset, id: string): Deal | undefined {
  return cached(dealByIdIndex, ds.deals, () => {
    const m = new Map<string, Deal>();
    for (const d of ds.deals) if (!m.has(d.id)) m.set(d.id, d);
    return m;
  }).get(id);
}

/** Companies whose parent is this one (AstraZeneca → MedImmune), in dataset order. */
export function unitsOf(ds: Dataset, companyId: string): Company[] {
  const ids = unitIds(ds).get(companyId) ?? [];
  return ids.map((id) => companyById(ds, id)!);
}

function unitIds(ds: Dataset): Map<string, string[]> {
  return cached(unitIndex, ds.companies, () => {
    const m = new Map<string, string[]>();
    for (const c of ds.companies) if (c.parent) (m.get(c.parent) ?? m.set(c.parent, []).get(c.parent)!).push(c.id);
    return m;
  });
}

/** Headline USD value used for ranking: the total where known in USD, else the upfront. */
export function headlineUsd(deal: Deal): number | undefined {
  return termUsd(deal.terms.total) ?? termUsd(deal.terms.upfront);
}

/** Deals with a headline USD value, largest first, ties by id: the one ranking of "top deals" (topic lists, chart). */
export function rankByHeadlineUsd(deals: Deal[]): Deal[] {
  // Values worked out once per deal, not twice per comparison (10,000 deals: such a sort took about 30 ms).
  return deals
    .map((d) => ({ d, usd: headlineUsd(d) }))
    .filter((x): x is { d: Deal; usd: number } => x.usd !== undefined)
    .sort((a, b) => b.usd - a.usd || (a.d.id < b.d.id ? -1 : 1))
    .map((x) => x.d);
}

/** Newest first; undated deals last; ties by id for a stable order. */
export function sortDealsByDate(deals: Deal[]): Deal[] {
  return [...deals].sort((a, b) => {
    const ka = dateSortKey(a.announced);
    const kb = dateSortKey(b.announced);
    return ka === kb ? (a.id < b.id ? -1 : 1) : ka < kb ? 1 : -1;
  });
}

/** Deals a topic lists: explicit ids, or all deals matching every given filter. */
export function dealsForQuery(ds: Dataset, q: DealQuery): Deal[] {
  let deals = ds.deals;
  if (q.ids) deals = deals.filter((d) => q.ids!.includes(d.id));
  if (q.licensorCountry) deals = deals.filter((d) => q.licensorCountry!.includes(companyById(ds, d.licensor)?.country ?? ''));
  if (q.modality) deals = deals.filter((d) => q.modality!.includes(d.asset.modality));
  if (q.disclosedValue) return rankByHeadlineUsd(deals);
  return sortDealsByDate(deals);
}

export function dealsOfCompany(ds: Dataset, companyId: string): { asLicensor: Deal[]; asLicensee: Deal[] } {
  // A parent's page also lists deals signed by its units (AstraZeneca ← MedImmune).
  const children = unitIds(ds);
  const { byLicensor, byLicensee } = cached(dealIndex, ds.deals, () => {
    const byLicensor = new Map<string, Deal[]>();
    const byLicensee = new Map<string, Deal[]>();
    for (const d of ds.deals) {
      (byLicensor.get(d.licensor) ?? byLicensor.set(d.licensor, []).get(d.licensor)!).push(d);
      (byLicensee.get(d.licensee) ?? byLicensee.set(d.licensee, []).get(d.licensee)!).push(d);
    }
    return { byLicensor, byLicensee };
  });
  const units = [...new Set([companyId, ...(children.get(companyId) ?? [])])];
  // sortDealsByDate is a total order (ties broken by id), so gathering per unit gives the same result as one filter.
  const gather = (m: Map<string, Deal[]>) => sortDealsByDate(units.flatMap((u) => m.get(u) ?? []));
  return { asLicensor: gather(byLicensor), asLicensee: gather(byLicensee) };
}

/** Everything that cites a source: deals, companies and metric points, with the locator used. */
export interface Citing {
  kind: 'deal' | 'company' | 'metric';
  id: string;
  label: string;
  detail: string;
  locator: string;
  via?: string;
}

export function citingsOfSource(ds: Dataset, sourceId: string, describePoint: (seriesId: string, i: number) => string): Citing[] {
  const out: Citing[] = [];
  const scan = (list: Citation[], make: (c: Citation) => Citing) => list.filter((c) => c.source === sourceId).forEach((c) => out.push(make(c)));
  for (const d of ds.deals) {
    if (!d.sources.some((c) => c.source === sourceId)) continue; // the names below are only needed for citing deals
    const a = companyById(ds, d.licensor)?.name ?? d.licensor;
    const b = companyById(ds, d.licensee)?.name ?? d.licensee;
    scan(d.sources, (c) => ({ kind: 'deal', id: d.id, label: `${a} → ${b}`, detail: d.asset.name, locator: c.locator, via: c.via }));
  }
  for (const m of ds.metrics)
    m.points.forEach((p, i) =>
      scan(p.sources, (c) => ({ kind: 'metric', id: m.id, label: m.title, detail: describePoint(m.id, i), locator: c.locator, via: c.via ?? p.by })),
    );
  for (const co of ds.companies) scan(co.sources, (c) => ({ kind: 'company', id: co.id, label: co.name, detail: 'company profile', locator: c.locator, via: c.via }));
  return out;
}

/** Topics whose charts include a chart id. */
export function topicsOfChart(ds: Dataset, chartId: string) {
  return ds.topics.filter((t) => t.charts.includes(chartId));
}
