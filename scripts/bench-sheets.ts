// `npm run bench:sheets`: only the spreadsheet step of `npm run bench` (export of the whole synthetic
// dataset to XLSX, then import of it back), without the site build, repeated to see past a shared machine.
//
//   node scripts/bench-sheets.ts [--n 10000] [--runs 5] [--seed 1] [--keep]
//
// Each run is two child processes timed by GNU time: wall seconds as an analyst waits, and CPU seconds
// (user + sys), which other load on the machine disturbs far less. Medians are printed last.
import { rm, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeProjectCopy } from './lib/project-copy.ts';
import { timeSheets, type SheetsTiming } from './lib/run-measured.ts';
import { generateSyntheticData, syntheticFiles } from './lib/synthetic-data.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const n = Number(option('--n', '10000'));
const runs = Number(option('--runs', '5'));
const seed = Number(option('--seed', '1'));
if (![n, runs].every((x) => Number.isInteger(x) && x >= 1)) {
  console.error('usage: node scripts/bench-sheets.ts [--n 10000] [--runs 5] [--seed 1] [--keep]');
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const f = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(2));

const dir = await makeProjectCopy({ empty: true, prefix: `deal-atlas-bench-sheets-${n}-` });
try {
  for (const [rel, text] of syntheticFiles(generateSyntheticData(n, { seed }))) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  console.log(`bench-sheets: n=${n}, ${runs} runs, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const all: SheetsTiming[] = [];
  for (let i = 1; i <= runs; i++) {
    const t = await timeSheets(dir);
    all.push(t);
    console.log(`run ${i}: export ${f(t.exportS)} s (CPU ${f(t.exportCpuS)} s, ${t.xlsxKb.toFixed(0)} KB)  import ${f(t.importS)} s (CPU ${f(t.importCpuS)} s)`);
  }
  const cpu = (k: 'exportCpuS' | 'importCpuS') => (all.every((t) => t[k] !== undefined) ? median(all.map((t) => t[k]!)) : undefined);
  console.log(
    `median: export ${f(median(all.map((t) => t.exportS)))} s (CPU ${f(cpu('exportCpuS'))} s)  import ${f(median(all.map((t) => t.importS)))} s (CPU ${f(cpu('importCpuS'))} s)` +
      `; targets: export < 3 s, import < 5 s (docs/performance.md)`,
  );
  console.log(`load average after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  if (argv.includes('--keep')) console.log(`bench-sheets: kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
