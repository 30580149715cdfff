import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { getChart } from '../../../src/charts/registry.ts';
import { toCsv, toJson } from '../../../src/charts/export.ts';
import { fixtureDataset } from '../../fixtures/charts/dataset.ts';

const ds = fixtureDataset();
/** The CSV text without its byte-order mark (there for Excel), which csvParse would fold into the first header. */
const withoutBom = (csv: string) => (expect(csv.startsWith('\uFEFF')).toBe(true), csv.slice(1));

describe('toCsv', () => {
  it('has a header of labels and one line per row with unit, qualifier and source', () => {
    const def = getChart('asset-stage-shift');
    const csv = toCsv(def.rows(ds), def.columns);
    const parsed = csvParse(withoutBom(csv));
    expect(parsed.columns).toEqual(['Period', 'Category', 'Measure', 'Figure as stated', 'Value', 'Unit', 'Qualifier', 'Attributed to', 'Sources']);
    expect(parsed[0]).toMatchObject({ Period: 'around 2020', 'Figure as stated': 'about 28%', Value: '28', Unit: 'percent', Qualifier: 'about', Sources: 'src-a ¶1' });
  });
  it('a figure citing several sources has them all in its Sources cell, each with its locator', () => {
    const def = getChart('territory-rights');
    const parsed = csvParse(withoutBom(toCsv(def.rows(ds), def.columns)));
    expect(parsed.map((r) => r.Sources)).toEqual(['src-a ¶2; src-b ¶9']);
  });
  it('quotes hostile text rather than breaking rows', () => {
    const def = getChart('top-deals');
    const parsed = csvParse(withoutBom(toCsv(def.rows(ds), def.columns)));
    expect(parsed[0]['Deal (licensor → licensee)']).toBe('<script>alert(1)</script> → "><img src=x onerror=alert(1)>');
  });
});

describe('toJson', () => {
  it('carries title, units, sources with titles and locators, and qualifier notes', () => {
    const def = getChart('china-license-out-value');
    const j = toJson(def, def.rows(ds), ds);
    expect(j.title).toBe(def.title);
    expect(j.units).toEqual({ USD: 'US dollars' });
    expect(j.sources).toEqual([
      { id: 'src-a', title: 'Report A', locators: ['¶1'] },
      { id: 'src-b', title: 'News B', locators: ['¶7'], url: 'https://example.com/b' },
    ]);
    expect(j.notes.some((n) => n.startsWith('“Nearly”'))).toBe(true);
    expect(j.rows[0]).not.toHaveProperty('order');
    expect(j.rows[0]).toMatchObject({ value: 51.9e9, unit: 'USD', qualifier: 'exact', label: '$51.9B', by: 'ARC', citations: [{ source: 'src-a', locator: '¶1' }], sources: 'src-a ¶1' });
  });
  it('a row citing two sources: both in its citations and in the sources, each with its own locators', () => {
    const def = getChart('territory-rights');
    const j = toJson(def, def.rows(ds), ds);
    expect(j.rows.map((r) => r.citations)).toEqual([[{ source: 'src-a', locator: '¶2' }, { source: 'src-b', locator: '¶9' }]]);
    expect(j.sources).toEqual([
      { id: 'src-a', title: 'Report A', locators: ['¶2'] },
      { id: 'src-b', title: 'News B', locators: ['¶9'], url: 'https://example.com/b' },
    ]);
  });
});
