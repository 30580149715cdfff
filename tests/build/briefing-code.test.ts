// A briefing cannot run code at build time, through the build command (validation stops it, naming file,
// line and column) or through `astro build` run by hand (the MDX compiler step stops it). Either way the
// code never runs: a marker file its code would write is never written, and nothing is published.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, describeBuild, NODE, problemLines, removeCopies } from './helpers.ts';

const REL = 'content/briefings/korea-licensing-rebound-q1-2025.mdx';
let dir: string;
let marker: string;
/** File line of the first added line. */
let firstLine: number;

beforeAll(async () => {
  dir = await copyProject('deal-atlas-briefing-code-');
  marker = path.join(dir, 'code-ran');
  const text = (await readFile(path.join(dir, REL), 'utf8')).trimEnd();
  firstLine = text.split('\n').length + 2;
  const hostile = [
    "import { execSync } from 'node:child_process'",
    `export const ran = execSync('touch ${marker}').toString()`,
    '',
    'Published: {ran}',
  ].join('\n');
  await writeFile(path.join(dir, REL), `${text}\n\n${hostile}\n`);
});
afterAll(removeCopies);

describe('a briefing that would run code at build time', () => {
  it('the build command stops before Astro, with file, line and column; nothing runs, nothing is published', async () => {
    const r = await build(dir);
    expect(r.code, describeBuild(r)).toBe(1);
    expect(problemLines(r.stderr)).toEqual([
      `  ✗ ${REL} › record "korea-licensing-rebound-q1-2025" › field "body line ${firstLine}": column 1: import and export are not allowed in a briefing (it is content, not code); <Chart>, <DealTerm>, <Num> are available without imports`,
      expect.stringMatching(new RegExp(`field "body line ${firstLine + 3}": column 12: the expression \\{ran\\} is not allowed in a briefing`)),
    ]);
    expect(existsSync(marker), 'the briefing’s code ran').toBe(false);
    expect(existsSync(path.join(dir, 'dist')), 'something was published').toBe(false);
  });

  it('`astro build` run by hand, skipping validation, stops at the MDX compiler step; the code never runs', async () => {
    const out = path.join(dir, 'by-hand');
    const r = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(NODE, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
    expect(r.code, r.output.slice(-3000)).not.toBe(0);
    expect(r.output).toMatch(/korea-licensing-rebound-q1-2025\.mdx:\d+:1: import and export are not allowed in a briefing/);
    expect(existsSync(marker), 'the briefing’s code ran').toBe(false);
    expect(existsSync(path.join(out, 'briefings/korea-licensing-rebound-q1-2025/index.html')), 'the briefing was published').toBe(false);
  });
});
