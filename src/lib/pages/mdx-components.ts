// What the components a briefing places show (Num.astro, DealTerm.astro): figures formatted from data
// with a link to where they come from, so prose and data cannot drift apart. Validation has already
// checked every reference (check-dataset.ts); one that is wrong anyway stops the build here.
import { formatTerm, formatValue } from '../format.ts';
import type { DealTermKey } from '../../schema/vocab.ts';
import type { Dataset } from '../dataset.ts';
import { findPoints } from '../metrics.ts';
import { dealById } from '../queries.ts';
import { href } from '../routes.ts';

export interface NumProps { series: string; period: string; category?: string; by?: string }

/** <Num>: one metric figure with its qualifier, linked to its source at its locator. */
export function numFigure(ds: Dataset, { series, period, category, by }: NumProps) {
  const s = ds.metrics.find((m) => m.id === series);
  if (!s) throw new Error(`<Num series="${series}">: unknown metric series (npm run validate lists the valid ones)`);
  const found = findPoints(s, { period, category, by });
  if (found.length !== 1) throw new Error(`<Num series="${series}" period="${period}">: matches ${found.length} points, expected exactly one`);
  const p = found[0]!;
  const cite = p.sources[0]!;
  const source = ds.sources.find((x) => x.id === cite.source);
  return {
    text: formatValue(p.value, s.unit, p.qualifier, p.upper),
    href: href.sourceSection(cite.source),
    locator: cite.locator,
    title: `${s.title}, ${p.periodLabel}${p.category ? `, ${p.category}` : ''}${p.by ? ` (${p.by})` : ''}: ${source?.title ?? cite.source}, ${cite.locator}`,
  };
}

export interface DealTermProps { deal: string; term: DealTermKey }

/** <DealTerm>: a deal's upfront, milestones or headline value, linked to the deal's page. */
export function dealTermFigure(ds: Dataset, { deal, term }: DealTermProps) {
  const d = dealById(ds, deal);
  if (!d) throw new Error(`<DealTerm deal="${deal}">: unknown deal`);
  const t = d.terms[term];
  if (!t || t.disclosure === 'not-stated') throw new Error(`<DealTerm deal="${deal}" term="${term}">: the sources state no ${term} for this deal`);
  return { text: formatTerm(t), href: href.deal(d.id), asset: d.asset.name };
}
