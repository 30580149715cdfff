// Compile every chart's vega-lite spec against the real dataset, so a broken chart definition is
// reported like a data problem (file, chart id, field) instead of failing deep inside the build.
// Kept apart from read-dataset.ts so that plain data validation never loads vega-lite.
import { compile } from 'vega-lite';
import type { Dataset } from '../dataset.ts';
import type { ChartDefinition, ChartRow } from '../../charts/types.ts';
import { makeTheme, type ChartTheme } from '../../charts/theme.ts';
import type { Problem } from './problem.ts';

/** vega-lite mark types (primitive and composite). */
export const MARK_TYPES = [
  'arc', 'area', 'bar', 'image', 'line', 'point', 'rect', 'rule', 'text', 'tick', 'trail', 'circle', 'square', 'geoshape',
  'boxplot', 'errorband', 'errorbar',
] as const;

export const chartFile = (id: string) => `src/charts/definitions/${id}.ts`;

/** Every `mark` in a spec tree (top level, layers, concats, facets), with its JSON path. */
function marks(spec: unknown, at = 'spec'): { path: string; type: unknown }[] {
  if (!spec || typeof spec !== 'object') return [];
  if (Array.isArray(spec)) return spec.flatMap((s, i) => marks(s, `${at}.${i}`));
  const out: { path: string; type: unknown }[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'data' || k === 'datasets' || k === 'config') continue;
    if (k === 'mark') out.push({ path: `${at}.mark`, type: v && typeof v === 'object' ? (v as { type?: unknown }).type : v });
    else if (v && typeof v === 'object') out.push(...marks(v, `${at}.${k}`));
  }
  return out;
}

/**
 * Build each chart's rows and spec from the dataset and compile the spec with vega-lite. An exception,
 * an unknown mark type or a vega-lite warning (vega-lite warns when it drops part of a spec it cannot use,
 * e.g. an unknown encoding channel or aggregate) becomes a Problem located at the chart's definition file.
 */
export function checkChartSpecs(dataset: Dataset, charts: readonly ChartDefinition[], theme: ChartTheme = makeTheme()): Problem[] {
  const problems: Problem[] = [];
  for (const def of charts) {
    const add = (field: string, message: string) => problems.push({ file: chartFile(def.id), record: def.id, field, message });
    let rows: ChartRow[];
    try {
      rows = def.rows(dataset);
    } catch (err) {
      add('rows', `rows(dataset) threw: ${(err as Error).message}`);
      continue;
    }
    let spec: ReturnType<ChartDefinition['spec']>;
    try {
      spec = def.spec(rows, theme);
    } catch (err) {
      add('spec', `spec(rows, theme) threw: ${(err as Error).message}`);
      continue;
    }
    const badMarks = marks(spec).filter((m) => !(MARK_TYPES as readonly unknown[]).includes(m.type));
    for (const m of badMarks) add('spec', `unknown mark type ${JSON.stringify(m.type)} at ${m.path}; expected one of: ${MARK_TYPES.join(', ')}`);
    if (badMarks.length) continue;

    const warnings: string[] = [];
    const collect = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      return logger;
    };
    const logger = { level: () => logger, error: collect, warn: collect, info: () => logger, debug: () => logger };
    try {
      compile(spec, { logger: logger as never });
    } catch (err) {
      add('spec', `vega-lite rejected the spec: ${(err as Error).message}`);
      continue;
    }
    for (const w of [...new Set(warnings)]) add('spec', `vega-lite: ${w}`);
  }
  return problems;
}
