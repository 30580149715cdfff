// Deal fields fixtures share: every money term stated explicitly, and the announcement event.
import type { Term, Terms } from '../../src/schema/deal-terms.ts';
import type { DealEvent } from '../../src/schema/deal-event.ts';
import type { Citation, Money } from '../../src/schema/primitives.ts';

type TermInput = Money | Term;

/** All five terms: amounts given as Money become "given", the rest "not-stated". */
export function terms(given: Partial<Record<keyof Terms, TermInput>> = {}): Terms {
  const one = (t: TermInput | undefined): Term => (!t ? { disclosure: 'not-stated' } : 'disclosure' in t ? t : { disclosure: 'given', ...t });
  return { upfront: one(given.upfront), equity: one(given.equity), nearTerm: one(given.nearTerm), milestones: one(given.milestones), total: one(given.total) };
}

/** A deal's history with its announcement only (dated by the deal's `announced`). */
export function announcedOnly(sources: Citation[]): DealEvent[] {
  return [{ kind: 'announced', sources }];
}
