// Prints every briefing and topic page of a built site, in every language, to PDF with the system's Chrome/Chromium, then links
// each PDF from its page. No dev server: requests for the public origin are answered from distDir, so every
// URL in a PDF (links, "Printed from") is the public one. JavaScript stays off, as for a reader without it.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { CHROMIUM_ARGS, findBrowser, noBrowserMessage } from './lib/find-browser.ts';
import { fileHasher, lookupPdf, MISSING, pdfKey, pruneCache, sha256, storePdf } from './lib/pdf-cache.ts';
import { runningHeadCss } from './lib/running-head.ts';
import { siteConfig } from '../src/site.config.ts';
import { escapeMarkup as escapeHtml } from '../src/lib/escape.ts';
import { formatBytes } from '../src/lib/format.ts';
import { kindFolder, PAGE_KINDS } from '../src/lib/page-kinds.ts';
import { sitePath } from '../src/lib/routes.ts';
import { LOCALE_IDS, LOCALES, type Locale } from '../src/lib/i18n/locales.ts';
import { translator } from '../src/lib/i18n/messages.ts';
import { inLocale, splitLocale } from '../src/lib/i18n/routing.ts';

export type PdfFormat = 'A4' | 'Letter';
export interface PrintOptions {
  distDir: string;
  siteUrl: string;
  base: string;
  format?: PdfFormat;
  log?: (s: string) => void;
  /** Tabs printing at once. */
  concurrency?: number;
  /** Defaults to CHROME_PATH or the first browser found in the usual places. */
  executablePath?: string;
  /** Reuse PDFs of unchanged pages from this folder, and keep new ones there (scripts/lib/pdf-cache.ts). */
  cacheDir?: string;
}
export interface PrintedPdf { path: string; pages: number; bytes: number; ms: number; /** Reused from the cache. */ cached?: boolean }
export interface PrintResult { printed: PrintedPdf[]; skipped?: string }

/**
 * The kinds of page printed (src/lib/page-kinds.ts): each one's folder in dist/, once per language ("briefings",
 * "ko/briefings", "zh/briefings"), and the kind the PDF's keywords name. A page's PDF slot is its folder and
 * slug, so a Korean briefing prints to /pdf/ko/briefings/<slug>.pdf, linked from its own page (PdfSlot.astro).
 */
const REPORTS = PAGE_KINDS.flatMap((k) =>
  k.pdf ? LOCALE_IDS.map((l) => ({ folder: [LOCALES[l].path, kindFolder(k)].filter(Boolean).join('/'), label: k.pdf! })) : [],
);
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2', '.json': 'application/json',
};
// Same margins as print.css's @page, plus room for the running header and footer.
export const MARGIN = { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' };



/** "/" or "/atlas/": always with a trailing slash. */
export function normalizeBase(base: string): string {
  return `/${base}/`.replace(/\/+/g, '/');
}

/** A redirect page (data/redirects.json): Astro writes a meta refresh at the old address. Not a report. */
function isRedirectPage(file: string): boolean {
  const head = Buffer.alloc(512);
  const fd = fs.openSync(file, 'r');
  try {
    return /<meta http-equiv="refresh"/i.test(head.toString('utf8', 0, fs.readSync(fd, head, 0, 512, 0)));
  } finally {
    fs.closeSync(fd);
  }
}

/** Report pages in a built site: dist/[<language>/]<kind>/<slug>/index.html, sorted; redirect pages left out. */
export function findReportPages(distDir: string): { kind: string; label: string; slug: string; html: string }[] {
  return REPORTS.flatMap(({ folder: kind, label }) => {
    const dir = path.join(distDir, kind);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')) && !isRedirectPage(path.join(dir, d.name, 'index.html')))
      .map((d) => ({ kind, label, slug: d.name, html: path.join(dir, d.name, 'index.html') }))
      .sort((a, b) => a.slug.localeCompare(b.slug));
  });
}

// The size a download link shows: the same on PDF links and the /data/ page's files.
export { formatBytes };

/** The language of a slot's page ("ko/briefings/x": Korean). */
const slotLocale = (slot: string) => splitLocale(`/${slot}/`).locale;

/**
 * The page's download link, in the page's language; keeps data-pdf-slot so a second run replaces it again.
 * `what` (English) replaces the words "Download PDF" (the edition reports' link, English only so far).
 */
export function pdfLink(base: string, slot: string, bytes: number, pages: number, what?: string): string {
  const href = `${normalizeBase(base).slice(0, -1)}${sitePath.pdf(slot)}`;
  const label = what
    ? `${what} (${formatBytes(bytes)}, ${pages} ${pages === 1 ? 'page' : 'pages'})`
    : translator(slotLocale(slot)).count('font.pdfDownload', pages, { size: formatBytes(bytes) });
  return `<a class="pdf-link no-print" data-pdf-slot="${escapeHtml(slot)}" href="${escapeHtml(href)}" download>${escapeHtml(label)}</a>`;
}

/**
 * The link on another language's copy of a page: the same PDF (the English page printed), said in that
 * language and that it is in English: "PDF 다운로드(영문, 1.2 MB, 4쪽)". `report`: an edition report's label.
 */
export function pdfLinkIn(locale: Exclude<Locale, 'en'>, base: string, slot: string, bytes: number, pages: number, report?: string): string {
  const t = translator(locale);
  const what = report === undefined ? t('print.pdf.download') : t('print.pdf.report', { label: report });
  return pdfLink(base, slot, bytes, pages, what).replace(/>[^<]*<\/a>$/, () => `>${escapeHtml(t.count('print.pdf.label', pages, { what, size: formatBytes(bytes) }))}</a>`);
}

/**
 * Fills the slot on the other languages' copies of a page (`at`, its site path: "/topics/x/") that exist
 * in distDir; returns the files filled. Used for the edition reports, which are printed from the English
 * edition only (report.ts); report pages are printed in every language (above).
 */
export function fillOtherLanguages(distDir: string, at: string, slot: string, link: (locale: Exclude<Locale, 'en'>) => string): string[] {
  return LOCALE_IDS.filter((l): l is Exclude<Locale, 'en'> => l !== 'en').flatMap((l) => {
    const file = path.join(distDir, inLocale(l, at), 'index.html');
    if (!fs.existsSync(file)) return [];
    // PdfSlot names the slot in the page's language ("ko/reports/x"); the link it becomes points at the one PDF.
    const filled = fillPdfSlot(fs.readFileSync(file, 'utf8'), `${LOCALES[l].path}/${slot}`, link(l));
    if (filled === null) return [];
    fs.writeFileSync(file, filled);
    return [file];
  });
}

/** Replaces the page's PdfSlot placeholder (or an earlier link) with `link`; returns null when the page has no slot. */
export function fillPdfSlot(html: string, slot: string, link: string): string | null {
  const attr = `data-pdf-slot="${escapeHtml(slot)}"`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`<(span|a)\\b[^>]*${attr}[^>]*>[^<]*</\\1>`);
  return re.test(html) ? html.replace(re, () => link) : null;
}

/**
 * Answers requests for the public origin from distDir; everything else is refused (no network).
 * onFile hears of each file asked for (served or not found), with the page that asked for it.
 */
export function serveFromDisk(distDir: string, origin: string, base: string, onFile: (file: string, page: Page) => void = () => {}) {
  return async (route: Route) => {
    const u = new URL(route.request().url());
    if (u.origin !== origin || !u.pathname.startsWith(base.slice(0, -1))) return route.abort();
    const rel = decodeURIComponent(u.pathname.slice(base.length - 1));
    let file = path.join(distDir, rel);
    if (!file.startsWith(path.resolve(distDir))) return route.abort();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    onFile(file, route.request().frame().page());
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: MIME[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  };
}

/** The title, site name and page count in the page margins, in the page's own faces (scripts/lib/running-head.ts). */
async function addRunningHead(page: Page, slot: string): Promise<void> {
  const pageOf = translator(slotLocale(slot))('font.pdfPageOf', { page: '{page}', total: '{total}' });
  const css = runningHeadCss({ title: await page.title(), siteName: siteConfig.name, pageOf });
  // Not page.addStyleTag: it waits for the style's load event, which a page without JavaScript never fires.
  await page.evaluate(async (text) => {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
    void document.body.offsetHeight;
    await document.fonts.ready; // a character only the head has may start a face
  }, css);
}

/** `lang`: the page's language (its <html lang>), the PDF's /Lang; English where not given. */
export interface PageMeta { title: string; description: string; author: string; keywords: string[]; lang?: string }

async function readMeta(page: Page, fallbackAuthor: string, kind: string): Promise<PageMeta> {
  // page.evaluate runs in Playwright's own world, so it works with the page's JavaScript disabled.
  return page.evaluate(
    ({ fallbackAuthor, kind }) => {
      const meta = (n: string) => document.querySelector<HTMLMetaElement>(`meta[name="${n}"]`)?.content?.trim() ?? '';
      const cover = document.querySelector('.print-cover .print-meta')?.textContent ?? '';
      return {
        title: document.querySelector('h1')?.textContent?.trim() || document.title,
        description: meta('description'),
        author: meta('author') || fallbackAuthor,
        keywords: [kind, ...cover.split('·').map((s) => s.trim())].filter((s, i, a) => s && a.indexOf(s) === i),
        lang: document.documentElement.lang || undefined,
      };
    },
    { fallbackAuthor, kind },
  );
}

/** Fixed metadata and a content-derived file ID, so the same input prints to the same bytes. */
export async function finishPdf(raw: Uint8Array, meta: PageMeta, siteName: string, date: Date): Promise<{ bytes: Uint8Array; pages: number }> {
  // parseSpeed/objectsPerTick Infinity: no yielding to the event loop between objects (pdf-lib's default is slow).
  const doc = await PDFDocument.load(raw, { updateMetadata: false, parseSpeed: Infinity });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.description);
  doc.setKeywords([[siteName, ...meta.keywords].join(', ')]); // pdf-lib joins with spaces
  doc.setCreator(siteName);
  doc.setProducer(`${siteName} (Chromium, pdf-lib)`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  // A screen reader reads a Korean PDF in Korean: its /Lang is the page's.
  doc.setLanguage(meta.lang ?? siteConfig.locale);
  const zero = '0'.repeat(32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(zero), PDFHexString.of(zero)]);
  const text = stableStructIds(Buffer.from(await doc.save({ useObjectStreams: false, objectsPerTick: Infinity })).toString('latin1'));
  // The file ID: a hash of the content, written over the placeholder (same length, so offsets hold).
  const id = createHash('md5').update(text).digest('hex');
  const out = text.replace(`/ID [ <${zero}> <${zero}> ]`, `/ID [ <${id}> <${id}> ]`);
  return { bytes: new Uint8Array(Buffer.from(out, 'latin1')), pages: doc.getPageCount() };
}

/**
 * Tagged PDFs name structure elements after renderer DOM node counters ("(node00000837)"), which shift
 * from run to run, and not always in the same order (a Chinese page's table headers swapped numbers between
 * two prints). Renumber them by where each element stands in the file, which is the structure tree's order
 * and the same every run, keeping each string's length so the xref offsets stay valid; then sort the ID
 * tree's names again, as a name tree must be (same pairs, so the same length).
 */
export function stableStructIds(pdf: string): string {
  const order: string[] = [];
  const seen = new Set<string>();
  const note = (id: string) => !seen.has(id) && (seen.add(id), order.push(id));
  for (const m of pdf.matchAll(/\/ID (\(node\d+\))/g)) note(m[1]!); // each element's own ID, in file order
  for (const m of pdf.matchAll(/\(node\d+\)/g)) note(m[0]); // any referred to but not defined
  const map = new Map(order.map((id, i) => [id, `(node${String(i + 1).padStart(id.length - 6, '0')})`]));
  const renumbered = pdf.replace(/\(node\d+\)/g, (m) => map.get(m)!);
  // A leaf of the ID tree: its /Limits (first and last name) and /Names (name, element pairs), sorted again.
  return renumbered.replace(
    /(\/Limits \[ )\(node\d+\) \(node\d+\)( \]\s*\/Names \[ )((?:\(node\d+\) \d+ \d+ R )*\(node\d+\) \d+ \d+ R)( \])/g,
    (all, limits: string, names: string, body: string, close: string) => {
      const pairs = [...body.matchAll(/\(node\d+\) \d+ \d+ R/g)].map((m) => m[0]).sort();
      const name = (pair: string) => pair.slice(0, pair.indexOf(')') + 1);
      const sorted = `${limits}${name(pairs[0]!)} ${name(pairs[pairs.length - 1]!)}${names}${pairs.join(' ')}${close}`;
      return sorted.length === all.length ? sorted : all;
    },
  );
}

const require = createRequire(import.meta.url);

/** The browser's version as it reports it, or else its file's size and date (a new build of it prints anew). */
export function browserIdentity(executablePath: string): string {
  try {
    const v = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    if (v) return v;
  } catch {
    // Some builds print no version (Chrome on Windows): fall through.
  }
  const real = fs.realpathSync(executablePath);
  const st = fs.statSync(real);
  return `${real} ${st.size} ${st.mtimeMs}`;
}

/** What shapes a PDF besides its page: print settings, this code (and `moreCode`, files), pdf-lib and Playwright, the browser. */
export function printSettings(s: { format: PdfFormat; origin: string; base: string; browser: string; date: string }, moreCode: string[] = []): Record<string, string> {
  const code = [fileURLToPath(import.meta.url), ...['./lib/pdf-cache.ts', './lib/running-head.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url))), ...moreCode].map((f) => fs.readFileSync(f, 'utf8'));
  return {
    ...s,
    code: sha256(code.join('\0')),
    libs: ['pdf-lib', 'playwright-core'].map((m) => `${m}@${(require(`${m}/package.json`) as { version: string }).version}`).join(' '),
    site: JSON.stringify(siteConfig),
  };
}

/** Loads a page as it is printed: details open, print media, every web font in. */
export async function openForPrint(page: Page, address: string): Promise<void> {
  await page.goto(address, { waitUntil: 'load' });
  // Chromium prints closed <details> closed: open them so data tables and notes reach the paper.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // The web fonts must be in before printing, or Chromium prints the fallback face. 'load' waits only
  // for the preloaded faces: lay the page out as printed (which starts every face it uses, the latin-ext
  // one for ₩ too), then wait until no font is still loading.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(async () => {
    void document.body.offsetHeight;
    await document.fonts.ready;
  });
}

/** A print run's options resolved: where, for which address, on what paper, dated the build date. */
export function printContext(opts: Pick<PrintOptions, 'distDir' | 'siteUrl' | 'base' | 'format' | 'log'>) {
  return {
    log: opts.log ?? (() => {}),
    distDir: path.resolve(opts.distDir),
    base: normalizeBase(opts.base),
    origin: new URL(opts.siteUrl).origin,
    format: opts.format ?? 'A4',
    date: new Date(`${siteConfig.builtOn}T00:00:00Z`),
  };
}

/** The browser given, or the one found; or why there is none. */
export function browserToUse(executablePath: string | undefined): { path: string; skipped?: undefined } | { path?: undefined; skipped: string } {
  if (executablePath) return { path: executablePath };
  const found = findBrowser();
  return found.path ? { path: found.path } : { skipped: noBrowserMessage(found) };
}

export async function printPdfs(opts: PrintOptions): Promise<PrintResult> {
  const { log, distDir, base, origin, format, date } = printContext(opts);
  const pages = findReportPages(distDir);
  if (!pages.length) return { printed: [], skipped: `No briefing or topic pages under ${distDir} (run the build first).` };
  const { path: executablePath, skipped } = browserToUse(opts.executablePath);
  if (skipped !== undefined) return { printed: [], skipped };
  const printed: PrintedPdf[] = [];
  // The browser starts only when a page has to be printed: a rebuild that changed no report page needs none.
  let browser: Promise<Browser> | undefined;
  const loaded = new WeakMap<Page, Set<string>>(); // files each tab loaded for its current page
  let context: Promise<BrowserContext> | undefined;
  const newPage = async (): Promise<Page> => {
    context ??= (async () => {
      const ctx = await (browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS })).then((b) =>
        // bypassCSP: the running head is a <style> added to the page (runningHeadCss), which its own policy refuses.
        b.newContext({ javaScriptEnabled: false, colorScheme: 'light', serviceWorkers: 'block', bypassCSP: true }),
      );
      await ctx.route('**/*', serveFromDisk(distDir, origin, base, (file, page) => loaded.get(page)?.add(file)));
      return ctx;
    })();
    return (await context).newPage();
  };
  try {
    // Everything besides the page and the files it loads that shapes a PDF: settings, this code, the browser.
    const cacheDir = opts.cacheDir;
    const settings = cacheDir ? printSettings({ format, origin, base, browser: browserIdentity(executablePath), date: siteConfig.builtOn }) : {};
    const hashOf = fileHasher(distDir);
    const queue = [...pages];
    const worker = async () => {
      let page: Page | undefined;
      for (let item = queue.shift(); item; item = queue.shift()) {
        const t0 = performance.now();
        const slot = `${item.kind}/${item.slug}`;
        const out = path.join(distDir, sitePath.pdf(slot));
        const html = fs.readFileSync(item.html, 'utf8'); // as Astro built it: the PDF link is filled in below
        const key = pdfKey({ ...settings, html: sha256(html) });
        const reused = cacheDir ? await lookupPdf(cacheDir, slot, key, hashOf) : undefined;
        if (reused) {
          fs.mkdirSync(path.dirname(out), { recursive: true });
          fs.writeFileSync(out, reused.bytes);
          const filled = fillPdfSlot(html, slot, pdfLink(base, slot, reused.bytes.length, reused.pages));
          if (filled !== null) fs.writeFileSync(item.html, filled);
          const ms = Math.round(performance.now() - t0);
          printed.push({ path: out, pages: reused.pages, bytes: reused.bytes.length, ms, cached: true });
          log(`pdf  ${path.relative(distDir, out)}  ${reused.pages} pages, ${formatBytes(reused.bytes.length)}, unchanged since the last build`);
          continue;
        }
        page ??= await newPage();
        loaded.set(page, new Set());
        await openForPrint(page, `${origin}${base}${item.kind}/${item.slug}/`);
        const meta = await readMeta(page, siteConfig.author, item.label);
        await addRunningHead(page, slot);
        const raw = await page.pdf({
          format,
          printBackground: true,
          margin: MARGIN,
          outline: true,
          tagged: true,
        });
        const { bytes, pages: count } = await finishPdf(raw, meta, siteConfig.name, date);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, bytes);
        if (cacheDir) {
          // The page's own HTML is in the key; the files it loaded are checked byte for byte next time.
          const deps: Record<string, string> = {};
          for (const file of loaded.get(page) ?? []) {
            const rel = path.relative(distDir, file);
            if (!rel.endsWith('.html')) deps[rel] = (await hashOf(rel)) ?? MISSING;
          }
          // A cache that cannot be written costs the next build time, not this one its PDFs.
          await storePdf(cacheDir, slot, { key, deps, pages: count }, bytes).catch((err: unknown) => log(`pdf  could not keep ${slot} in ${cacheDir}: ${(err as Error).message}`));
        }
        const filled = fillPdfSlot(html, slot, pdfLink(base, slot, bytes.length, count));
        if (filled !== null) fs.writeFileSync(item.html, filled);
        const ms = Math.round(performance.now() - t0);
        printed.push({ path: out, pages: count, bytes: bytes.length, ms });
        log(`pdf  ${path.relative(distDir, out)}  ${count} pages, ${formatBytes(bytes.length)}, ${ms} ms`);
      }
      await page?.close();
    };
    const tabs = Math.max(1, Math.min(opts.concurrency ?? Math.min(3, os.availableParallelism()), pages.length));
    await Promise.all(Array.from({ length: tabs }, worker));
    if (cacheDir) await pruneCache(cacheDir, new Set(pages.map((p) => `${p.kind}/${p.slug}`))).catch(() => {});
  } finally {
    if (browser) await (await browser).close();
  }
  printed.sort((a, b) => a.path.localeCompare(b.path));
  return { printed };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const fmtArg = args.find((a) => a.startsWith('--format='))?.slice('--format='.length);
  const format = (fmtArg ?? process.env['PDF_FORMAT'] ?? 'A4') as PdfFormat;
  if (format !== 'A4' && format !== 'Letter') {
    console.error(`Unknown PDF format "${format}": use A4 or Letter.`);
    return 1;
  }
  const distDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const t0 = performance.now();
  const result = await printPdfs({ distDir, siteUrl: siteConfig.url, base: siteConfig.base, format, log: console.log });
  if (result.skipped) {
    console.error(result.skipped);
    return 1;
  }
  // The edition reports compile printed pages: read what they hold from data/ and content/, as the build does.
  const [{ readDataset }, { chartIds }, { siteContent }, { editionReports }, { printReports }] = await Promise.all([
    import('../src/lib/validate/read-dataset.ts'),
    import('../src/charts/registry.ts'),
    import('../src/lib/site-content.ts'),
    import('../src/lib/edition-reports.ts'),
    import('./report.ts'),
  ]);
  const read = await readDataset(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), chartIds);
  if (read.problems.length) {
    console.error(`${read.problems.length} data problem(s): no edition report printed (npm run validate lists them).`);
    return 1;
  }
  const reports = await printReports({ distDir, siteUrl: siteConfig.url, base: siteConfig.base, format, reports: editionReports(siteContent(read)), log: console.log });
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`Printed ${result.printed.length} PDFs and ${reports.printed.length} edition report(s) (${format}) in ${s} s.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
