// Running a command as the benchmarks do: wall time, CPU time (user + sys, GNU time) and peak memory of
// its whole process tree. Shared by scripts/bench.ts and scripts/bench-sheets.ts.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(TIME);

export interface Measured {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Largest single process of the tree (GNU time's "Maximum resident set size"), MB. */
  maxRssMb?: number;
  /** Largest sum of VmRSS over the whole process tree, sampled from /proc every 200 ms, MB. */
  treePeakMb: number;
  /** User + system CPU seconds of the tree (GNU time): far less sensitive than wall time to other load on the machine. */
  cpuS?: number;
}

/** Pid → parent pid for every process (Linux /proc). */
function parentMap(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Sum of VmRSS (kB) of pid and all its descendants. */
function treeRssKb(root: number): number {
  const parents = parentMap();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  let sum = 0;
  for (const pid of tree) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) sum += Number(m[1]);
    } catch {
      /* gone */
    }
  }
  return sum;
}

/** Run a command to completion, capturing output, timing it and measuring peak memory. */
export function runMeasured(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const [c, a] = hasGnuTime ? [TIME, ['-v', cmd, ...args]] : [cmd, args];
    const t0 = performance.now();
    const child = spawn(c, a, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let peakKb = 0;
    const sample = () => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    };
    const timer = setInterval(sample, 200);
    child.on('error', (e) => (clearInterval(timer), reject(e)));
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      const stderr = Buffer.concat(err).toString('utf8');
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuS = user && sys ? Number(user[1]) + Number(sys[1]) : undefined;
      resolve({ ms, code, stdout: Buffer.concat(out).toString('utf8'), stderr, maxRssMb: rss ? Number(rss[1]) / 1024 : undefined, treePeakMb: peakKb / 1024, cpuS });
    });
  });
}

/** `npm run export` then `npm run import` of the export: wall and CPU seconds, and the workbook's size. */
export interface SheetsTiming {
  exportS: number;
  exportCpuS?: number;
  importS: number;
  importCpuS?: number;
  xlsxKb: number;
}

/**
 * `npm run export` of the project copy's whole dataset, then `npm run import` of that workbook (every row
 * read, merged, and the candidate dataset validated; nothing changes, so nothing is written). Wall time as
 * an analyst waits for it, process start included.
 */
export async function timeSheets(dir: string): Promise<SheetsTiming> {
  const xlsx = path.join(dir, 'bench-export.xlsx');
  const e = await runMeasured(process.execPath, ['scripts/export.ts', xlsx], dir);
  if (e.code !== 0) throw new Error(`export failed:\n${e.stderr.slice(-3000)}`);
  const i = await runMeasured(process.execPath, ['scripts/import.ts', xlsx], dir);
  if (i.code !== 0 || !/nothing changed/.test(i.stdout)) throw new Error(`import of the export failed or changed data:\n${i.stdout.slice(-2000)}${i.stderr.slice(-3000)}`);
  return { exportS: e.ms / 1000, exportCpuS: e.cpuS, importS: i.ms / 1000, importCpuS: i.cpuS, xlsxKb: statSync(xlsx).size / 1024 };
}

