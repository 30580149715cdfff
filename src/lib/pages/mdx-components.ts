// What the components a briefing places show (Num.astro, DealTerm.astro): figures formatted from data
// with a link to where they come from, so prose and data cannot drift apart. Validation has already
// checked every reference (check-dataset.ts); one that is wrong anyway stops the build here.
// A briefing in a published edition quotes the edition's snapshot (asOf): where today's data differs,
// the figure keeps its old value and carries a "revised since" note instead of silently changing.
import { formatValueIn } from '../i18n/format-number.ts';
import { formatTermIn } from '../i18n/format-money.ts';
import { formatFlexibleDateIn } from '../i18n/format-date.ts';
import { hrefIn } from '../i18n/routing.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DealTermKey } from '../../schema/vocab.ts';
import type { Term } from '../../schema/deal-terms.ts';
import type { Dataset } from '../dataset.ts';
import type { AsOf } from '../editions.ts';
import { findPoints } from '../metrics.ts';
import { dealById } from '../queries.ts';
import type { Citation } from '../../schema/primitives.ts';
import type { MetricPoint } from '../../schema/metric.ts';
import { newCitations, sameValue, termsOf } from '../what-changed.ts';

type State = Pick<Dataset, 'sources' | 'metrics' | 'deals'>;

/** A figure that changed after the edition the briefing quotes: what it is now, and on whose word. */
export interface RevisedNote {
  /** "Q1 2025": the edition whose value the text keeps. */
  edition: string;
  now: string;
  /** The date of the newest source cited for the revision, as precise as that source gives it ("June 2025"). */
  dated?: string;
  source: { title: string; locator: string; href: string };
}

function revisedNote(asOf: AsOf, today: State, now: string, cites: Citation[], locale: Locale): RevisedNote {
  const cited = cites.map((c) => ({ c, s: today.sources.find((x) => x.id === c.source) }));
  const newest = [...cited].sort((a, b) => ((a.s?.date ?? '') < (b.s?.date ?? '') ? 1 : -1))[0]!;
  return {
    edition: asOf.edition.label,
    now,
    ...(newest.s?.date ? { dated: formatFlexibleDateIn(newest.s.date, locale) } : {}),
    source: { title: newest.s?.title ?? newest.c.source, locator: newest.c.locator, href: hrefIn(locale).sourceSection(newest.c.source) },
  };
}

const revisedPoint = (a: MetricPoint, b: MetricPoint) => a.value !== b.value || a.upper !== b.upper || a.qualifier !== b.qualifier;

export interface NumProps { series: string; period: string; category?: string; by?: string }

function onePoint(ds: State, { series, period, category, by }: NumProps) {
  const s = ds.metrics.find((m) => m.id === series);
  if (!s) return undefined;
  const found = findPoints(s, { period, category, by });
  if (found.length !== 1) throw new Error(`<Num series="${series}" period="${period}">: matches ${found.length} points, expected exactly one`);
  return { s, p: found[0]! };
}

/**
 * <Num>: one metric figure with its qualifier, linked to its source at its locator; as of asOf when given;
 * written as the page's language writes figures ("최대 56억 달러").
 */
export function numFigure(ds: Dataset, props: NumProps, asOf?: AsOf, locale: Locale = 'en') {
  const today = onePoint(ds, props);
  if (!today) throw new Error(`<Num series="${props.series}">: unknown metric series (npm run validate lists the valid ones)`);
  // A point the snapshot lacks (a reconstructed one may) is quoted as it is today.
  const { s, p } = (asOf && onePoint(asOf.state, props)) || today;
  const quoted = asOf && p !== today.p ? asOf.state : ds;
  const cite = p.sources[0]!;
  const source = quoted.sources.find((x) => x.id === cite.source);
  const text = formatValueIn(p.value, s.unit, p.qualifier, locale, p.upper);
  const now = formatValueIn(today.p.value, today.s.unit, today.p.qualifier, locale, today.p.upper);
  return {
    text,
    href: hrefIn(locale).sourceSection(cite.source),
    locator: cite.locator,
    title: `${s.title}, ${p.periodLabel}${p.category ? `, ${p.category}` : ''}${p.by ? ` (${p.by})` : ''}: ${source?.title ?? cite.source}, ${cite.locator}`,
    revised: asOf && revisedPoint(p, today.p) ? revisedNote(asOf, ds, now, newCitations(p.sources, today.p.sources), locale) : undefined,
  };
}

export interface DealTermProps { deal: string; term: DealTermKey }

/** <DealTerm>: a deal's upfront, milestones or headline value, linked to the deal's page; as of asOf when given. */
export function dealTermFigure(ds: Dataset, { deal, term }: DealTermProps, asOf?: AsOf, locale: Locale = 'en') {
  const d = dealById(ds, deal);
  if (!d) throw new Error(`<DealTerm deal="${deal}">: unknown deal`);
  const t = d.terms[term];
  if (!t || t.disclosure === 'not-stated') throw new Error(`<DealTerm deal="${deal}" term="${term}">: the sources state no ${term} for this deal`);
  const then = asOf?.state.deals.find((x) => x.id === deal);
  // The edition's term, where the edition stated one (a briefing cannot have quoted a term its edition lacked).
  const was = then?.terms[term]?.disclosure === 'given' || then?.terms[term]?.disclosure === 'undisclosed' ? then.terms[term] : undefined;
  const changed = was !== undefined && !sameValue(termsOf(then!)[term], termsOf(d)[term]);
  const shown: Term = was ?? t;
  return {
    text: formatTermIn(shown, locale),
    href: hrefIn(locale).deal(d.id),
    asset: d.asset.name,
    revised: asOf && changed ? revisedNote(asOf, ds, formatTermIn(t, locale), newCitations(then!.sources, d.sources), locale) : undefined,
  };
}
