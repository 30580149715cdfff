// checkChartSpecs: every chart spec compiles with vega-lite over the real dataset; a broken one is a located Problem.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { charts, chartIds } from '../../../src/charts/registry.ts';
import type { ChartDefinition } from '../../../src/charts/types.ts';
import type { Dataset } from '../../../src/lib/dataset.ts';
import { checkChartSpecs, MARK_TYPES } from '../../../src/lib/validate/check-charts.ts';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let dataset: Dataset;
beforeAll(async () => {
  const r = await readDataset(root, chartIds);
  expect(r.problems).toEqual([]);
  dataset = r.dataset;
});

/** A chart definition whose spec body the test chooses; rows come from a real series. */
function chart(id: string, body: Record<string, unknown>, extra: Partial<ChartDefinition> = {}): ChartDefinition {
  const base = charts[0]!;
  return {
    ...base,
    id,
    spec: (rows) => ({ data: { values: rows.map((r) => ({ period: r.period, value: r.value })) }, ...body }) as never,
    ...extra,
  };
}
const good = { mark: 'bar', encoding: { x: { field: 'period', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } } };

describe('checkChartSpecs', () => {
  it('every registered chart compiles over the real dataset', () => {
    expect(checkChartSpecs(dataset, charts)).toEqual([]);
  });

  it('a well-formed test chart passes (the helper itself is sound)', () => {
    expect(checkChartSpecs(dataset, [chart('fine', good)])).toEqual([]);
  });

  it('mark: "nonsense" names the definition file, the chart and lists mark types', () => {
    const problems = checkChartSpecs(dataset, [chart('broken-mark', { ...good, mark: 'nonsense' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/charts/definitions/broken-mark.ts', record: 'broken-mark', field: 'spec' });
    expect(problems[0]!.message).toBe(`unknown mark type "nonsense" at spec.mark; expected one of: ${MARK_TYPES.join(', ')}`);
  });

  it('a nonsense mark inside a layer is found with its path', () => {
    const problems = checkChartSpecs(dataset, [chart('layered', { layer: [good, { ...good, mark: { type: 'blob' } }] })]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^unknown mark type "blob" at spec\.layer\.1\.mark;/)]);
  });

  it('an invalid encoding type is an exception turned into a problem', () => {
    const spec = { mark: 'bar', encoding: { x: { field: 'period', type: 'bogus' } } };
    const problems = checkChartSpecs(dataset, [chart('bad-type', spec)]);
    expect(problems).toEqual([
      { file: 'src/charts/definitions/bad-type.ts', record: 'bad-type', field: 'spec', message: expect.stringMatching(/^vega-lite rejected the spec: .*field type/i) },
    ]);
  });

  it('an unknown encoding channel (a vega-lite warning: it would be dropped) is a problem', () => {
    const spec = { ...good, encoding: { ...good.encoding, wibble: { field: 'value', type: 'quantitative' } } };
    const problems = checkChartSpecs(dataset, [chart('bad-channel', spec)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ record: 'bad-channel', field: 'spec' });
    expect(problems[0]!.message).toMatch(/^vega-lite: .*wibble.*not a valid encoding channel/);
  });

  it('a spec() that throws, and a rows() that throws', () => {
    const problems = checkChartSpecs(dataset, [
      chart('spec-throws', good, { spec: () => { throw new Error('boom'); } }),
      chart('rows-throw', good, { rows: () => { throw new Error('no such series'); } }),
    ]);
    expect(problems).toEqual([
      { file: 'src/charts/definitions/spec-throws.ts', record: 'spec-throws', field: 'spec', message: 'spec(rows, theme) threw: boom' },
      { file: 'src/charts/definitions/rows-throw.ts', record: 'rows-throw', field: 'rows', message: 'rows(dataset) threw: no such series' },
    ]);
  });

  it('only the broken chart is reported among good ones', () => {
    const problems = checkChartSpecs(dataset, [...charts, chart('nope', { ...good, mark: 'nonsense' })]);
    expect(problems.map((p) => p.record)).toEqual(['nope']);
  });
});
