// A deal's money terms taken together: the guaranteed and contingent parts, and the share paid at signing.
// Pure. A bound stays a bound through every step: a sum with a lower bound in it is a lower bound, and a
// share over an "up to" total is "at least" that share. What cannot be stated honestly is undefined.
import type { Deal } from '../schema/deal.ts';
import type { Term, Terms } from '../schema/deal-terms.ts';
import type { DealTermKey } from '../schema/vocab.ts';
import { usdOf } from './format.ts';

/** How a derived figure relates to the truth: exactly it, about it, above it (a floor) or below it (a ceiling). */
export type FigureQualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'up-to' | 'nearly';

/** A derived figure in US dollars (or percent, for a share) with its qualifier. */
export interface Figure {
  value: number;
  qualifier: FigureQualifier;
}

type Side = 'exact' | 'about' | 'lower' | 'upper';
const SIDE: Record<FigureQualifier, Side> = { exact: 'exact', about: 'about', 'more-than': 'lower', 'at-least': 'lower', 'up-to': 'upper', nearly: 'upper' };

/** The qualifier for a result on `side`, strict ("more than", "nearly") only when every bounded input was. */
function qualifierOf(side: Side, inputs: FigureQualifier[]): FigureQualifier {
  const bounded = inputs.filter((q) => SIDE[q] === side);
  if (side === 'lower') return bounded.length > 0 && bounded.some((q) => q === 'more-than') ? 'more-than' : 'at-least';
  if (side === 'upper') return bounded.length > 0 && bounded.every((q) => q === 'nearly') ? 'nearly' : 'up-to';
  return side;
}

/** The one side a combination of sides lands on, or undefined when they pull apart (a floor plus a ceiling). */
function combine(sides: Side[]): Side | undefined {
  const set = new Set(sides.filter((s) => s !== 'exact'));
  if (set.size === 0) return 'exact';
  return set.size === 1 ? [...set][0] : undefined;
}

/**
 * A term as a figure in USD: a given amount with its qualifier; "undisclosed" is a payment of unknown size
 * (`exists`); not stated is nothing known. A given amount with no dollar figure cannot be summed (`noUsd`).
 */
export type TermFigure = { kind: 'figure'; figure: Figure } | { kind: 'exists' } | { kind: 'not-stated' } | { kind: 'no-usd' };

export function termFigure(term: Term): TermFigure {
  if (term.disclosure === 'not-stated') return { kind: 'not-stated' };
  if (term.disclosure === 'undisclosed') return { kind: 'exists' };
  const usd = usdOf(term);
  if (usd === undefined) return { kind: 'no-usd' };
  // A money range is refused by the schema; "range" cannot reach here.
  return { kind: 'figure', figure: { value: usd, qualifier: term.qualifier as FigureQualifier } };
}

/**
 * The sum of terms. Not-stated terms are left out (the caller lists them); a payment that exists without an
 * amount makes the sum a floor ("at least"); a floor plus a ceiling, or anything "about" plus a bound,
 * cannot be stated: undefined. undefined too when no term has an amount or one lacks a dollar figure.
 */
export function sumTerms(terms: Term[]): Figure | undefined {
  const figures: Figure[] = [];
  let exists = false;
  for (const t of terms.map(termFigure)) {
    if (t.kind === 'no-usd') return undefined;
    if (t.kind === 'exists') exists = true;
    if (t.kind === 'figure') figures.push(t.figure);
  }
  if (figures.length === 0) return undefined;
  const quals = figures.map((f) => f.qualifier);
  const sides = quals.map((q) => SIDE[q]);
  if (exists) sides.push('lower');
  const side = combine(sides);
  if (!side) return undefined;
  const value = figures.reduce((s, f) => s + f.value, 0);
  return { value, qualifier: qualifierOf(side, quals) };
}

/** The side of a share part/whole: a floor over a ceiling is a floor, a ceiling over a floor a ceiling. */
const SHARE_SIDE: Record<Side, Partial<Record<Side, Side>>> = {
  exact: { exact: 'exact', upper: 'lower', lower: 'upper', about: 'about' },
  lower: { exact: 'lower', upper: 'lower' },
  upper: { exact: 'upper', lower: 'upper' },
  about: { exact: 'about', about: 'about' },
};

/**
 * part ÷ whole in percent, with the qualifier that keeps it true: a floor over an exact total is "at least",
 * an exact part over an "up to" total is "at least" (the total may be smaller), a part over a floor is "up
 * to". A floor over a floor cannot be stated: undefined. Rounded to one decimal towards the safe side.
 */
export function shareOf(part: Figure, whole: Figure): Figure | undefined {
  if (whole.value <= 0) return undefined;
  const side = SHARE_SIDE[SIDE[part.qualifier]][SIDE[whole.qualifier]];
  if (!side) return undefined;
  const raw = (part.value / whole.value) * 100;
  const value = side === 'lower' ? Math.floor(raw * 10) / 10 : side === 'upper' ? Math.ceil(raw * 10) / 10 : Math.round(raw * 10) / 10;
  // Strict when the part is strictly above ("more than") or the whole strictly below ("nearly") its figure.
  const strictLower = part.qualifier === 'more-than' || whole.qualifier === 'nearly';
  const qualifier: FigureQualifier = side === 'lower' ? (strictLower ? 'more-than' : 'at-least') : side === 'upper' ? 'up-to' : side;
  return { value, qualifier };
}

/** Terms paid at signing; guaranteed (at signing or soon after); contingent. */
export const AT_SIGNING: DealTermKey[] = ['upfront', 'equity'];
export const GUARANTEED: DealTermKey[] = ['upfront', 'equity', 'nearTerm'];
export const CONTINGENT: DealTermKey[] = ['milestones'];

export interface TermsBreakdown {
  /** Sum of upfront, equity and near-term payments, where it can be stated. */
  guaranteed?: Figure;
  /** Sum of upfront and equity: what is paid at signing. */
  atSigning?: Figure;
  /** The share of the headline value paid at signing, in percent. */
  shareAtSigning?: Figure;
  /** Guaranteed terms no source mentions: left out of the sums, and said so. */
  notStated: DealTermKey[];
}

/** What the guaranteed part adds up to and the share paid at signing, from the terms the sources give. */
export function termsBreakdown(terms: Terms): TermsBreakdown {
  const pick = (keys: DealTermKey[]) => keys.map((k) => terms[k]);
  const atSigning = sumTerms(pick(AT_SIGNING));
  const total = termFigure(terms.total);
  return {
    guaranteed: sumTerms(pick(GUARANTEED)),
    atSigning,
    shareAtSigning: atSigning && total.kind === 'figure' ? shareOf(atSigning, total.figure) : undefined,
    notStated: GUARANTEED.filter((k) => terms[k].disclosure === 'not-stated'),
  };
}

/** The term if its amount is given, else undefined: for code that shows or counts amounts only. */
export function given(term: Term): Extract<Term, { disclosure: 'given' }> | undefined {
  return term.disclosure === 'given' ? term : undefined;
}

/** True when the deal's sources give any amount at all. */
export function hasGivenAmount(deal: Pick<Deal, 'terms'>): boolean {
  return Object.values(deal.terms).some((t) => t.disclosure === 'given');
}
