import type { Dataset } from '../dataset.ts';
import type { Briefing } from '../../schema/briefing.ts';
import type { Citation } from '../../schema/primitives.ts';
import type { Deal } from '../../schema/deal.ts';
import { findPoints } from '../metrics.ts';
import { historyProblems } from '../deal-history.ts';
import { TERM_KEYS } from '../../schema/deal-terms.ts';
import type { DealTermKey } from '../../schema/vocab.ts';
import { formatCurrencyShort, formatUsdShort } from '../format.ts';
import type { Currency } from '../../schema/vocab.ts';
import type { MdxRef } from '../mdx-refs.ts';
import { validValues, type Problem } from './problem.ts';

export interface BriefingFile {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  data: Briefing;
  body: string;
  /** Line of the body's first line in the file, to report MDX lines as file lines. */
  bodyLine: number;
  /** The components the body places (none if MDX cannot read it: that is a problem of its own). */
  refs: MdxRef[];
}

/** Where each kind of record lives, for messages. */
export const FILES = {
  sources: 'data/sources.json',
  companies: 'data/companies.json',
  deals: 'data/deals.json',
  topics: 'data/topics.json',
  metric: (id: string) => `data/metrics/${id}.json`,
};

export type RecordKind = 'sources' | 'companies' | 'deals' | 'topics' | 'metrics';

/**
 * What the reader could not turn into valid records, so that one mistake is reported once: ids of records
 * that exist but failed their schema still count as known, and references into a file that could not be
 * read at all (malformed JSON, missing) are not checked.
 */
export interface Unvalidated {
  invalidIds?: Partial<Record<RecordKind, string[]>>;
  unreadable?: RecordKind[];
}

/**
 * Cross-reference checks over already schema-valid records. Pure: takes data, returns every problem found.
 * chartIds come from the chart registry (passed in so this module does not load vega).
 */
export function checkDataset(ds: Dataset, briefings: BriefingFile[], chartIds: readonly string[], unvalidated: Unvalidated = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, record: string, field: string, message: string) => problems.push({ file, record, field, message });

  const dupes = (file: (id: string) => string, ids: string[]) => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first !== undefined) add(file(id), id, 'id', `duplicate id "${id}" (records #${first} and #${i}): ids must be unique`);
      else seen.set(id, i);
    });
  };
  dupes(() => FILES.sources, ds.sources.map((s) => s.id));
  dupes(() => FILES.companies, ds.companies.map((c) => c.id));
  dupes(() => FILES.deals, ds.deals.map((d) => d.id));
  dupes(() => FILES.topics, ds.topics.map((t) => t.id));
  dupes(FILES.metric, ds.metrics.map((m) => m.id));

  const unreadable = new Set(unvalidated.unreadable ?? []);
  const invalid = (kind: RecordKind) => unvalidated.invalidIds?.[kind] ?? [];
  if (ds.sources.length === 0 && !unreadable.has('sources') && !invalid('sources').length)
    add(FILES.sources, '', '', 'no sources: the dataset is empty (expected at least one source document)');
  if (ds.deals.length === 0 && !unreadable.has('deals') && !invalid('deals').length)
    add(FILES.deals, '', '', 'no deals: the dataset is empty (expected at least one deal)');

  /** Valid ids (listed in messages) plus ids the reader saw on invalid records or could not read. */
  const known = (kind: RecordKind, valid: string[]) => {
    const ids = new Set(valid);
    const also = new Set(invalid(kind));
    const all = unreadable.has(kind);
    return Object.assign(ids, { knows: (id: string) => all || ids.has(id) || also.has(id) });
  };
  const sourceIds = known('sources', ds.sources.map((s) => s.id));
  const companyIds = known('companies', ds.companies.map((c) => c.id));
  const dealIds = known('deals', ds.deals.map((d) => d.id));
  const topicIds = known('topics', ds.topics.map((t) => t.id));
  const metricIds = known('metrics', ds.metrics.map((m) => m.id));
  const chartSet = new Set(chartIds);

  const cites = (file: string, record: string, field: string, list: Citation[]) =>
    list.forEach((c, i) => {
      if (!sourceIds.knows(c.source))
        add(file, record, `${field}.${i}.source`, `unknown source "${c.source}"; ${validValues([...sourceIds])}`);
    });

  for (const c of ds.companies) {
    if (c.parent && !companyIds.knows(c.parent)) add(FILES.companies, c.id, 'parent', `unknown company "${c.parent}"; ${validValues([...companyIds])}`);
    if (c.parent === c.id) add(FILES.companies, c.id, 'parent', 'a company cannot be its own parent');
    cites(FILES.companies, c.id, 'sources', c.sources);
    // Names in Korean or Chinese script come from general knowledge: the page must say so.
    if (c.localNames && !c.notInSources?.includes('localNames'))
      add(FILES.companies, c.id, 'notInSources', 'names in "localNames" are not in the cited sources: add "localNames" to notInSources, so the page marks them');
  }
  for (const loop of parentLoops(ds.companies)) add(FILES.companies, loop[0]!, 'parent', `the parent chain loops: ${[...loop, loop[0]].join(' → ')}`);
  for (const d of ds.deals) {
    for (const role of ['licensor', 'licensee'] as const)
      if (!companyIds.knows(d[role])) add(FILES.deals, d.id, role, `unknown company "${d[role]}"; ${validValues([...companyIds])}`);
    if (d.licensor === d.licensee) add(FILES.deals, d.id, 'licensee', 'licensor and licensee are the same company');
    const over = upfrontOverTotal(d);
    if (over) add(FILES.deals, d.id, 'terms.upfront.amount', over);
    cites(FILES.deals, d.id, 'sources', d.sources);
    d.events.forEach((e, i) => cites(FILES.deals, d.id, `events.${i}.sources`, e.sources));
    for (const p of historyProblems(d)) add(FILES.deals, d.id, p.field, p.message);
  }
  for (const m of ds.metrics) {
    m.points.forEach((p, i) => cites(FILES.metric(m.id), m.id, `points.${i}.sources`, p.sources));
  }
  for (const t of ds.topics) {
    t.charts.forEach((c, i) => {
      if (!chartSet.has(c)) add(FILES.topics, t.id, `charts.${i}`, `unknown chart "${c}"; ${validValues(chartIds, 30)}`);
    });
    (t.deals.ids ?? []).forEach((d, i) => {
      if (!dealIds.knows(d)) add(FILES.topics, t.id, `deals.ids.${i}`, `unknown deal "${d}"; ${validValues([...dealIds])}`);
    });
    t.metrics.forEach((s, i) => {
      if (!metricIds.knows(s)) add(FILES.topics, t.id, `metrics.${i}`, `unknown metric series "${s}"; ${validValues([...metricIds])}`);
    });
  }

  for (const b of briefings) {
    const rec = b.slug;
    b.data.topics.forEach((t, i) => {
      if (!topicIds.knows(t)) add(b.file, rec, `topics.${i}`, `unknown topic "${t}"; ${validValues([...topicIds])}`);
    });
    b.data.sources.forEach((s, i) => {
      if (!sourceIds.knows(s)) add(b.file, rec, `sources.${i}`, `unknown source "${s}"; ${validValues([...sourceIds])}`);
    });
    b.data.deals.forEach((d, i) => {
      if (!dealIds.knows(d)) add(b.file, rec, `deals.${i}`, `unknown deal "${d}"; ${validValues([...dealIds])}`);
    });
    for (const ref of b.refs) {
      const field = `body line ${b.bodyLine + ref.line - 1} <${ref.tag}>`;
      if (ref.tag === 'Chart') {
        const id = ref.attrs.id ?? '';
        if (!chartSet.has(id)) add(b.file, rec, field, `unknown chart id "${id}"; ${validValues(chartIds, 30)}`);
      } else if (ref.tag === 'DealTerm') {
        const deal = ds.deals.find((d) => d.id === ref.attrs.deal);
        const term = ref.attrs.term ?? '';
        if (!deal && dealIds.knows(ref.attrs.deal ?? '')) continue;
        if (!deal) add(b.file, rec, field, `unknown deal "${ref.attrs.deal ?? ''}"; ${validValues([...dealIds])}`);
        else if (!(TERM_KEYS as string[]).includes(term)) add(b.file, rec, field, `term must be ${TERM_KEYS.join(', ')}, got "${term}"`);
        else if (deal.terms[term as DealTermKey].disclosure === 'not-stated') add(b.file, rec, field, `the sources state no ${term} for deal "${deal.id}" (data/deals.json)`);
        // The frontmatter's deals make the briefing's deals table and the deal page's "In briefings" list.
        if (deal && !b.data.deals.includes(deal.id))
          add(b.file, rec, field, `deal "${deal.id}" is quoted here but not in the frontmatter's deals: add it, so this briefing's deals table and the deal's page list each other`);
      } else {
        const series = ds.metrics.find((m) => m.id === ref.attrs.series);
        if (!series && metricIds.knows(ref.attrs.series ?? '')) continue;
        if (!series) {
          add(b.file, rec, field, `unknown metric series "${ref.attrs.series ?? ''}"; ${validValues([...metricIds])}`);
          continue;
        }
        const found = findPoints(series, ref.attrs);
        if (found.length !== 1) {
          const options = series.points.map((p) => [`period="${p.period}"`, p.category && `category="${p.category}"`, p.by && `by="${p.by}"`].filter(Boolean).join(' '));
          add(b.file, rec, field, `${found.length === 0 ? 'matches no point' : `matches ${found.length} points`} of series "${series.id}"; points: ${options.join(' | ')}`);
        }
      }
    }
  }
  return problems;
}

/** Each loop of parent links among companies (longer than one: a self-parent is reported on its own), once, from its smallest id. */
export function parentLoops(companies: { id: string; parent?: string }[]): string[][] {
  const parentOf = new Map(companies.map((c) => [c.id, c.parent]));
  const loops = new Map<string, string[]>();
  for (const c of companies) {
    const chain: string[] = [];
    for (let id: string | undefined = c.id; id !== undefined && !chain.includes(id); id = parentOf.get(id)) chain.push(id);
    const last = chain[chain.length - 1]!;
    const back = parentOf.get(last);
    if (back === undefined || !chain.includes(back) || back === last) continue;
    const loop = chain.slice(chain.indexOf(back));
    const start = loop.indexOf([...loop].sort()[0]!);
    const ordered = [...loop.slice(start), ...loop.slice(0, start)];
    loops.set(ordered.join('>'), ordered);
  }
  return [...loops.values()];
}

/**
 * The upfront is part of the headline total, so an upfront above the total is a typo (a digit too many,
 * the two swapped) unless the total is only a floor ("more than", "at least") or a range.
 */
export function upfrontOverTotal(d: Pick<Deal, 'terms'>): string | undefined {
  const { upfront, total } = d.terms;
  if (upfront.disclosure !== 'given' || total.disclosure !== 'given') return undefined;
  if (['more-than', 'at-least', 'range'].includes(total.qualifier)) return undefined;
  const same = upfront.currency === total.currency;
  const [u, t] = same ? [upfront.amount, total.amount] : [upfront.usd, total.usd];
  if (u === undefined || t === undefined || u <= t) return undefined;
  const money = (m: { amount: number; currency: Currency; usd?: number }) => (same ? formatCurrencyShort(m.amount, m.currency) : formatUsdShort(m.usd!));
  return `the upfront (${money(upfront)}) is larger than the total (${money(total)}), which includes it`;
}
