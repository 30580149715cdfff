// A chart row cites everything it is made of: every citation of its point or deal, and for a row built from
// several deals or points (a count, a total) all of theirs, deduplicated in first-use order.
import { describe, expect, it } from 'vitest';
import { citationFields, seriesRows } from '../../../src/charts/shape.ts';
import { sourceLine, sourcesOf } from '../../../src/charts/notes.ts';
import { getChart } from '../../../src/charts/registry.ts';
import { mergeCitations } from '../../../src/lib/citations.ts';
import { fixtureDataset } from '../../fixtures/charts/dataset.ts';

const ds = fixtureDataset();
const a = (locator: string) => ({ source: 'src-a', locator });
const b = (locator: string) => ({ source: 'src-b', locator });

describe('mergeCitations', () => {
  it('keeps each distinct citation once, in first-use order', () => {
    expect(mergeCitations([a('¶2'), b('¶9')], [b('¶9'), a('¶1')], [a('¶2')])).toEqual([a('¶2'), b('¶9'), a('¶1')]);
  });
  it('the same paragraph attributed to different producers is two citations', () => {
    expect(mergeCitations([{ ...a('¶2'), via: 'IQVIA' }], [a('¶2')])).toHaveLength(2);
  });
});

describe('a row from several deals or points', () => {
  it('cites all of them, each with its own source and title', () => {
    const [d1, d2] = ds.deals;
    const f = citationFields(ds, d1!.sources, d2!.sources, d1!.sources);
    const expected = mergeCitations(d1!.sources, d2!.sources);
    expect(f.citations.map(({ sourceTitle: _t, ...c }) => c)).toEqual(expected);
    expect(f.citations.every((c) => c.sourceTitle === ds.sources.find((s) => s.id === c.source)!.title)).toBe(true);
    expect(f.sources).toBe(expected.map((c) => `${c.source} ${c.locator}`).join('; '));
  });
});

describe('a point citing two sources', () => {
  const rows = seriesRows(ds, 'china-territory-share');
  it('its row cites both (not the first source with every locator)', () => {
    expect(rows[0]!.citations).toEqual([
      { ...a('¶2'), sourceTitle: 'Report A' },
      { ...b('¶9'), sourceTitle: 'News B' },
    ]);
  });
  it('the source line under the chart and the picture names both sources', () => {
    const def = getChart('territory-rights');
    expect(sourceLine(sourcesOf(def.rows(ds)))).toBe('Sources: Report A (¶2); News B (¶9)');
  });
});
