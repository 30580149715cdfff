// A briefing of a published edition quotes the edition's snapshot: a figure revised since keeps its old
// value and carries a note with the new value, its date and source; an unchanged one carries none.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/dataset.ts';
import { chartAsOf, type AsOf } from '../../../src/lib/editions.ts';
import { seriesRows } from '../../../src/charts/shape.ts';
import { localRow } from '../../../src/charts/words.ts';
import { dealTermFigure, numFigure } from '../../../src/lib/pages/mdx-components.ts';
import { beforeState } from '../../fixtures/editions/states.ts';

const edition = { id: '2025-q1', label: 'Q1 2025', period: '2025-Q1', published: '2025-03-31' };
const asOf: AsOf = { edition, state: beforeState(), reconstructed: false };
const today = (change: (ds: Dataset) => void = () => {}): Dataset => {
  const ds = { ...beforeState(), topics: [] };
  change(ds);
  return ds;
};

describe('<Num> as of an edition', () => {
  it('unchanged since the edition: the figure, no note', () => {
    const n = numFigure(today(), { series: 'x', period: '2024' }, asOf);
    expect([n.text, n.revised]).toEqual(['$5.5B', undefined]);
  });

  it('superseded by a newer source: the edition\'s value, then what it is now, dated, with the source', () => {
    const ds = today((d) => (d.metrics[0]!.points[0] = { ...d.metrics[0]!.points[0]!, value: 5600000000, sources: [{ source: 'src-b', locator: '¶9' }] }));
    const n = numFigure(ds, { series: 'x', period: '2024' }, asOf);
    expect(n.text).toBe('$5.5B');
    expect(n.locator).toBe('¶4');
    expect(n.revised).toEqual({ edition: 'Q1 2025', now: '$5.6B', dated: '30 June 2025', source: { title: 'Report B', locator: '¶9', href: '/sources/#src-b' } });
  });

  it('without an edition (or one not yet published) it quotes today\'s data', () => {
    const ds = today((d) => (d.metrics[0]!.points[0]!.value = 5600000000));
    expect(numFigure(ds, { series: 'x', period: '2024' }).text).toBe('$5.6B');
  });
});

describe('<DealTerm> as of an edition', () => {
  it('a corrected headline value: the edition\'s, with the correction noted', () => {
    const ds = today((d) => {
      d.deals[0]!.terms.total = { disclosure: 'given', amount: 1200000000, currency: 'USD', qualifier: 'up-to' };
      d.deals[0]!.sources.push({ source: 'src-b', locator: '¶7' });
    });
    const t = dealTermFigure(ds, { deal: 'acme-bigpharma-2025', term: 'total' }, asOf);
    expect(t.text).toBe('up to $1B');
    expect(t.revised).toEqual({ edition: 'Q1 2025', now: 'up to $1.2B', dated: '30 June 2025', source: { title: 'Report B', locator: '¶7', href: '/sources/#src-b' } });
  });

  it('an unchanged term carries no note', () => {
    expect(dealTermFigure(today(), { deal: 'acme-bigpharma-2025', term: 'upfront' }, asOf).revised).toBeUndefined();
  });
});

describe('a chart as of an edition', () => {
  const rowsOf = (ds: Dataset) => seriesRows(ds, 'x');
  const korean = (ds: Dataset) => (ds.metrics[0]!.translations = { ko: { categories: { adc: '항체-약물 접합체' } } });

  it("words given since (a category in Korean) are no revision, and the edition's chart shows them", () => {
    const r = chartAsOf(rowsOf, today(korean), asOf);
    expect(r.revisedSince).toBeUndefined();
    const adc = rowsOf(r.dataset).find((x) => x.category === 'adc')!;
    expect(localRow(adc, 'ko').categoryLabel).toBe('항체-약물 접합체');
  });

  it('words the snapshot had and today has not are gone; a revised figure still is one', () => {
    const old = { ...asOf, state: { ...asOf.state, metrics: asOf.state.metrics.map((m) => ({ ...m, translations: { ko: { categories: { adc: '옛말' } } } })) } };
    const r = chartAsOf(rowsOf, today(), old);
    expect(r.revisedSince).toBeUndefined();
    expect(rowsOf(r.dataset).every((x) => x.words === undefined)).toBe(true);
    const revised = today((d) => {
      korean(d);
      d.metrics[0]!.points[0]!.value = 5600000000;
    });
    expect(chartAsOf(rowsOf, revised, asOf).revisedSince).toBe('Q1 2025');
  });
});
