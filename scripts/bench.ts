// `npm run bench`: build benchmark on synthetic datasets. Prints figures (not a test) and writes them
// to .bench/results.json.
//
//   node scripts/bench.ts [--sizes 1000,10000] [--runs 3] [--pdf] [--reader] [--keep] [--no-floor] [--no-english]
//
// For each size n: a throwaway project copy gets a synthetic dataset of n deals (scripts/lib/synthetic-data.ts);
// then `npm run validate` alone, `npm run export` of the whole dataset to XLSX and `npm run import` of it back, the full build (`node scripts/build.ts`, SKIP_PDF=1) as a child process
// with wall time, peak memory and Astro's per-page times by page type; every chart rendered in-process;
// gzip sizes of HTML, CSS and JS per page type; optionally PDFs (--pdf); and the floor: a bare Astro
// project building the same number of tiny pages, twice over: with Astro's defaults, and with the site's
// build.concurrency (pages rendered while earlier ones are written; on a disk with slow writes the default
// floor mostly measures the disk). Builds always go into a fresh folder (on this disk a build right after a
// big delete is slower: docs/performance.md), except one last rebuild over the first run's folder, timed as
// a publisher's second `npm run build`.
// Languages: the site is built in every language (SITE_LANGUAGES unset); each run is followed by an English-only
// build of the same data (SITE_LANGUAGES=en, src/lib/i18n/locales.ts), and the report gives the ratio
// (target: under 2.5x) and where the time goes, per page type and language (--no-english skips it).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { charts, chartIds } from '../src/charts/registry.ts';
import { renderChart } from '../src/charts/render.ts';
import { kindOfFile, PAGE_KINDS } from '../src/lib/page-kinds.ts';
import { LOCALES, SITE_LANGUAGES_ENV, type Locale } from '../src/lib/i18n/locales.ts';
import { splitLocale } from '../src/lib/i18n/routing.ts';
import { readDataset } from '../src/lib/validate/read-dataset.ts';
import { siteConfig } from '../src/site.config.ts';
import { makeProjectCopy, projectRoot } from './lib/project-copy.ts';
import { retiredCopies } from './lib/retire-folder.ts';
import { timeExplorer } from './lib/explorer-timing.ts';
import { findBrowser, noBrowserMessage } from './lib/find-browser.ts';
import { generateSyntheticData, syntheticFiles } from './lib/synthetic-data.ts';
import { hasGnuTime, runMeasured, TIME, timeSheets, type Measured, type SheetsTiming } from './lib/run-measured.ts';

// ---------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const sizes = (option('--sizes') ?? '1000,10000').split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes expects positive integers such as 1000,10000; got "${option('--sizes')}"`);
  process.exit(2);
}
const withPdf = flag('--pdf');
const withReader = flag('--reader');
const keep = flag('--keep');
const withFloor = !flag('--no-floor');
const withEnglishOnly = !flag('--no-english');
const seed = Number(option('--seed') ?? 1);
/** Builds (and floor builds, alternating with them) per size; medians are reported. Disk time here varies
 * by a quarter from one minute to the next, so one build against one floor build can mislead. */
const runs = Number(option('--runs') ?? 1);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs expects a positive integer; got "${option('--runs')}"`);
  process.exit(2);
}
/** Flush what earlier builds wrote, so a timed build does not pay for another's writes. */
const settle = () => new Promise<void>((resolve) => spawn('sync').on('close', () => setTimeout(resolve, 3000)));
/**
 * Folders to delete once every build is done. Nothing is deleted between timed builds: on ext4 without a
 * journal (this build machine) the kernel skips inodes freed in the last minute when it allocates new ones,
 * scanning past each of them, so a build of 25,000 files started right after deleting another build's
 * 37,000 took 27-29 s instead of 21-22 s (perf: find_get_block / recently_deleted in the kernel). Deleting
 * dist/ before each real build, but not before the floor's fresh folder, made the comparison unfair.
 */
const removeAtEnd: string[] = [];

/** The site's build.concurrency (astro.config.mjs), given to the second floor build. */
const siteConcurrency = Number(/concurrency:\s*(\d+)/.exec(readFileSync(path.join(projectRoot, 'astro.config.mjs'), 'utf8'))?.[1] ?? 1);

const benchDir = path.join(projectRoot, '.bench');

// Targets (docs/performance.md, "Budgets").
const TARGET = { buildS: 15, peakMb: 1024, floorRatio: 1.5, chartJsKb: 10, exportS: 3, importS: 5, languagesRatio: 2.5 };
/** Every language (an empty SITE_LANGUAGES: all, whatever the shell running the benchmark has set), and English alone. */
const ALL_LANGUAGES = { [SITE_LANGUAGES_ENV]: '' };
const ENGLISH_ONLY = { [SITE_LANGUAGES_ENV]: 'en' };
const PAGE_TYPES = ['home', 'briefing', 'topic', 'chart', 'embed', 'deals index', 'deals by year', 'deal', 'company', 'sources'] as const;
for (const t of PAGE_TYPES) if (!PAGE_KINDS.some((k) => k.name === t)) throw new Error(`bench: no page kind "${t}" in src/lib/page-kinds.ts`);
/** Page types with no chart: they should ship no JavaScript. The deals index is the explorer (its script is the feature). */
const NO_CHART_TYPES = ['home', 'deals by year', 'deal', 'company', 'sources'];
const CHART_TYPES = ['chart', 'embed', 'topic', 'briefing'];

// ---------------------------------------------------------------------------------------------- helpers
const log = (s: string) => console.log(`bench: ${s}`);
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const kb = (bytes: number) => bytes / 1024;
const fmt = (x: number | undefined, d = 1) => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));

async function writeFiles(dir: string, files: Map<string, string>): Promise<void> {
  for (const [rel, text] of files) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Page type of a built file, from its path relative to dist ("deals/x/index.html"): the name of its route's kind. */
export function pageType(rel: string): string {
  return kindOfFile(rel)?.name ?? (rel.endsWith('.html') ? 'other html' : 'file');
}

// ---------------------------------------------------------------------------------------------- sizes
interface TypeSizes { pages: number; htmlKb: number; cssKb: number; jsKb: number; maxHtmlKb: number }

/** Average gzip size per page of each type: HTML, CSS (linked stylesheets), JS (<script src> modules and their static imports). */
function pageSizes(dist: string, base: string): Record<string, TypeSizes> {
  const gz = new Map<string, number>();
  const gzipOf = (file: string) => {
    let v = gz.get(file);
    if (v === undefined) gz.set(file, (v = existsSync(file) ? gzipSync(readFileSync(file)).length : 0));
    return v;
  };
  const local = (href: string, from: string) => {
    if (/^[a-z]+:|^\/\//i.test(href)) return undefined; // other origins
    const clean = href.split(/[?#]/)[0]!;
    if (clean.startsWith('/')) return path.join(dist, clean.startsWith(base) ? clean.slice(base.length) : clean);
    return path.resolve(path.dirname(from), clean);
  };
  /** A JS module and everything it imports statically (dynamic import() chunks load on demand: not counted). */
  const moduleClosure = (file: string, seen: Set<string>) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
      const dep = local(m[1]!, file);
      if (dep) moduleClosure(dep, seen);
    }
  };
  const acc: Record<string, TypeSizes> = {};
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const type = pageType(path.relative(dist, file));
    if (!(PAGE_TYPES as readonly string[]).includes(type)) continue;
    const html = readFileSync(file, 'utf8');
    const css = new Set<string>();
    for (const m of html.matchAll(/<link\b[^>]*>/g)) {
      if (!/\brel=["']?stylesheet/.test(m[0])) continue;
      const href = /\bhref=["']?([^"' >]+)/.exec(m[0])?.[1];
      const f = href && local(href, file);
      if (f) css.add(f);
    }
    const js = new Set<string>();
    for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)[^>]*>/g)) {
      const f = local(m[1]!, file);
      if (f) moduleClosure(f, js);
    }
    const a = (acc[type] ??= { pages: 0, htmlKb: 0, cssKb: 0, jsKb: 0, maxHtmlKb: 0 });
    const h = kb(gzipOf(file));
    a.pages++;
    a.htmlKb += h;
    a.maxHtmlKb = Math.max(a.maxHtmlKb, h);
    a.cssKb += kb([...css].reduce((s, f) => s + gzipOf(f), 0));
    a.jsKb += kb([...js].reduce((s, f) => s + gzipOf(f), 0));
  }
  for (const a of Object.values(acc)) (a.htmlKb /= a.pages), (a.cssKb /= a.pages), (a.jsKb /= a.pages);
  return acc;
}

// ---------------------------------------------------------------------------------------------- astro log
interface TypeTiming { pages: number; ms: number; maxMs: number; slowest: string }

/** Astro logs each generated page as "├─ /deals/x/index.html (+12ms)": each page and its time. */
function loggedPages(stdout: string): { file: string; ms: number }[] {
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)\s*(ms|s)\)/g)].map((m) => ({ file: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }));
}

function addTiming(acc: Partial<Record<string, TypeTiming>>, key: string, file: string, ms: number): void {
  const a = (acc[key] ??= { pages: 0, ms: 0, maxMs: 0, slowest: '' });
  a.pages++;
  a.ms += ms;
  if (ms > a.maxMs) (a.maxMs = ms), (a.slowest = file);
}

/** Astro's per-page times summed per page type. */
function pageTimings(stdout: string): Record<string, TypeTiming> {
  const acc: Record<string, TypeTiming> = {};
  for (const { file, ms } of loggedPages(stdout)) addTiming(acc, pageType(file), file, ms);
  return acc;
}

/** The language of a page Astro logged ("/ko/deals/x/index.html" → ko). */
const languageOfLogged = (file: string): Locale => splitLocale(`/${file.replace(/^\/+/, '')}`).locale;

/** As pageTimings, per page type and language: type → language → timing. */
function pageTimingsByLanguage(stdout: string): Record<string, Partial<Record<Locale, TypeTiming>>> {
  const acc: Record<string, Partial<Record<Locale, TypeTiming>>> = {};
  for (const { file, ms } of loggedPages(stdout)) addTiming((acc[pageType(file)] ??= {}), languageOfLogged(file), file, ms);
  return acc;
}

/** "build: astro build in 12.34 s" lines of scripts/build.ts → step → seconds. */
function buildSteps(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/^build: (.+?) in ([\d.]+) s$/gm)) out[m[1]!.replace(/ \(.*\)$/, '').replace(/ →.*$/, '')] = Number(m[2]);
  return out;
}

// ---------------------------------------------------------------------------------------------- floor
/** A bare Astro project with `pages` one-paragraph pages; build.concurrency as given (default: Astro's, 1). */
async function floorBuild(pages: number, concurrency?: number): Promise<Measured & { html: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-floor-'));
  try {
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
    await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    // Its own cache folder, as the real project has (astro.config.mjs), so the two never share a cache.
    const build = concurrency ? `, build: { concurrency: ${concurrency} }` : '';
    await writeFile(path.join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.cache/astro'${build} });\n`);
    await mkdir(path.join(dir, 'src/pages'), { recursive: true });
    await writeFile(
      path.join(dir, 'src/pages/[id].astro'),
      `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`page-\${i}\` } }));\n}\nconst { id } = Astro.params;\n---\n` +
        '<html lang="en"><head><meta charset="utf-8" /><title>Page {id}</title></head><body><h1>Page {id}</h1><p>A small paragraph of text on page {id}, to give the page some body.</p></body></html>\n',
    );
    const r = await runMeasured(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], dir);
    if (r.code !== 0) throw new Error(`floor build failed:\n${r.stderr.slice(-2000)}`);
    const html = walk(path.join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
    return { ...r, html };
  } finally {
    removeAtEnd.push(dir);
  }
}

// ---------------------------------------------------------------------------------------------- one size
interface SizeResult {
  n: number;
  loadavgBefore: string;
  loadavgAfter: string;
  counts: { companies: number; briefings: number; metrics: number; sources: number };
  validateMs: number;
  /** `npm run export` of the whole dataset to XLSX, and `npm run import` of that file back (read, merge, full validation; nothing changes). */
  sheets?: SheetsTiming;
  build: { wallS: number; runsS: number[]; cpuS?: number; steps: Record<string, number>; maxRssMb?: number; treePeakMb: number; log: string };
  /** A build over the existing dist/ of the first run, as a publisher's second `npm run build` is. */
  rebuildS?: number;
  pages: number;
  pagesPerS: number;
  msPerPage: number;
  astroMsPerPage?: number;
  pageTimings: Record<string, TypeTiming>;
  /** Astro's per-page times of the same build, per page type and language. */
  languageTimings: Record<string, Partial<Record<Locale, TypeTiming>>>;
  /** The English-only build of the same data (SITE_LANGUAGES=en), run after each full build; medians. */
  english?: { wallS: number; runsS: number[]; cpuS?: number; steps: Record<string, number>; treePeakMb: number; pages: number; pageTimings: Record<string, TypeTiming>; ratio: number; cpuRatio?: number };
  charts: { id: string; coldMs: number; warmMs: number; svgKb: number }[];
  chartMsAvg: number;
  sizes: Record<string, TypeSizes>;
  /** totalS: every PDF printed; reusedS: the same again with nothing changed (all from the PDF cache). */
  /** The deal explorer in headless Chromium (--reader). */
  explorer?: { loadMs: number; filterMs: number; status: string } | { skipped: string };
  pdf?: { pdfs: number; pages: number; totalS: number; sPerPage: number; reusedS: number; reused: number } | { skipped: string };
  floor?: FloorResult;
  /** The floor with the site's build.concurrency. */
  floorSame?: FloorResult;
}
interface FloorResult { wallS: number; runsS: number[]; cpuS?: number; pages: number; maxRssMb?: number; treePeakMb: number; ratio: number; astroRatio?: number; cpuRatio?: number }

async function benchSize(n: number): Promise<SizeResult> {
  const loadavgBefore = loadavg();
  log(`n=${n}: load average ${loadavgBefore}; generating data (seed ${seed})`);
  const data = generateSyntheticData(n, { seed });
  const dir = await makeProjectCopy({ empty: true, prefix: `deal-atlas-bench-${n}-` });
  try {
    await writeFiles(dir, syntheticFiles(data));
    log(`n=${n}: project copy ${dir}`);

    const v = await runMeasured(process.execPath, ['scripts/validate.ts'], dir);
    if (v.code !== 0) throw new Error(`validate failed for n=${n}:\n${v.stdout.slice(-3000)}${v.stderr.slice(-3000)}`);
    log(`n=${n}: validate ${v.ms.toFixed(0)} ms`);

    const sheets = await timeSheets(dir);
    log(`n=${n}: export ${sheets.exportS.toFixed(2)} s (CPU ${fmt(sheets.exportCpuS, 2)} s, ${sheets.xlsxKb.toFixed(0)} KB), import ${sheets.importS.toFixed(2)} s (CPU ${fmt(sheets.importCpuS, 2)} s)`);

    // Real and floor builds alternate, so a slow minute on the machine hits both alike.
    const builds: Measured[] = [];
    const englishBuilds: Measured[] = [];
    const englishDirs: string[] = [];
    const floors: (Measured & { html: number })[] = [];
    const floorsSame: (Measured & { html: number })[] = [];
    const outDirs: string[] = [];
    for (let i = 1; i <= runs; i++) {
      // Each run into a folder of its own (not deleted until the end: see removeAtEnd).
      const outDir = `dist-run-${i}`;
      await settle();
      log(`n=${n}: full build ${i}/${runs} (node scripts/build.ts, SKIP_PDF=1, OUT_DIR=${outDir}) …`);
      const r = await runMeasured(process.execPath, ['scripts/build.ts'], dir, { SKIP_PDF: '1', OUT_DIR: outDir, ...ALL_LANGUAGES });
      outDirs.push(path.join(dir, outDir));
      if (r.code !== 0) {
        builds.push(r);
        break;
      }
      log(`n=${n}: build ${(r.ms / 1000).toFixed(1)} s, peak ${r.treePeakMb.toFixed(0)} MB`);
      builds.push(r);
      if (withEnglishOnly) {
        await settle();
        const enDir = `dist-en-${i}`;
        log(`n=${n}: English-only build ${i}/${runs} (${SITE_LANGUAGES_ENV}=en, OUT_DIR=${enDir}) …`);
        const e = await runMeasured(process.execPath, ['scripts/build.ts'], dir, { SKIP_PDF: '1', OUT_DIR: enDir, ...ENGLISH_ONLY });
        englishDirs.push(path.join(dir, enDir));
        if (e.code !== 0) throw new Error(`English-only build failed for n=${n}:\n${e.stdout.slice(-2000)}${e.stderr.slice(-3000)}`);
        log(`n=${n}: English-only build ${(e.ms / 1000).toFixed(1)} s (all languages ${(r.ms / e.ms).toFixed(2)}x)`);
        englishBuilds.push(e);
      }
      if (withFloor) {
        await settle();
        log(`n=${n}: floor ${i}/${runs} (bare Astro, same page count) …`);
        const f = await floorBuild(walk(outDirs.at(-1)!).filter((x) => x.endsWith('.html')).length);
        log(`n=${n}: floor ${(f.ms / 1000).toFixed(1)} s`);
        floors.push(f);
        if (siteConcurrency > 1) {
          await settle();
          log(`n=${n}: floor ${i}/${runs} with build.concurrency ${siteConcurrency} …`);
          const g = await floorBuild(f.html, siteConcurrency);
          log(`n=${n}: floor (concurrency ${siteConcurrency}) ${(g.ms / 1000).toFixed(1)} s`);
          floorsSame.push(g);
        }
      }
    }
    // A rebuild over an existing dist/: the command ends once the new copy is swapped in; the replaced
    // copy is deleted in the background (scripts/lib/retire-folder.ts), which is waited for before going on.
    let rebuildS: number | undefined;
    if (builds.every((r) => r.code === 0)) {
      await settle();
      const outDir = path.basename(outDirs[0]!);
      log(`n=${n}: rebuild over the existing ${outDir}/ …`);
      const r = await runMeasured(process.execPath, ['scripts/build.ts'], dir, { SKIP_PDF: '1', OUT_DIR: outDir, ...ALL_LANGUAGES });
      if (r.code !== 0) throw new Error(`rebuild failed for n=${n}:\n${r.stdout.slice(-2000)}${r.stderr.slice(-3000)}`);
      rebuildS = r.ms / 1000;
      log(`n=${n}: rebuild ${rebuildS.toFixed(1)} s; waiting for the replaced copy to be deleted …`);
      while ((await retiredCopies(outDirs[0]!)).length) await new Promise((res) => setTimeout(res, 500));
    }

    // Report the median build (its log, steps and timings); peak memory is the highest of all runs.
    const b = [...builds].sort((x, y) => x.ms - y.ms)[Math.floor((builds.length - 1) / 2)]!;
    const failed = builds.find((r) => r.code !== 0);
    await mkdir(benchDir, { recursive: true });
    const logFile = path.join(benchDir, `build-${n}.log`);
    await writeFile(logFile, `${b.stdout}\n--- stderr ---\n${b.stderr}`);
    if (failed) throw new Error(`build failed for n=${n}:\n${failed.stdout.slice(-2000)}${failed.stderr.slice(-3000)}`);
    const steps = buildSteps(b.stdout);
    const dist = outDirs[builds.indexOf(b)]!;
    const pages = walk(dist).filter((f) => f.endsWith('.html')).length;
    log(`n=${n}: build ${(b.ms / 1000).toFixed(1)} s, ${pages} pages; steps ${JSON.stringify(steps)}`);

    // Charts, in-process: once cold (first render of each chart in this process for this dataset), once warm.
    const { dataset } = await readDataset(dir, chartIds);
    const chartRes: SizeResult['charts'] = [];
    for (const def of charts) {
      let t = performance.now();
      const out = await renderChart(def, dataset, { accent: siteConfig.accent });
      const coldMs = performance.now() - t;
      t = performance.now();
      await renderChart(def, { ...dataset }, { accent: siteConfig.accent }); // a new dataset object: not cached
      chartRes.push({ id: def.id, coldMs, warmMs: performance.now() - t, svgKb: kb(Buffer.byteLength(out.svg)) });
    }
    const chartMsAvg = chartRes.reduce((s, c) => s + c.warmMs, 0) / chartRes.length;

    const sizes = pageSizes(dist, siteConfig.base.endsWith('/') ? siteConfig.base : `${siteConfig.base}/`);

    let explorer: SizeResult['explorer'];
    if (withReader) {
      const found = findBrowser();
      if (!found.path) explorer = { skipped: noBrowserMessage(found) };
      else {
        log(`n=${n}: the deal explorer in Chromium …`);
        explorer = await timeExplorer(dist, siteConfig.base, found.path);
      }
    }

    let pdf: SizeResult['pdf'];
    if (withPdf) {
      log(`n=${n}: printing PDFs …`);
      const { findReportPages, printPdfs } = await import('./pdf.ts');
      const cacheDir = path.join(dir, '.cache/pdf');
      // The pages as Astro wrote them: printing fills in their PDF links, and a rebuild starts from fresh pages.
      const fresh = findReportPages(dist).map((p) => [p.html, readFileSync(p.html)] as const);
      const t = performance.now();
      const r = await printPdfs({ distDir: dist, siteUrl: siteConfig.url, base: siteConfig.base, cacheDir });
      const totalS = (performance.now() - t) / 1000;
      if (r.skipped) pdf = { skipped: r.skipped };
      else {
        const pdfPages = r.printed.reduce((s, p) => s + p.pages, 0);
        log(`n=${n}: PDFs again with nothing changed (a publisher's rebuild) …`);
        for (const [file, bytes] of fresh) await writeFile(file, bytes);
        const t2 = performance.now();
        const again = await printPdfs({ distDir: dist, siteUrl: siteConfig.url, base: siteConfig.base, cacheDir });
        const reusedS = (performance.now() - t2) / 1000;
        pdf = { pdfs: r.printed.length, pages: pdfPages, totalS, sPerPage: totalS / Math.max(1, pdfPages), reusedS, reused: again.printed.filter((p) => p.cached).length };
      }
    }

    const astroS = steps['astro build'];
    const result: SizeResult = {
      n,
      loadavgBefore,
      loadavgAfter: loadavg(),
      counts: { companies: data.companies.length, briefings: data.briefings.length, metrics: data.metrics.length, sources: data.sources.length },
      validateMs: v.ms,
      sheets,
      build: {
        wallS: b.ms / 1000,
        runsS: builds.map((r) => r.ms / 1000),
        cpuS: b.cpuS,
        steps,
        maxRssMb: Math.max(...builds.map((r) => r.maxRssMb ?? 0)) || undefined,
        treePeakMb: Math.max(...builds.map((r) => r.treePeakMb)),
        log: path.relative(projectRoot, logFile),
      },
      rebuildS,
      pages,
      pagesPerS: pages / (b.ms / 1000),
      msPerPage: b.ms / pages,
      astroMsPerPage: astroS ? (astroS * 1000) / pages : undefined,
      pageTimings: pageTimings(b.stdout),
      languageTimings: pageTimingsByLanguage(b.stdout),
      charts: chartRes,
      chartMsAvg,
      sizes,
      pdf,
      explorer,
    };

    const floorOf = (list: (Measured & { html: number })[]): FloorResult | undefined => {
      if (!list.length) return undefined;
      const f = [...list].sort((x, y) => x.ms - y.ms)[Math.floor((list.length - 1) / 2)]!;
      return {
        wallS: f.ms / 1000,
        runsS: list.map((r) => r.ms / 1000),
        cpuS: f.cpuS,
        cpuRatio: b.cpuS && f.cpuS ? b.cpuS / f.cpuS : undefined,
        pages: f.html,
        maxRssMb: f.maxRssMb,
        treePeakMb: f.treePeakMb,
        ratio: b.ms / f.ms, // median / median
        astroRatio: astroS ? (astroS * 1000) / f.ms : undefined,
      };
    };
    if (englishBuilds.length) {
      const e = [...englishBuilds].sort((x, y) => x.ms - y.ms)[Math.floor((englishBuilds.length - 1) / 2)]!;
      result.english = {
        wallS: e.ms / 1000,
        runsS: englishBuilds.map((x) => x.ms / 1000),
        cpuS: e.cpuS,
        steps: buildSteps(e.stdout),
        treePeakMb: Math.max(...englishBuilds.map((x) => x.treePeakMb)),
        pages: walk(englishDirs[englishBuilds.indexOf(e)]!).filter((f) => f.endsWith('.html')).length,
        pageTimings: pageTimings(e.stdout),
        ratio: b.ms / e.ms, // median / median
        cpuRatio: b.cpuS && e.cpuS ? b.cpuS / e.cpuS : undefined,
      };
    }
    result.floor = floorOf(floors);
    result.floorSame = floorOf(floorsSame);
    return result;
  } finally {
    if (keep) log(`n=${n}: kept ${dir}`);
    else removeAtEnd.push(dir);
  }
}

// ---------------------------------------------------------------------------------------------- report
function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), w.map((x) => '-'.repeat(x)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function report(results: SizeResult[]): { text: string; verdicts: { target: string; value: string; pass: boolean }[] } {
  const out: string[] = [];
  const cols = results.map((r) => `n=${r.n}`);
  const row = (label: string, f: (r: SizeResult) => string) => [label, ...results.map(f)];
  out.push(
    table(['', ...cols], [
      row('load average (1/5/15 min) before', (r) => r.loadavgBefore),
      row('companies / briefings / series / sources', (r) => `${r.counts.companies}/${r.counts.briefings}/${r.counts.metrics}/${r.counts.sources}`),
      row('validate alone (ms)', (r) => fmt(r.validateMs, 0)),
      row('export to XLSX, all sheets (s) / CPU s', (r) => (r.sheets ? `${fmt(r.sheets.exportS, 2)} / ${fmt(r.sheets.exportCpuS, 2)}` : '–')),
      row('import that XLSX back (s) / CPU s', (r) => (r.sheets ? `${fmt(r.sheets.importS, 2)} / ${fmt(r.sheets.importCpuS, 2)}` : '–')),
      row('full build wall (s), median of runs', (r) => fmt(r.build.wallS, 2)),
      row('  each run (s)', (r) => r.build.runsS.map((x) => fmt(x, 1)).join(', ')),
      row('full build CPU, user+sys (s)', (r) => fmt(r.build.cpuS, 1)),
      row('rebuild over an existing dist/ (s)', (r) => fmt(r.rebuildS, 1)),
      row('  validate step (s)', (r) => fmt(r.build.steps['validate'], 2)),
      row('  astro build step (s)', (r) => fmt(r.build.steps['astro build'], 2)),
      row('  search records, alongside astro (s)', (r) => fmt(r.build.steps['search records'], 2)),
      row('  waiting for the search records, after astro (s)', (r) => fmt(r.build.steps['waiting for the search records after Astro'], 2)),
      row('  search index of pages, after astro (s)', (r) => fmt(r.build.steps['search index of pages'], 2)),
      row(`peak RSS, process tree sum (MB)`, (r) => fmt(r.build.treePeakMb, 0)),
      row(`peak RSS, largest process (MB)${hasGnuTime ? '' : ' n/a'}`, (r) => fmt(r.build.maxRssMb, 0)),
      row('pages (.html in dist)', (r) => String(r.pages)),
      row('pages per second (full build)', (r) => fmt(r.pagesPerS, 0)),
      row('ms per page (full build)', (r) => fmt(r.msPerPage, 2)),
      row('ms per page (astro step)', (r) => fmt(r.astroMsPerPage, 2)),
      row('chart SVG ms (avg warm, in-process)', (r) => fmt(r.chartMsAvg, 1)),
      ...(withEnglishOnly
        ? [
            row(`English-only build, same data (s), median (${SITE_LANGUAGES_ENV}=en)`, (r) => fmt(r.english?.wallS, 2)),
            row('  each run (s)', (r) => r.english?.runsS.map((x) => fmt(x, 1)).join(', ') ?? '–'),
            row('  its pages (.html in dist)', (r) => String(r.english?.pages ?? '–')),
            row('  its astro build step (s)', (r) => fmt(r.english?.steps['astro build'], 2)),
            row('  its search index of pages (s)', (r) => fmt(r.english?.steps['search index of pages'], 2)),
            row('  its peak RSS, tree (MB)', (r) => fmt(r.english?.treePeakMb, 0)),
            row('all languages / English only (wall)', (r) => fmt(r.english?.ratio, 2)),
            row('all languages / English only (CPU seconds)', (r) => fmt(r.english?.cpuRatio, 2)),
          ]
        : []),
      row('floor: bare Astro, same pages (s), median', (r) => fmt(r.floor?.wallS, 2)),
      row('  each run (s)', (r) => r.floor?.runsS.map((x) => fmt(x, 1)).join(', ') ?? '–'),
      row('real/floor (full build)', (r) => fmt(r.floor?.ratio, 2)),
      row('real/floor (astro step only)', (r) => fmt(r.floor?.astroRatio, 2)),
      row('floor CPU, user+sys (s)', (r) => fmt(r.floor?.cpuS, 1)),
      row('real/floor (CPU seconds)', (r) => fmt(r.floor?.cpuRatio, 2)),
      row('floor peak RSS, tree (MB)', (r) => fmt(r.floor?.treePeakMb, 0)),
      row(`floor with build.concurrency ${siteConcurrency} (s), median`, (r) => fmt(r.floorSame?.wallS, 2)),
      row('  each run (s)', (r) => r.floorSame?.runsS.map((x) => fmt(x, 1)).join(', ') ?? '–'),
      row(`real/floor with concurrency ${siteConcurrency} (full build)`, (r) => fmt(r.floorSame?.ratio, 2)),
      row(`real/floor with concurrency ${siteConcurrency} (astro step)`, (r) => fmt(r.floorSame?.astroRatio, 2)),
      row(`real/floor with concurrency ${siteConcurrency} (CPU seconds)`, (r) => fmt(r.floorSame?.cpuRatio, 2)),
      ...(withReader
        ? [
            row('deal explorer: load in Chromium (ms)', (r) => (r.explorer && 'loadMs' in r.explorer ? fmt(r.explorer.loadMs, 0) : 'skipped')),
            row('  a country filter (ms)', (r) => (r.explorer && 'filterMs' in r.explorer ? `${fmt(r.explorer.filterMs, 0)} (${r.explorer.status})` : '–')),
          ]
        : []),
      ...(withPdf
        ? [
            row('PDFs: all printed, wall (s)', (r) => (r.pdf && 'totalS' in r.pdf ? `${fmt(r.pdf.totalS, 1)} (${r.pdf.pdfs} PDFs, ${r.pdf.pages} pages)` : 'skipped')),
            row('  s per PDF page (wall / pages)', (r) => (r.pdf && 'sPerPage' in r.pdf ? fmt(r.pdf.sPerPage, 3) : '–')),
            row('PDFs again, nothing changed (s)', (r) => (r.pdf && 'reusedS' in r.pdf ? `${fmt(r.pdf.reusedS, 1)} (${r.pdf.reused} reused)` : '–')),
          ]
        : []),
    ]),
  );

  out.push('\nGzip per page, average (KB): HTML / CSS / JS (JS = <script src> modules + their static imports)');
  out.push(
    table(['page type', ...results.flatMap((r) => [`n=${r.n} pages`, `HTML`, `CSS`, `JS`])], PAGE_TYPES.map((t) => [
      t,
      ...results.flatMap((r) => {
        const s = r.sizes[t];
        return s ? [String(s.pages), fmt(s.htmlKb, 1), fmt(s.cssKb, 1), fmt(s.jsKb, 2)] : ['0', '–', '–', '–'];
      }),
    ])),
  );

  out.push(
    '\nAstro page generation by page type (sum of the per-page "+ms" Astro logs; avg and slowest page).\n' +
      'Astro renders 8 pages at a time (build.concurrency), so each page\'s time includes the others in flight:\n' +
      'the sums exceed the wall time; compare page types with each other and across sizes.',
  );
  const types = [...new Set(results.flatMap((r) => Object.keys(r.pageTimings)))].sort();
  out.push(
    table(['page type', ...results.flatMap((r) => [`n=${r.n} pages`, 'total s', 'avg ms', 'max ms'])], types.map((t) => [
      t,
      ...results.flatMap((r) => {
        const x = r.pageTimings[t];
        return x ? [String(x.pages), fmt(x.ms / 1000, 2), fmt(x.ms / x.pages, 1), fmt(x.maxMs, 0)] : ['0', '–', '–', '–'];
      }),
    ])),
  );

  if (results.some((r) => r.english)) {
    // Where the extra languages' time goes: each page type's Astro time per language, beside the same type
    // in the English-only build (a page type whose English pages got slower in the full build is paying
    // for the machine being shared, not for its language).
    const locales = Object.keys(LOCALES) as Locale[];
    out.push(
      '\nAstro page generation per page type and language (total s of the per-page "+ms" logs, as above), and the\n' +
        'English-only build of the same data for comparison.',
    );
    const langTypes = [...new Set(results.flatMap((r) => Object.keys(r.languageTimings)))].sort();
    out.push(
      table(['page type', ...results.flatMap((r) => [...locales.map((l) => `n=${r.n} ${LOCALES[l].tag}`), 'all', 'en only'])], langTypes.map((t) => [
        t,
        ...results.flatMap((r) => {
          const by = r.languageTimings[t] ?? {};
          const all = Object.values(by).reduce((s, x) => s + (x?.ms ?? 0), 0);
          return [...locales.map((l) => fmt(by[l] && by[l]!.ms / 1000, 2)), fmt(all / 1000, 2), fmt(r.english?.pageTimings[t] && r.english.pageTimings[t]!.ms / 1000, 2)];
        }),
      ])),
    );
    out.push('\nBuild steps, all languages against English only (s)');
    const stepNames = [...new Set(results.flatMap((r) => [...Object.keys(r.build.steps), ...Object.keys(r.english?.steps ?? {})]))];
    out.push(
      table(['step', ...results.flatMap((r) => [`n=${r.n} all`, 'en only', 'ratio'])], stepNames.map((st) => [
        st,
        ...results.flatMap((r) => {
          const [a, e] = [r.build.steps[st], r.english?.steps[st]];
          return [fmt(a, 2), fmt(e, 2), fmt(a !== undefined && e ? a / e : undefined, 2)];
        }),
      ])),
    );
  }

  out.push('\nCharts (in-process renderChart on the same dataset): ms cold / warm, SVG KB');
  out.push(
    table(['chart', ...results.map((r) => `n=${r.n}`)], charts.map((def) => [
      def.id,
      ...results.map((r) => {
        const c = r.charts.find((x) => x.id === def.id)!;
        return `${fmt(c.coldMs, 0)} / ${fmt(c.warmMs, 1)} ms, ${fmt(c.svgKb, 1)} KB`;
      }),
    ])),
  );

  if (results.length > 1) {
    const [a, b] = [results[0]!, results[results.length - 1]!];
    const marginal = ((b.build.wallS - a.build.wallS) * 1000) / (b.pages - a.pages);
    out.push(
      `\nGrowth: ms per page ${results.map((r) => `${fmt(r.msPerPage, 2)} (n=${r.n})`).join(', ')}; ` +
        `marginal ${fmt(marginal, 2)} ms per extra page between n=${a.n} and n=${b.n} ` +
        `(fixed cost ≈ ${fmt(a.build.wallS - (marginal * a.pages) / 1000, 1)} s). ` +
        (b.msPerPage <= a.msPerPage * 1.25 ? 'Roughly linear overall.' : 'Superlinear: cost per page grows with size.'),
    );
    // Linear overall can hide one page type going quadratic (a page that scans every deal per row). Judged
    // on types with many pages: with 8 pages in flight, one page's time also counts the others'.
    const grew = Object.entries(b.pageTimings)
      .filter(([t, x]) => a.pageTimings[t] && x.pages >= 100 && x.ms > 500 && x.ms / x.pages > 3 * (a.pageTimings[t]!.ms / a.pageTimings[t]!.pages))
      .map(([t, x]) => `${t} (${fmt(a.pageTimings[t]!.ms / a.pageTimings[t]!.pages, 1)} → ${fmt(x.ms / x.pages, 1)} ms per page)`);
    out.push(grew.length ? `Page types (100+ pages) whose cost per page grew more than 3x: ${grew.join(', ')}.` : 'No page type with 100+ pages grew more than 3x in cost per page.');
  }

  // Targets, judged on the largest size run (the 10,000-deal site when run with the default sizes).
  const big = results.reduce((x, y) => (y.n > x.n ? y : x));
  const verdicts: { target: string; value: string; pass: boolean }[] = [];
  const v = (target: string, value: string, pass: boolean) => verdicts.push({ target, value, pass });
  v(`n=${big.n} site builds in < ${TARGET.buildS} s`, `${fmt(big.build.wallS, 1)} s`, big.build.wallS < TARGET.buildS);
  v(`n=${big.n} build peak memory < 1 GiB (tree sum; MB = MiB here)`, `${fmt(big.build.treePeakMb, 0)} MB`, big.build.treePeakMb < TARGET.peakMb);
  if (big.english)
    v(`n=${big.n} build in ${Object.keys(LOCALES).length} languages within ${TARGET.languagesRatio}x of the English-only build`, `${fmt(big.english.ratio, 2)}x`, big.english.ratio < TARGET.languagesRatio);
  if (big.floor) v(`n=${big.n} build within ${TARGET.floorRatio}x of the floor (bare Astro, defaults)`, `${fmt(big.floor.ratio, 2)}x`, big.floor.ratio <= TARGET.floorRatio);
  if (big.floorSame)
    v(`n=${big.n} build within ${TARGET.floorRatio}x of the floor (bare Astro, build.concurrency ${siteConcurrency})`, `${fmt(big.floorSame.ratio, 2)}x`, big.floorSame.ratio <= TARGET.floorRatio);
  if (big.sheets) {
    v(`n=${big.n} deals export to XLSX in < ${TARGET.exportS} s`, `${fmt(big.sheets.exportS, 2)} s (CPU ${fmt(big.sheets.exportCpuS, 2)} s)`, big.sheets.exportS < TARGET.exportS);
    v(`n=${big.n} deals import from XLSX in < ${TARGET.importS} s`, `${fmt(big.sheets.importS, 2)} s (CPU ${fmt(big.sheets.importCpuS, 2)} s)`, big.sheets.importS < TARGET.importS);
  }
  for (const t of NO_CHART_TYPES) {
    const s = big.sizes[t];
    if (s) v(`${t} pages (no charts) ship 0 KB of JS`, `${fmt(s.jsKb, 2)} KB`, s.jsKb === 0);
  }
  for (const t of CHART_TYPES) {
    const s = big.sizes[t];
    if (s) v(`${t} pages ship < ${TARGET.chartJsKb} KB of script (gzip)`, `${fmt(s.jsKb, 2)} KB`, s.jsKb < TARGET.chartJsKb);
  }
  out.push('\nTargets (docs/performance.md, Budgets)');
  out.push(table(['target', 'measured', ''], verdicts.map((x) => [x.target, x.value, x.pass ? 'PASS' : 'MISS'])));
  out.push(
    `\nNotes: timings are wall-clock on a shared ${os.cpus().length}-core machine (load average after: ${results.map((r) => r.loadavgAfter).join(' | ')}); ` +
      `peak memory: ${hasGnuTime ? `${TIME} -v (largest single process) and ` : ''}the sum of VmRSS over the build's process tree sampled every 200 ms. ` +
      `Deals index JS is the explorer script (its feature), not judged as a chart-free page. Build logs: .bench/build-<n>.log.`,
  );
  return { text: out.join('\n'), verdicts };
}

async function main(): Promise<void> {
  log(`sizes ${sizes.join(', ')}${withPdf ? ', with PDFs' : ''}; ${os.cpus().length} cores; load average ${loadavg()}; memory via ${hasGnuTime ? `${TIME} -v + /proc sampling` : '/proc sampling'}`);
  const results: SizeResult[] = [];
  try {
    for (const n of sizes) results.push(await benchSize(n));
  } finally {
    for (const dir of removeAtEnd) await rm(dir, { recursive: true, force: true });
  }
  const { text, verdicts } = report(results);
  console.log(`\n${text}`);
  await mkdir(benchDir, { recursive: true });
  const file = path.join(benchDir, 'results.json');
  const stamp = { date: new Date().toISOString(), node: process.version, cores: os.cpus().length, loadavg: os.loadavg(), seed, sizes, pdf: withPdf };
  await writeFile(file, `${JSON.stringify({ ...stamp, results, verdicts, table: text }, null, 2)}\n`);
  log(`wrote ${path.relative(projectRoot, file)}`);
}

// Only when run as a script (pageType is exported for reuse).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(`bench failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  });
}
