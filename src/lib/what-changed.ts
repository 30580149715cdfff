// What changed between two states of the data: an edition's snapshot and the next edition's state (its own
// snapshot, or today's data). Pure; the edition page shows it as "since the previous edition".
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import type { MetricSeries } from '../schema/metric.ts';
import type { Citation } from '../schema/primitives.ts';
import type { Dataset } from './dataset.ts';
import { dealStatus } from './deal-history.ts';

type State = Pick<Dataset, 'sources' | 'companies' | 'deals' | 'metrics'>;

/** A deal's status as the comparison sees it: derived from its dated events (src/lib/deal-history.ts). */
export function statusOf(deal: Deal): string {
  return dealStatus(deal);
}

/**
 * A deal's money terms as the comparison sees them, by name (upfront, equity, near-term, milestones, total),
 * each compared as a value with its disclosure state: "not stated" → "undisclosed" → an amount are changes.
 * A term's note is our wording, not the term: rewording it is no change to report.
 */
export function termsOf(deal: Deal): Record<string, unknown> {
  return Object.fromEntries(Object.entries(deal.terms).map(([name, { note: _, ...term }]) => [name, term]));
}

/** Two values as equal data: the same keys with the same values, in any key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    // Keys whose value is undefined are absent: { a: 1, b: undefined } equals { a: 1 }.
    const entries = Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** One side of a revised figure: the value as that state has it, its citations and the latest date of its sources. */
export interface FigureSide {
  value: number;
  upper?: number;
  qualifier: string;
  sources: Citation[];
  /** The latest date among the cited sources (YYYY, YYYY-MM or YYYY-MM-DD), when they give one. */
  dated?: string;
}

export interface WhatChanged {
  newDeals: Deal[];
  /** A term added, removed or changed; `sources` are the citations the newer record adds (or all of its own). */
  changedTerms: { deal: Deal; term: string; old?: unknown; new?: unknown; sources: Citation[] }[];
  statusChanges: { deal: Deal; old: string; new: string; sources: Citation[] }[];
  newCompanies: Company[];
  /** A metric point (same series, period, category and producer) whose value changed: superseded or corrected. */
  revisedFigures: { series: MetricSeries; period: string; periodLabel: string; category?: string; by?: string; old: FigureSide; new: FigureSide }[];
}

/** Citations of the newer record that the older one lacks: where the change comes from; all of them if it adds none. */
export function newCitations(before: Citation[], after: Citation[]): Citation[] {
  const added = after.filter((c) => !before.some((b) => sameValue(b, c)));
  return added.length ? added : after;
}

const pointKey = (p: { period: string; category?: string; by?: string }) => `${p.period}\u0000${p.category ?? ''}\u0000${p.by ?? ''}`;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What `after` has that `before` did not, or has differently. Lists are by record id, figures in series order. */
export function whatChanged(before: State, after: State): WhatChanged {
  const oldDeals = new Map(before.deals.map((d) => [d.id, d]));
  const oldCompanies = new Set(before.companies.map((c) => c.id));
  const changes: WhatChanged = { newDeals: [], changedTerms: [], statusChanges: [], newCompanies: [], revisedFigures: [] };

  for (const deal of [...after.deals].sort(byId)) {
    const old = oldDeals.get(deal.id);
    if (!old) {
      changes.newDeals.push(deal);
      continue;
    }
    const sources = newCitations(old.sources, deal.sources);
    const [was, is] = [termsOf(old), termsOf(deal)];
    for (const term of [...new Set([...Object.keys(was), ...Object.keys(is)])])
      if (!sameValue(was[term], is[term])) changes.changedTerms.push({ deal, term, old: was[term], new: is[term], sources });
    if (statusOf(old) !== statusOf(deal)) changes.statusChanges.push({ deal, old: statusOf(old), new: statusOf(deal), sources });
  }
  changes.newCompanies = after.companies.filter((c) => !oldCompanies.has(c.id)).sort(byId);

  const datedIn = (state: State) => (cites: Citation[]) =>
    cites.map((c) => state.sources.find((s) => s.id === c.source)?.date).filter((d): d is string => d !== undefined).sort().pop();
  const [datedBefore, datedAfter] = [datedIn(before), datedIn(after)];
  const oldSeries = new Map(before.metrics.map((m) => [m.id, m]));
  for (const series of [...after.metrics].sort(byId)) {
    const oldPoints = new Map((oldSeries.get(series.id)?.points ?? []).map((p) => [pointKey(p), p]));
    for (const p of series.points) {
      const o = oldPoints.get(pointKey(p));
      if (!o || (o.value === p.value && o.upper === p.upper && o.qualifier === p.qualifier)) continue;
      const side = (x: typeof p, dated: (c: Citation[]) => string | undefined): FigureSide => ({
        value: x.value,
        ...(x.upper !== undefined ? { upper: x.upper } : {}),
        qualifier: x.qualifier,
        sources: x.sources,
        ...(dated(x.sources) ? { dated: dated(x.sources) } : {}),
      });
      changes.revisedFigures.push({
        series,
        period: p.period,
        periodLabel: p.periodLabel,
        ...(p.category ? { category: p.category } : {}),
        ...(p.by ? { by: p.by } : {}),
        old: side(o, datedBefore),
        new: side(p, datedAfter),
      });
    }
  }
  return changes;
}

/** True when nothing changed. */
export function nothingChanged(c: WhatChanged): boolean {
  return !c.newDeals.length && !c.changedTerms.length && !c.statusChanges.length && !c.newCompanies.length && !c.revisedFigures.length;
}
