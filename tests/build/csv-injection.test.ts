// Company names, metric categories, "by" and locators that a spreadsheet would run as formulas reach the
// CSV downloads as text: built from a project copy with such values, no cell of any dist/data/*.csv starts
// with = + - @ tab or carriage return unless it is a number, and every file starts with a byte-order mark.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, describeBuild, editJson, leadTopDeals, listFiles, removeCopies, type BuildResult } from './helpers.ts';

const HYPERLINK = '=HYPERLINK("http://evil.example","click")';
const CMD = "+1+cmd|' /C calc'!A0";
const SUM = '@SUM(1+1)';
const BY = '-2+3+cmd';
const LOCATOR = '\t=1+1';

let dist: string;
let result: BuildResult;
/** dist/data/<file>.csv → its raw text. */
const csvs = new Map<string, string>();

beforeAll(async () => {
  const dir = await copyProject('deal-atlas-csv-injection-');
  // RemeGen and Sineuro are licensors in top-deals, whose first column starts with the licensor's name.
  await editJson(dir, 'data/companies.json', (cs: { id: string; name: string }[]) => {
    cs.find((c) => c.id === 'remegen')!.name = HYPERLINK;
    cs.find((c) => c.id === 'sineuro')!.name = CMD;
  });
  // top-deals lists the ten largest deals: theirs lead it whatever else is published.
  await leadTopDeals(dir, ['remegen-abbvie-2026', 'sineuro-novartis-2026']);
  // A new point (so no <Num> reference changes) in a series the territory-rights chart draws.
  await editJson(dir, 'data/metrics/china-territory-share.json', (m: { points: Record<string, unknown>[] }) => {
    const first = m.points[0] as { sources: { source: string }[] };
    m.points.push({ ...first, category: SUM, by: BY, value: 3, sources: [{ source: first.sources[0]!.source, locator: LOCATOR }] });
  });
  result = await build(dir);
  dist = path.join(dir, 'dist');
  if (result.code !== 0 || !existsSync(dist)) return;
  for (const f of (await listFiles(path.join(dist, 'data'))).filter((f) => f.endsWith('.csv'))) csvs.set(f, await readFile(path.join(dist, 'data', f), 'utf8'));
});

afterAll(removeCopies);

const TRIGGER = /^[=+\-@\t\r]/;
/** A number as a spreadsheet reads one (no spaces, tabs or other text around it). */
const isNumber = (cell: string) => /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell) && Number.isFinite(Number(cell));

/** Cells a spreadsheet would run as a formula: text starting with a trigger character. */
function formulaCells(text: string): string[] {
  return csvParseRows(text.replace(/^\uFEFF/, ''))
    .flat()
    .filter((cell) => TRIGGER.test(cell) && !isNumber(cell));
}

const cellsOf = (file: string) => csvParseRows((csvs.get(file) ?? '').replace(/^\uFEFF/, '')).flat();

describe('CSV downloads with formula-like names, category, "by" and locator', () => {
  it('build succeeds and writes every chart CSV', () => {
    expect(result.code, describeBuild(result)).toBe(0);
    expect([...csvs.keys()]).toEqual(expect.arrayContaining(['top-deals.csv', 'territory-rights.csv', 'jpm-2026-market-reaction.csv']));
    expect(csvs.size).toBeGreaterThanOrEqual(11);
  });

  it('the detector finds formula cells and lets numbers through (control)', () => {
    expect(formulaCells('a,b\n"=1+1, x",-5.2\n@x,\t1\n+3,-2+3\n"\r1",b\n')).toEqual(['=1+1, x', '@x', '\t1', '-2+3', '\r1']);
    expect(formulaCells("\uFEFFa\n-5.2\n+3\n1e+21\n'=x\n")).toEqual([]);
  });

  it('every CSV starts with a UTF-8 byte-order mark', async () => {
    const bad: string[] = [];
    for (const f of csvs.keys()) {
      const head = (await readFile(path.join(dist, 'data', f))).subarray(0, 3);
      if (!head.equals(Buffer.from([0xef, 0xbb, 0xbf]))) bad.push(`${f}: starts with ${head.toString('hex')}`);
    }
    expect(bad).toEqual([]);
  });

  it('no cell of any CSV starts with = + - @ tab or carriage return unless it is a number', () => {
    const bad: string[] = [];
    for (const [f, text] of csvs) for (const cell of formulaCells(text)) bad.push(`${f}: ${JSON.stringify(cell)}`);
    expect(bad).toEqual([]);
  });

  it('the hostile values are there, as text behind an apostrophe (or, a locator, inside its Sources cell after the source id)', () => {
    const deals = cellsOf('top-deals.csv');
    expect(deals.some((c) => c.startsWith(`'${HYPERLINK} → `)), 'RemeGen deal label').toBe(true);
    expect(deals.some((c) => c.startsWith(`'${CMD} → `)), 'Sineuro deal label').toBe(true);
    const territory = cellsOf('territory-rights.csv');
    expect(territory).toEqual(expect.arrayContaining([`'${SUM}`, `'${BY}`]));
    // Citations are one cell, "source locator; …" (every citation of the row): it starts with the source id.
    expect(territory.some((c) => c.endsWith(` ${LOCATOR}`) && !/^[=+\-@\t\r]/.test(c)), 'the hostile locator in a Sources cell').toBe(true);
  });

  it('numbers stay numbers, and a stated figure that is text keeps its sign behind an apostrophe', () => {
    const rows = csvParseRows((csvs.get('jpm-2026-market-reaction.csv') ?? '').replace(/^\uFEFF/, ''));
    const [header, ...body] = rows;
    const value = header!.indexOf('Value');
    const stated = header!.indexOf('Figure as stated');
    expect(body.map((r) => r[value])).toContain('-2.9');
    expect(body.map((r) => r[stated])).toContain("'+0.3%");
  });
});

describe('the security headers file', () => {
  it('the build writes _headers: frame-ancestors \'none\' for the pages, any framer for /embed/', async () => {
    const text = await readFile(path.join(dist, '_headers'), 'utf8');
    const rules = new Map(text.split(/\n\n/).filter((b) => b.startsWith('/')).map((b) => [b.split('\n')[0]!, b]));
    expect(rules.get('/embed/*')).toMatch(/Content-Security-Policy: .*; frame-ancestors \*$/m);
    for (const p of ['/', '/briefings/*', '/charts/*', '/deals/*', '/search/*']) expect(rules.get(p), p).toMatch(/Content-Security-Policy: .*; frame-ancestors 'none'$/m);
    expect(rules.get('/*')).toMatch(/X-Content-Type-Options: nosniff/);
  });
});
