// `npm run build`: validate → astro build into a staging folder (meanwhile: the search index of deals and
// companies, from data) → search index of the other pages → PDFs → swap into dist/ → the replaced copy is
// deleted in the background (scripts/lib/retire-folder.ts).
// Any failure leaves the previous dist/ exactly as it was, so a host deploying dist/ never gets a half-built site.
// The build deletes only what it made: its output folder if it carries the build's marker (or is empty, or an
// earlier build of this site), its staging folders, and the copies it retired itself (scripts/lib/out-dir.ts).
import { LOCALE_IDS } from '../src/lib/i18n/locales.ts';
import { inLocale } from '../src/lib/i18n/routing.ts';
import { fork, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSnapshot, SNAPSHOT_ENV } from '../src/lib/dataset-snapshot.ts';
import { editionReports, type EditionReport } from '../src/lib/edition-reports.ts';
import { siteContent } from '../src/lib/site-content.ts';
import { PICTURES_APART_ENV } from '../src/lib/pages/pictures.ts';
import { missingTargets, readRedirects } from '../src/lib/redirects.ts';
import { formatProblems } from '../src/lib/validate/problem.ts';
import { siteConfig } from '../src/site.config.ts';
import { acquireBuildLock } from './lib/build-lock.ts';
import { checkOutputFolder, OutDirRefusedError, resolveOutDir, writeBuildMarker } from './lib/out-dir.ts';
import { beingRemoved, inspectRetired, leftoverWarnings, removeDetached, retire, RETIRED_MARKER } from './lib/retire-folder.ts';
import { builtPages, removedPages, removedPagesWarning } from './lib/published-pages.ts';
import { closeSearch, PAGES_BUNDLE, writePageIndex, writeRecordIndexes } from './lib/search-index.ts';
import type { PicturesResult } from './lib/pictures-process.ts';
import type { ValidateResult } from './lib/validate-process.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Set in main() once OUT_DIR has passed resolveOutDir: a refused path must not even get sibling folders.
let outDir = '';
let staging = '';
let recordsOut = ''; // record bundles, moved into staging once Astro is done
let snapshot = ''; // validated data, from the validation child to Astro's pages
let picturesOut = ''; // chart pictures and page cards, drawn beside Astro, moved into staging once it is done
const skipPdf = process.argv.includes('--no-pdf') || process.env.SKIP_PDF === '1';
const t0 = performance.now();
const step = (name: string, since: number) => console.log(`build: ${name} in ${((performance.now() - since) / 1000).toFixed(2)} s`);

interface Started {
  done: Promise<void>;
  /** Pass the output through from now on (held back until then, so a data problem is not buried in it). */
  showOutput(): void;
  stop(): void;
}

/** Start a command; its output is held until showOutput(). */
function start(cmd: string, args: string[], name: string, extraEnv: Record<string, string> = {}): Started {
  // BASE_URL in the environment overrides Vite's base (import.meta.env.BASE_URL): drop it; BASE_PATH sets the base.
  const { BASE_URL: _ignored, ...env } = process.env;
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv, ASTRO_TELEMETRY_DISABLED: '1' } });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const)
    from.on('data', (b: Buffer) => (held ? held.push([to, b]) : to.write(b)));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(code === null ? `${name} was stopped (${signal})` : `${name} exited with ${code}`))));
  });
  done.catch(() => {}); // the caller awaits it; an early failure must not go unhandled meanwhile
  return {
    done,
    showOutput() {
      for (const [to, b] of held ?? []) to.write(b);
      held = undefined;
    },
    stop: () => child.kill(),
  };
}

/**
 * validateProject in a child process (scripts/lib/validate-process.ts): its memory goes when it exits.
 * Clean data is also written to `snapshot` for Astro's pages, which wait for it instead of reading data/ again.
 */
function validateApart(): Promise<ValidateResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./lib/validate-process.ts', import.meta.url)), [root, snapshot], { serialization: 'advanced' });
    child.once('message', (r) => resolve(r as ValidateResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`validation stopped (exit code ${code})`))); // after a message: no effect
  });
}

/** The PNG pictures in a child process beside Astro (scripts/lib/pictures-process.ts), into picturesOut. */
function drawPicturesApart(): { done: Promise<PicturesResult>; stop(): void } {
  const child = fork(fileURLToPath(new URL('./lib/pictures-process.ts', import.meta.url)), [root, snapshot, picturesOut]);
  const done = new Promise<PicturesResult>((resolve, reject) => {
    child.once('message', (r) => resolve(r as PicturesResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`drawing the pictures stopped (exit code ${code})`))); // after a message: no effect
  });
  done.catch(() => {}); // awaited after Astro; a failure must not go unhandled meanwhile
  return { done, stop: () => child.kill() };
}

/** Every file under `from`, moved to the same place under `to` (folders made as needed). */
async function moveTree(from: string, to: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(from, path.join(entry.parentPath, entry.name));
    await mkdir(path.dirname(path.join(to, rel)), { recursive: true });
    await rename(path.join(from, rel), path.join(to, rel));
    n++;
  }
  return n;
}

let release: (() => Promise<void>) | undefined;

async function main(): Promise<void> {
  outDir = resolveOutDir(process.env.OUT_DIR, root);
  [staging, recordsOut, snapshot, picturesOut] = [`${outDir}.staging`, `${outDir}.search`, `${outDir}.dataset`, `${outDir}.pictures`];
  // Refused here, before the lock, Astro or any folder: the swap would delete the folder's contents.
  if ((await checkOutputFolder(outDir)) === 'earlier-build')
    console.log(`build: ${path.basename(outDir)}/ has no build marker but is an earlier build of this site: it is replaced as usual, and marked from now on.`);
  release = await acquireBuildLock(outDir); // before touching the staging folder another build may be using
  await Promise.all([staging, recordsOut, snapshot, picturesOut].map((p) => rm(p, { recursive: true, force: true })));
  // Replaced copies still on disk: a remover's failure can only be reported now (it ran detached).
  for (const line of leftoverWarnings(await inspectRetired(outDir))) console.warn(line);
  let t = performance.now();
  // Astro starts at once, beside validation (its first seconds are start-up work either way); bad data
  // stops it and only the problems are shown.
  // Astro's cache is project-local: cacheDir in astro.config.mjs.
  // --heap-growing-percent=50: V8 lets the heap grow to 1.5x what survived the last full GC instead of up to
  // 4x. At 10,000 deals Astro's peak falls from about 830 to 650 MB at no measurable cost in time, and
  // unlike a fixed --max-old-space-size it still grows with a larger dataset (npm run bench).
  // --max-semi-space-size=32: a larger young generation, so the short-lived objects of each page are
  // collected in fewer scavenges. At 10,000 deals: 20.7 s against 22.0 s (alternating, faster in all 4
  // pairs), 2 s less CPU, about 40 MB more at the peak (64 MB: no faster than 32, and 110 MB more).
  const astro = start(process.execPath, ['--max-semi-space-size=32', '--heap-growing-percent=50', path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], 'astro build', {
    [SNAPSHOT_ENV]: snapshot,
    [PICTURES_APART_ENV]: '1',
  });
  const tAstro = t;
  const pictures = drawPicturesApart(); // waits for the snapshot, as Astro's pages do
  const { problems, records } = await validateApart().catch((err: unknown) => (astro.stop(), pictures.stop(), Promise.reject(err)));
  if (problems.length) {
    astro.stop();
    pictures.stop();
    await Promise.all([astro.done.catch(() => {}), pictures.done.catch(() => {})]);
    console.error(formatProblems(problems));
    throw new Error(`${problems.length} data problem(s); dist/ was left as it was.`);
  }
  step('validate (Astro starting alongside)', t);
  astro.showOutput();

  // Deals and companies are indexed from data on pagefind's own process, at low priority, while Astro renders.
  const tRecords = performance.now();
  let recordsDone = '';
  const recordIndex = writeRecordIndexes(records, recordsOut, { lowPriority: true }).then((bundles) => {
    // Reported after Astro's step: printed now, it would land in the middle of Astro's page list.
    recordsDone = `search records (${records.length}: each deal and company in ${new Set(records.map((r) => r.language)).size} languages, in ${bundles.length} bundle${bundles.length === 1 ? '' : 's'}, alongside Astro) in ${((performance.now() - tRecords) / 1000).toFixed(2)} s`;
    return bundles;
  });
  recordIndex.catch(() => {}); // awaited below; a failure here must not go unhandled while Astro runs

  await astro.done.catch(async (err: unknown) => {
    pictures.stop();
    await Promise.all([recordIndex.catch(() => {}), pictures.done.catch(() => {})]); // both may still be writing: let them stop before cleanup
    throw err;
  });
  step('astro build', tAstro);
  t = performance.now();
  const drawn = await pictures.done.catch(async (err: unknown) => {
    await recordIndex.catch(() => {});
    throw err;
  });
  const moved = await moveTree(picturesOut, staging);
  if (moved !== drawn.pictures) throw new Error(`pictures: ${drawn.pictures} drawn but ${moved} files found in ${picturesOut}`);
  await rm(picturesOut, { recursive: true, force: true });
  // What the edition reports compile, from the validated data Astro built from (read before it is deleted).
  const snap = skipPdf ? undefined : await readSnapshot(snapshot, 0);
  const reports: EditionReport[] = snap ? editionReports(siteContent(snap)) : [];
  await rm(snapshot, { force: true });
  step(`pictures (${drawn.pictures}: ${drawn.drawn} drawn, ${drawn.cached} unchanged since the last build, ${drawn.pruned} unused renders removed from the cache; drawn beside Astro, waited for)`, t);

  // Redirect targets can only be checked against the pages Astro just built.
  const { redirects } = readRedirects(root);
  const targets = missingTargets(redirects, (p) => existsSync(path.join(staging, p, 'index.html')));
  if (targets.length) {
    await recordIndex.catch(() => {}); // pagefind is still writing into dist.search/: let it finish before cleanup
    console.error(formatProblems(targets));
    throw new Error(`${targets.length} data problem(s); dist/ was left as it was.`);
  }

  t = performance.now();
  const bundles = await recordIndex;
  console.log(`build: ${recordsDone}`);
  // Apart from the page index's own time: with every language's records, their writing can outlast Astro.
  step('waiting for the search records after Astro', t);
  t = performance.now();
  for (const name of bundles) await rename(path.join(recordsOut, name), path.join(staging, name));
  await rm(recordsOut, { recursive: true, force: true });
  const pages = await writePageIndex(staging, new Set(records.map((r) => r.url)), path.join(staging, PAGES_BUNDLE));
  await closeSearch();
  step(`search index of pages (${pages} pages)`, t);

  if (!skipPdf) {
    t = performance.now();
    const { printPdfs } = await import('./pdf.ts');
    // PDFs of pages unchanged since the last build are reused (scripts/lib/pdf-cache.ts); PDF_CACHE=0 prints all.
    const cacheDir = process.env.PDF_CACHE === '0' ? undefined : path.join(root, '.cache/pdf');
    const result = await printPdfs({ distDir: staging, siteUrl: siteConfig.url, base: siteConfig.base, cacheDir, log: (s) => console.log(s) });
    if (result.skipped) console.warn(`build: PDF step skipped. ${result.skipped}`);
    else {
      const reused = result.printed.filter((p) => p.cached).length;
      step(`PDFs (${result.printed.length}${reused ? `: ${result.printed.length - reused} printed, ${reused} unchanged since the last build` : ''})`, t);
      t = performance.now();
      const { printReports } = await import('./report.ts');
      // Reports are cached apart: the page PDFs' cache forgets every entry that is not a page's.
      const reportCache = cacheDir && path.join(root, '.cache/report-pdf');
      const made = await printReports({ distDir: staging, siteUrl: siteConfig.url, base: siteConfig.base, reports, cacheDir: reportCache, log: (s) => console.log(s) });
      step(`edition reports (${made.printed.length}${made.printed.some((p) => p.cached) ? ', unchanged since the last build' : ''})`, t);
    }
  }

  // Published addresses this build drops: a warning, not a failure (removing a page can be meant).
  const base = siteConfig.base.replace(/\/+$/, '');
  // A redirect record moves its page in every language (astroRedirects): each old address is covered.
  const redirected = new Set(redirects.flatMap((r) => LOCALE_IDS.map((l) => `${base}${inLocale(l, r.from)}`)));
  const stillBuilt = (page: string) => existsSync(path.join(staging, page.slice(base.length), 'index.html'));
  const removed = removedPages(await builtPages(outDir), await builtPages(staging), redirected, stillBuilt);
  if (removed.length) console.warn(removedPagesWarning(removed));

  // Swap: dist → dist.old-…, staging → dist (two renames), then the old copy is deleted in the background.
  await writeBuildMarker(staging);
  await checkOutputFolder(outDir); // again: something else may have been put there while the site was built
  const retired = await retire(outDir);
  try {
    await rename(staging, outDir);
  } catch (err) {
    if (retired) {
      await rename(retired, outDir);
      await rm(path.join(outDir, RETIRED_MARKER), { force: true });
    }
    throw err;
  }
  // This one and any an earlier remover left (interrupted, or stuck: tried again); not those still being deleted.
  const leftovers = (await inspectRetired(outDir)).owned.filter((c) => !beingRemoved(c)).map((c) => c.path);
  step(`done → ${path.relative(root, outDir) || '.'}; total`, t0);
  if (removeDetached(leftovers)) console.log(`build: deleting the replaced copy in the background (${leftovers.map((f) => path.basename(f)).join(', ')})`);
}

main().then(
  () => release?.(),
  async (err: unknown) => {
    // Only with the lock held are the staging folders ours (else: another build's, or a refused path's).
    if (release) for (const p of [staging, recordsOut, snapshot, picturesOut]) await rm(p, { recursive: true, force: true }).catch(() => {});
    await release?.();
    console.error(`\nbuild failed: ${(err as Error).message}`);
    console.error(err instanceof OutDirRefusedError && !release ? 'Nothing was written or deleted.' : 'The previous dist/ (if any) is unchanged.');
    process.exit(1);
  },
);
