// Bad input stops `node scripts/build.ts` itself (not only `npm run validate`): exit 1 before Astro runs,
// nothing published, and stderr has one line per problem naming file, record and field; several mistakes
// are all reported in one run. Unit coverage of each check lives in tests/unit/validate/; this is the end-to-end
// proof through the build command.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, describeBuild, editJson, problemLines, removeCopies, type BuildResult } from './helpers.ts';

interface Case {
  name: string;
  /** Break the copy; returns the problem lines expected (each regex must match exactly one line). */
  setup(dir: string): Promise<RegExp[]>;
  empty?: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `  ✗ file › record "id" › field "path": message` */
const line = (file: string, record: string, field: string, message: RegExp | string) =>
  new RegExp(`^ {2}✗ ${esc(file)}${record ? ` › record "${esc(record)}"` : ''}${field ? ` › field "${esc(field)}"` : ''}: ${typeof message === 'string' ? esc(message) : message.source}`);

type Deal = { id: string; announced?: { value: string; precision: string }; terms: Record<string, { currency: string }> };

const unknownCurrency = async (dir: string) => {
  await editJson(dir, 'data/deals.json', (deals: Deal[]) => {
    deals.find((d) => d.id === 'olix-lilly-2025')!.terms.total!.currency = 'XYZ';
  });
  return line('data/deals.json', 'olix-lilly-2025', 'terms.total.currency', /expected a currency code: USD, KRW/);
};
const javascriptUrl = async (dir: string) => {
  await editJson(dir, 'data/sources.json', (sources: { id: string; url?: string }[]) => {
    sources.find((s) => s.id === 'jpm-2026')!.url = 'javascript:alert(1)';
  });
  return line('data/sources.json', 'jpm-2026', 'url', 'expected an http(s) URL');
};
const unknownChart = async (dir: string) => {
  const rel = 'content/briefings/korea-licensing-rebound-q1-2025.mdx';
  const text = (await readFile(path.join(dir, rel), 'utf8')).trimEnd();
  const at = text.split('\n').length + 2; // after one blank line
  await writeFile(path.join(dir, rel), `${text}\n\n<Chart id="no-such-chart" />\n`);
  return line(rel, 'korea-licensing-rebound-q1-2025', `body line ${at} <Chart>`, /unknown chart id "no-such-chart"; expected one of/);
};

const chartModule = (id: string, exportName: string, spec: string) => `import type { ChartDefinition } from '../types.ts';
import { seriesRows, standardColumns } from '../shape.ts';

export const ${exportName}: ChartDefinition = {
  id: '${id}',
  title: 'A broken chart',
  subtitle: 'For the hardening tests',
  description: 'A chart whose spec vega-lite cannot use.',
  series: ['china-territory-share'],
  usesDeals: false,
  notes: [],
  rows: (ds) => seriesRows(ds, 'china-territory-share', { measure: 'Share of deals' }),
  columns: standardColumns,
  spec: (rows) => (${spec}) as never,
};
`;

const cases: Case[] = [
  {
    name: 'malformed JSON (file and line)',
    async setup(dir) {
      const file = path.join(dir, 'data/deals.json');
      const lines = (await readFile(file, 'utf8')).split('\n');
      const i = lines.findIndex((l) => l === '    "stage": "platform",');
      expect(i).toBeGreaterThan(0);
      lines[i] = lines[i]!.replace(/,$/, ''); // missing comma: the error is at the next line
      await writeFile(file, lines.join('\n'));
      return [line('data/deals.json', '', '', new RegExp(`malformed JSON at line ${i + 2}, column \\d+`))];
    },
  },
  { name: 'unknown currency', setup: async (dir) => [await unknownCurrency(dir)] },
  {
    name: 'impossible date',
    async setup(dir) {
      await editJson(dir, 'data/deals.json', (deals: Deal[]) => {
        deals.find((d) => d.id === 'alteogen-astrazeneca-2025')!.announced = { value: '2025-02-30', precision: 'day' };
      });
      return [line('data/deals.json', 'alteogen-astrazeneca-2025', 'announced.value', '"2025-02-30" is not a real calendar date')];
    },
  },
  { name: 'javascript: source URL', setup: async (dir) => [await javascriptUrl(dir)] },
  { name: 'briefing with an unknown chart id', setup: async (dir) => [await unknownChart(dir)] },
  {
    // Before validation parsed the bodies, these stopped Astro with a stack trace, and the second only
    // when its page rendered.
    name: 'briefing bodies MDX cannot compile (a "<" in prose; an unknown component in another briefing)',
    async setup(dir) {
      // A parse error ends the parse of its file, so the second mistake is in another briefing.
      const edit = async (rel: string, add: string) => {
        const lines = (await readFile(path.join(dir, rel), 'utf8')).split('\n');
        const i = lines.findIndex((l) => l.startsWith('## '));
        expect(i).toBeGreaterThan(0);
        lines.splice(i + 1, 0, '', add);
        await writeFile(path.join(dir, rel), lines.join('\n'));
        return i + 3; // file line of the added text
      };
      const a = 'content/briefings/jpm-2026-china-deals.mdx';
      const b = 'content/briefings/korea-licensing-rebound-q1-2025.mdx';
      const atA = await edit(a, 'Most upfronts were <$100M.');
      const atB = await edit(b, '<KeyFigure id="x" />');
      return [
        line(a, 'jpm-2026-china-deals', `body line ${atA}`, /MDX cannot be read at column 20: Unexpected character after `<`.* write \\</),
        line(b, 'korea-licensing-rebound-q1-2025', `body line ${atB}`, 'column 1: unknown component <KeyFigure>: a briefing can use <Chart>, <DealTerm>, <Num>'),
      ];
    },
  },
  {
    name: 'chart specs vega-lite rejects (unknown mark; invalid encoding type)',
    async setup(dir) {
      const defs = path.join(dir, 'src/charts/definitions');
      await writeFile(path.join(defs, 'broken-mark.ts'), chartModule('broken-mark', 'brokenMark', "{ data: { values: rows }, mark: 'nonsense', encoding: { x: { field: 'value', type: 'quantitative' } } }"));
      await writeFile(path.join(defs, 'broken-encoding.ts'), chartModule('broken-encoding', 'brokenEncoding', "{ data: { values: rows }, mark: 'bar', encoding: { x: { field: 'value', type: 'nonsense' } } }"));
      const registry = path.join(dir, 'src/charts/registry.ts');
      const text = await readFile(registry, 'utf8');
      // Anchored on the list itself, not on whichever chart happens to be last, so a new chart does not break this.
      const next = text
        .replace(/^(?=export const charts\b)/m, "import { brokenMark } from './definitions/broken-mark.ts';\nimport { brokenEncoding } from './definitions/broken-encoding.ts';\n")
        .replace(/^(export const charts\b[^\n]*\n(?:.*\n)*?)\];/m, '$1  brokenMark,\n  brokenEncoding,\n];');
      expect(next.match(/broken(Mark|Encoding)/g)).toHaveLength(4);
      await writeFile(registry, next);
      return [
        line('src/charts/definitions/broken-mark.ts', 'broken-mark', 'spec', /unknown mark type "nonsense" at spec\.mark; expected one of: arc, area, bar/),
        line('src/charts/definitions/broken-encoding.ts', 'broken-encoding', 'spec', /vega-lite/),
      ];
    },
  },
  {
    name: 'an empty dataset',
    empty: true,
    async setup(dir) {
      for (const f of ['sources', 'companies', 'deals', 'topics']) await writeFile(path.join(dir, `data/${f}.json`), '[]\n');
      await mkdir(path.join(dir, 'data/metrics'), { recursive: true });
      return [
        line('data/sources.json', '', '', /no sources: the dataset is empty/),
        line('data/deals.json', '', '', /no deals: the dataset is empty/),
        line('content/briefings/', '', '', /no briefings/),
      ];
    },
  },
  {
    name: 'three different mistakes in three files: all three at once',
    setup: async (dir) => [await unknownCurrency(dir), await javascriptUrl(dir), await unknownChart(dir)],
  },
];

const results = new Map<string, { dir: string; expected: RegExp[]; r: BuildResult }>();

beforeAll(async () => {
  // Validation fails before Astro starts, so these are short: run them side by side.
  await Promise.all(
    cases.map(async (c) => {
      const dir = await copyProject('deal-atlas-bad-input-', { empty: c.empty });
      const expected = await c.setup(dir);
      results.set(c.name, { dir, expected, r: await build(dir) });
    }),
  );
});
afterAll(removeCopies);

describe('bad input stops `node scripts/build.ts`', () => {
  it.each(cases.map((c) => c.name))('%s', (name) => {
    const { dir, expected, r } = results.get(name)!;
    const why = describeBuild(r);
    expect(r.code, why).toBe(1);
    // Stopped at validation: Astro never ran and nothing was published or staged.
    expect(r.stdout, why).not.toMatch(/astro build|\[build\]/);
    expect(existsSync(path.join(dir, 'dist')), 'dist/ created').toBe(false);
    expect(existsSync(path.join(dir, 'dist.staging')), 'dist.staging/ created').toBe(false);

    const lines = problemLines(r.stderr);
    const n = expected.length;
    expect(r.stderr, why).toMatch(new RegExp(`^${n} problem${n === 1 ? '' : 's'} in the site's data:\\n`));
    expect(lines, why).toHaveLength(n); // one line per problem, nothing reported twice
    for (const re of expected) expect(lines.filter((l) => re.test(l)), `${re}\n${lines.join('\n')}`).toHaveLength(1);
    expect(r.stderr).toContain(`build failed: ${n} data problem(s); dist/ was left as it was.`);
  });
});
