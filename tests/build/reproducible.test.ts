// Two builds of the same input with the same BUILD_DATE are byte-identical (PDFs included when Chromium is
// there to print them), and nothing of the build machine leaks into the output: no temp or project paths,
// no date of "now" other than the configured BUILD_DATE.
import { existsSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/project-copy.ts';
import { CHROME, hasChrome } from '../helpers/browser.ts';
import { build, copyProject, describeBuild, editJson, listFiles, removeCopies, snapshot, type BuildResult } from './helpers.ts';

/**
 * Deliberately not today, so a date of "now" in the output cannot pass for the configured one; and after
 * every date in data/ and content/, which validation refuses past the build date.
 */
const BUILD_DATE = '2030-01-02';
const withPdf = hasChrome;
if (!withPdf) console.warn(`reproducible.test: no Chromium at ${CHROME} (set CHROME_PATH): PDFs are not built or compared.`);

let dir: string;
let outA: string;
let outB: string;
let a: BuildResult;
let b: BuildResult;
/** A second copy with other data, built at the same time as build B. */
let other: string;
let c: BuildResult;
const MARKER = 'Concurrent-Copy-Marker';
let snapA: Record<string, string> = {};
let snapB: Record<string, string> = {};

beforeAll(async () => {
  dir = await copyProject('deal-atlas-repro-');
  outA = path.join(dir, 'out-a');
  outB = path.join(dir, 'out-b');
  other = await copyProject('deal-atlas-repro-other-');
  await editJson(other, 'data/companies.json', (cs: { id: string; name: string }[]) => {
    cs.find((x) => x.id === 'remegen')!.name = MARKER;
  });
  // A and B one after the other from the same copy (sharing its caches, as two CI runs of one checkout
  // would); B runs side by side with a build of another copy whose data differs (copies link the same
  // node_modules/, so any build state kept there would leak between them). B prints its PDFs afresh
  // (PDF_CACHE=0) instead of reusing A's, so printing itself is shown to be reproducible.
  a = await build(dir, { pdf: withPdf, env: { OUT_DIR: outA, BUILD_DATE } });
  [b, c] = await Promise.all([build(dir, { pdf: withPdf, env: { OUT_DIR: outB, BUILD_DATE, PDF_CACHE: '0' } }), build(other, { env: { BUILD_DATE } })]);
  if (a.code === 0) snapA = await snapshot(outA);
  if (b.code === 0) snapB = await snapshot(outB);
});
afterAll(removeCopies);

/** A PDF with its dates and file ID blanked, to tell "only metadata differs" from "content differs". */
const stripPdfMetadata = (buf: Buffer) =>
  buf.toString('latin1').replace(/\/(CreationDate|ModDate)\s*\([^)]*\)/g, '/$1 ()').replace(/\/ID\s*\[[^\]]*\]/g, '/ID []');

describe('reproducible builds', () => {
  it('both builds succeed into their OUT_DIRs (and not into dist/)', () => {
    expect(a.code, describeBuild(a)).toBe(0);
    expect(b.code, describeBuild(b)).toBe(0);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(existsSync(`${outA}.staging`) || existsSync(`${outB}.staging`)).toBe(false);
    expect(Object.keys(snapA).length).toBeGreaterThan(100);
    if (withPdf) expect(Object.keys(snapA).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(5);
    // The edition report (scripts/report.ts) is among them, so it is compared byte for byte below.
    if (withPdf) expect(Object.keys(snapA).filter((f) => f.startsWith('pdf/reports/')).length).toBeGreaterThan(0);
  });

  it("a build of other data running at the same time does not leak into this one (or lose its own)", async () => {
    expect(c.code, describeBuild(c)).toBe(0);
    const leaked: string[] = [];
    for (const f of Object.keys(snapB)) if ((await readFile(path.join(outB, f))).includes(MARKER)) leaked.push(f);
    expect(leaked).toEqual([]);
    expect(await readFile(path.join(other, 'dist/companies/remegen/index.html'), 'utf8')).toContain(`<h1>${MARKER}</h1>`);
  });

  it('the same files, byte for byte', async () => {
    const all = [...new Set([...Object.keys(snapA), ...Object.keys(snapB)])].sort();
    const onlyA = all.filter((f) => !(f in snapB));
    const onlyB = all.filter((f) => !(f in snapA));
    const differing = all.filter((f) => f in snapA && f in snapB && snapA[f] !== snapB[f]);
    const detail: string[] = [];
    for (const f of differing.filter((f) => f.endsWith('.pdf'))) {
      const [x, y] = await Promise.all([readFile(path.join(outA, f)), readFile(path.join(outB, f))]);
      detail.push(`${f}: ${stripPdfMetadata(x) === stripPdfMetadata(y) ? 'differs only in dates / file ID' : 'content differs'}`);
    }
    // For text files, where the first difference is (enough to find the cause).
    for (const f of differing.filter((f) => /\.(html|xml|json|csv|css|js|svg)$/.test(f))) {
      const [x, y] = await Promise.all([readFile(path.join(outA, f), 'utf8'), readFile(path.join(outB, f), 'utf8')]);
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      detail.push(`${f} at character ${i}: A "${x.slice(Math.max(0, i - 80), i + 80)}" B "${y.slice(Math.max(0, i - 80), i + 80)}"`);
    }
    expect({ onlyA, onlyB, differing, detail }).toEqual({ onlyA: [], onlyB: [], differing: [], detail: [] });
  });

  it('no absolute path of the build machine leaks into the output', async () => {
    const needles = [...new Set([dir, await realpath(dir), projectRoot, await realpath(projectRoot), path.dirname(dir) + path.sep + 'deal-atlas-'])];
    const hits: string[] = [];
    for (const f of await listFiles(outA)) {
      const text = (await readFile(path.join(outA, f))).toString('latin1');
      for (const n of needles) if (text.includes(n)) hits.push(`${f}: ${n}`);
    }
    expect(hits).toEqual([]);
  });

  it('the configured BUILD_DATE is used, and no date of "now" appears', async () => {
    const now = new Date();
    const iso = now.toISOString().slice(0, 10);
    const human = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const pdfDate = `D:${iso.replace(/-/g, '')}`;
    // Skip a form only if the input itself contains it (then it is data, not a leak); the written-out form of
    // a date the input holds as ISO is data too (an edition snapshot written today is dated today).
    const input = (await Promise.all((await listFiles(path.join(dir, 'data'))).map((f) => readFile(path.join(dir, 'data', f), 'utf8')))).join('\n') +
      (await Promise.all((await listFiles(path.join(dir, 'content'))).map((f) => readFile(path.join(dir, 'content', f), 'utf8')))).join('\n');
    const needles = [iso, human, pdfDate].filter((n) => !input.includes(n) && !input.includes(n.slice(2)) && !(n === human && input.includes(iso)));
    expect(needles.length, `today's date (${iso}) is in the input data; cannot check for leaks`).toBeGreaterThan(0);
    const hits: string[] = [];
    let configured = 0;
    let pdfDated = 0;
    for (const f of await listFiles(outA)) {
      const text = (await readFile(path.join(outA, f))).toString('latin1');
      for (const n of needles) if (text.includes(n)) hits.push(`${f}: ${n}`);
      if (text.includes(BUILD_DATE)) configured++;
      if (f.endsWith('.pdf') && text.includes(`D:${BUILD_DATE.replace(/-/g, '')}`)) pdfDated++;
    }
    expect(hits).toEqual([]);
    expect(configured, `BUILD_DATE ${BUILD_DATE} appears in the output`).toBeGreaterThan(0);
    if (withPdf) expect(pdfDated, 'PDF metadata dates are the BUILD_DATE').toBe(Object.keys(snapA).filter((f) => f.endsWith('.pdf')).length);
  });
});
