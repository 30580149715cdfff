// What changed since the previous edition, on fixture states: each kind of change compared with the
// expected output, and two equal states giving nothing.
import { describe, expect, it } from 'vitest';
import { nothingChanged, whatChanged, type WhatChanged } from '../../src/lib/what-changed.ts';
import { beforeState } from '../fixtures/editions/states.ts';

/** The result with records named by id, so expectations read as a list of changes. */
function named(c: WhatChanged) {
  return {
    newDeals: c.newDeals.map((d) => d.id),
    changedTerms: c.changedTerms.map((t) => ({ deal: t.deal.id, term: t.term, old: t.old, new: t.new, sources: t.sources })),
    statusChanges: c.statusChanges.map((s) => ({ deal: s.deal.id, old: s.old, new: s.new, sources: s.sources })),
    newCompanies: c.newCompanies.map((x) => x.id),
    revisedFigures: c.revisedFigures.map((f) => ({ series: f.series.id, period: f.period, category: f.category, old: f.old, new: f.new })),
  };
}
const NONE = { newDeals: [], changedTerms: [], statusChanges: [], newCompanies: [], revisedFigures: [] };

describe('whatChanged', () => {
  it('nothing changed: every list empty', () => {
    const c = whatChanged(beforeState(), beforeState());
    expect(named(c)).toEqual(NONE);
    expect(nothingChanged(c)).toBe(true);
  });

  it('key order and a sort of the records are no change', () => {
    const after = beforeState();
    const t = after.deals[0]!.terms.upfront;
    if (t.disclosure !== 'given') throw new Error('the fixture deal states its upfront');
    after.deals[0]!.terms.upfront = { usd: t.usd, qualifier: t.qualifier, currency: t.currency, amount: t.amount, disclosure: 'given' };
    after.companies.reverse();
    expect(nothingChanged(whatChanged(beforeState(), after))).toBe(true);
  });

  it('a term\'s note reworded is no change; its qualifier changed is one', () => {
    const after = beforeState();
    after.deals[0]!.terms.total = { ...after.deals[0]!.terms.total, note: 'Reworded by an editor.' } as typeof after.deals[0]['terms']['total'];
    expect(nothingChanged(whatChanged(beforeState(), after))).toBe(true);
    after.deals[0]!.terms.total = { ...after.deals[0]!.terms.total, qualifier: 'about' } as typeof after.deals[0]['terms']['total'];
    expect(named(whatChanged(beforeState(), after)).changedTerms.map((t) => t.term)).toEqual(['total']);
  });

  it('additions: a new deal and its new company', () => {
    const after = beforeState();
    after.companies.push({ id: 'newco', name: 'NewCo', aliases: [], country: 'CN', kind: 'biotech', sources: [{ source: 'src-b', locator: '¶3' }] });
    after.deals.push({ ...structuredClone(after.deals[0]!), id: 'newco-bigpharma-2025', licensor: 'newco', sources: [{ source: 'src-b', locator: '¶3' }] });
    const c = whatChanged(beforeState(), after);
    expect(named(c)).toEqual({ ...NONE, newDeals: ['newco-bigpharma-2025'], newCompanies: ['newco'] });
    expect(nothingChanged(c)).toBe(false);
  });

  it('changed terms: old → new, each with the citation the change adds', () => {
    const after = beforeState();
    const deal = after.deals[0]!;
    deal.terms.total = { disclosure: 'given', amount: 1200000000, currency: 'USD', qualifier: 'up-to' };
    deal.terms.milestones = { disclosure: 'undisclosed' };
    deal.sources.push({ source: 'src-b', locator: '¶7' });
    expect(named(whatChanged(beforeState(), after))).toEqual({
      ...NONE,
      changedTerms: [
        { deal: 'acme-bigpharma-2025', term: 'milestones', old: { disclosure: 'not-stated' }, new: { disclosure: 'undisclosed' }, sources: [{ source: 'src-b', locator: '¶7' }] },
        { deal: 'acme-bigpharma-2025', term: 'total', old: { disclosure: 'given', amount: 1000000000, currency: 'USD', qualifier: 'up-to' }, new: { disclosure: 'given', amount: 1200000000, currency: 'USD', qualifier: 'up-to' }, sources: [{ source: 'src-b', locator: '¶7' }] },
      ],
    });
  });

  it('a status change follows a termination event, cited by the deal\'s own citations when it adds none', () => {
    const after = beforeState();
    after.deals[0]!.events.push({ kind: 'terminated', date: { value: '2025-09', precision: 'month' }, sources: [{ source: 'src-a', locator: '¶2' }] });
    expect(named(whatChanged(beforeState(), after))).toEqual({
      ...NONE,
      statusChanges: [{ deal: 'acme-bigpharma-2025', old: 'signed', new: 'terminated', sources: [{ source: 'src-a', locator: '¶2' }] }],
    });
  });

  it('revised figures: a value superseded by a newer source, both sides with their sources and dates; an added point is not a revision', () => {
    const after = beforeState();
    const points = after.metrics[0]!.points;
    points[0] = { ...points[0]!, value: 5600000000, qualifier: 'about', sources: [{ source: 'src-b', locator: '¶9' }] };
    points.push({ period: '2026', periodLabel: '2026', value: 1, qualifier: 'exact', sources: [{ source: 'src-b', locator: '¶9' }] });
    expect(named(whatChanged(beforeState(), after))).toEqual({
      ...NONE,
      revisedFigures: [
        {
          series: 'x',
          period: '2024',
          category: undefined,
          old: { value: 5500000000, qualifier: 'exact', sources: [{ source: 'src-a', locator: '¶4' }], dated: '2025-03' },
          new: { value: 5600000000, qualifier: 'about', sources: [{ source: 'src-b', locator: '¶9' }], dated: '2025-06-30' },
        },
      ],
    });
  });

  it('a corrected figure in the same source (a point with a category)', () => {
    const after = beforeState();
    after.metrics[0]!.points[1]!.value = 12;
    const c = whatChanged(beforeState(), after);
    expect(named(c).revisedFigures).toEqual([
      { series: 'x', period: '2025', category: 'adc', old: { value: 10, qualifier: 'about', sources: [{ source: 'src-a', locator: '¶5' }], dated: '2025-03' }, new: { value: 12, qualifier: 'about', sources: [{ source: 'src-a', locator: '¶5' }], dated: '2025-03' } },
    ]);
  });
});
