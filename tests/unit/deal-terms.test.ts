// The arithmetic of a deal's terms: a bound stays a bound through every step.
import { describe, expect, it } from 'vitest';
import { shareOf, sumTerms, termsBreakdown, type Figure } from '../../src/lib/deal-terms.ts';
import type { Term, Terms } from '../../src/schema/deal-terms.ts';
import { formatFigure } from '../../src/lib/format.ts';

const usd = (amount: number, qualifier: Extract<Term, { disclosure: 'given' }>['qualifier'] = 'exact'): Term => ({ disclosure: 'given', amount, currency: 'USD', qualifier });
const NOT: Term = { disclosure: 'not-stated' };
const UNDISCLOSED: Term = { disclosure: 'undisclosed' };
const fig = (value: number, qualifier: Figure['qualifier'] = 'exact'): Figure => ({ value, qualifier });
const terms = (t: Partial<Terms>): Terms => ({ upfront: NOT, equity: NOT, nearTerm: NOT, milestones: NOT, total: NOT, ...t });

describe('sumTerms', () => {
  it('exact parts sum exactly; not-stated parts are left out', () => {
    expect(sumTerms([usd(50e6), usd(20e6), NOT])).toEqual(fig(70e6));
  });
  it('a sum with a lower bound is a lower bound, strict if a part was strict', () => {
    expect(sumTerms([usd(50e6, 'more-than'), usd(20e6)])).toEqual(fig(70e6, 'more-than'));
    expect(sumTerms([usd(50e6, 'at-least'), usd(20e6)])).toEqual(fig(70e6, 'at-least'));
    expect(sumTerms([usd(50e6, 'at-least'), usd(20e6, 'more-than')])).toEqual(fig(70e6, 'more-than'));
  });
  it('a payment that exists without an amount makes the sum a floor', () => {
    expect(sumTerms([usd(50e6), UNDISCLOSED])).toEqual(fig(50e6, 'at-least'));
    expect(sumTerms([usd(50e6, 'more-than'), UNDISCLOSED])).toEqual(fig(50e6, 'more-than'));
  });
  it('ceilings stay ceilings; approximations stay approximate', () => {
    expect(sumTerms([usd(50e6, 'up-to'), usd(20e6)])).toEqual(fig(70e6, 'up-to'));
    expect(sumTerms([usd(50e6, 'about'), usd(20e6)])).toEqual(fig(70e6, 'about'));
  });
  it('what cannot be said honestly is not said', () => {
    expect(sumTerms([usd(50e6, 'more-than'), usd(20e6, 'up-to')])).toBeUndefined(); // floor + ceiling
    expect(sumTerms([usd(50e6, 'about'), usd(20e6, 'more-than')])).toBeUndefined();
    expect(sumTerms([usd(50e6, 'up-to'), UNDISCLOSED])).toBeUndefined(); // a ceiling plus an unknown amount
    expect(sumTerms([UNDISCLOSED, NOT])).toBeUndefined(); // no amount at all
    expect(sumTerms([{ disclosure: 'given', amount: 66e9, currency: 'KRW', qualifier: 'exact' }])).toBeUndefined(); // no dollar figure
  });
  it('a figure in another currency counts by its stated dollar figure', () => {
    expect(sumTerms([{ disclosure: 'given', amount: 66e9, currency: 'KRW', qualifier: 'more-than', usd: 49.7e6, usdBasis: 'stated' }])).toEqual(fig(49.7e6, 'more-than'));
  });
});

describe('shareOf', () => {
  it('exact over exact is exact', () => {
    expect(shareOf(fig(50e6), fig(1e9))).toEqual(fig(5));
  });
  it('a lower-bound part over an exact total is "at least" (or "more than"), rounded down', () => {
    expect(shareOf(fig(49.7e6, 'more-than'), fig(1.35e9))).toEqual(fig(3.6, 'more-than')); // 3.68…% floored
    expect(shareOf(fig(49.7e6, 'at-least'), fig(1.35e9))).toEqual(fig(3.6, 'at-least'));
  });
  it('an exact part over an "up to" total is "at least": the total may be smaller', () => {
    expect(shareOf(fig(50e6), fig(1e9, 'up-to'))).toEqual(fig(5, 'at-least'));
    expect(shareOf(fig(50e6, 'more-than'), fig(1e9, 'up-to'))).toEqual(fig(5, 'more-than'));
  });
  it('a part over a floor is at most that share, rounded up', () => {
    expect(shareOf(fig(1e6), fig(3e6, 'more-than'))).toEqual(fig(33.4, 'up-to'));
    expect(shareOf(fig(1e6, 'up-to'), fig(3e6))).toEqual(fig(33.4, 'up-to'));
  });
  it('bounds that pull apart give no share', () => {
    expect(shareOf(fig(1e6, 'more-than'), fig(3e6, 'more-than'))).toBeUndefined();
    expect(shareOf(fig(1e6, 'up-to'), fig(3e6, 'up-to'))).toBeUndefined();
    expect(shareOf(fig(1e6, 'about'), fig(3e6, 'up-to'))).toBeUndefined();
    expect(shareOf(fig(1e6), fig(0))).toBeUndefined();
  });
  it('reads as a reader sees it', () => {
    expect(formatFigure(shareOf(fig(49.7e6, 'more-than'), fig(1.35e9))!, 'percent')).toBe('more than 3.6%');
    expect(formatFigure(shareOf(fig(50e6), fig(1e9, 'up-to'))!, 'percent')).toBe('at least 5%');
  });
});

describe('termsBreakdown', () => {
  it('guaranteed and at-signing sums, the share at signing, and the guaranteed terms no source states', () => {
    const b = termsBreakdown(terms({ upfront: usd(50e6), nearTerm: usd(10e6), milestones: UNDISCLOSED, total: usd(1e9, 'up-to') }));
    expect(b.atSigning).toEqual(fig(50e6));
    expect(b.guaranteed).toEqual(fig(60e6));
    expect(b.shareAtSigning).toEqual(fig(5, 'at-least'));
    expect(b.notStated).toEqual(['equity']);
  });
  it('an undisclosed equity stake makes the amount at signing a floor', () => {
    const b = termsBreakdown(terms({ upfront: usd(50e6), equity: UNDISCLOSED, total: usd(1e9) }));
    expect(b.atSigning).toEqual(fig(50e6, 'at-least'));
    expect(b.shareAtSigning).toEqual(fig(5, 'at-least'));
  });
  it('no share without a total in dollars', () => {
    expect(termsBreakdown(terms({ upfront: usd(50e6), total: UNDISCLOSED })).shareAtSigning).toBeUndefined();
    expect(termsBreakdown(terms({ upfront: usd(50e6) })).shareAtSigning).toBeUndefined();
  });
});
