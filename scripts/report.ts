// Prints each edition report (src/lib/edition-reports.ts) from the built site: every part is a built page
// printed with the site's print stylesheet, as the page PDFs are (scripts/pdf.ts). Chromium numbers pages per
// print, so the parts are printed without header or footer and counted; then the cover and contents are printed
// knowing where each part starts, and one more print draws every page's running header and footer (in the
// site's face, from its stylesheet), which pdf-lib lays over the merged pages before adding the bookmarks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { CHROMIUM_ARGS } from './lib/find-browser.ts';
import { fileHasher, lookupPdf, MISSING, pdfKey, pruneCache, sha256, storePdf } from './lib/pdf-cache.ts';
import { addOutline } from './lib/pdf-outline.ts';
import { frontHtml, reportTitle, stampsHtml, stylesheetLinks, type ReportSite } from './lib/report-html.ts';
import { layoutReport, reportOutline } from './lib/report-layout.ts';
import {
  browserIdentity,
  browserToUse,
  fillPdfSlot,
  finishPdf,
  formatBytes,
  MARGIN,
  openForPrint,
  pdfLink,
  pdfLinkIn,
  fillOtherLanguages,
  printContext,
  printSettings,
  serveFromDisk,
  type PdfFormat,
  type PrintedPdf,
  type PrintResult,
} from './pdf.ts';
import { reportPdfSlot, type EditionReport } from '../src/lib/edition-reports.ts';
import { sitePath } from '../src/lib/routes.ts';
import { siteConfig } from '../src/site.config.ts';

export interface ReportOptions {
  distDir: string;
  siteUrl: string;
  base: string;
  reports: EditionReport[];
  format?: PdfFormat;
  log?: (s: string) => void;
  executablePath?: string;
  /** Reuse a report whose pages, the files they load, the settings and this code are unchanged (scripts/lib/pdf-cache.ts). */
  cacheDir?: string;
}

/** This code, besides scripts/pdf.ts and the cache: a change to any of them prints the reports anew. */
const CODE = ['./report.ts', './lib/report-html.ts', './lib/report-layout.ts', './lib/pdf-outline.ts', '../src/lib/edition-reports.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
/** A generated page's address: answered from memory, before the site's files (no such path in dist/). */
const GENERATED = '__edition-report__';
const PARSE = { updateMetadata: false, parseSpeed: Infinity } as const;

const pageCount = async (pdf: Uint8Array) => (await PDFDocument.load(pdf, PARSE)).getPageCount();

export async function printReports(opts: ReportOptions): Promise<PrintResult> {
  const { log, distDir, base, origin, format, date } = printContext(opts);
  if (!opts.reports.length) return { printed: [] };
  const { path: executablePath, skipped } = browserToUse(opts.executablePath);
  if (skipped !== undefined) return { printed: [], skipped };
  const site: ReportSite = { name: siteConfig.name, tagline: siteConfig.tagline, logo: `${base}${siteConfig.logo.replace(/^\/+/, '')}`, url: new URL(base, opts.siteUrl).href, licence: siteConfig.licence };
  const settings = opts.cacheDir ? printSettings({ format, origin, base, browser: browserIdentity(executablePath), date: siteConfig.builtOn }, CODE) : {};
  const hashOf = fileHasher(distDir);
  const printed: PrintedPdf[] = [];
  let browser: Browser | undefined;
  let context: Promise<BrowserContext> | undefined; // one, however many tabs ask for it at once
  const loaded = new Set<string>(); // files the current report's pages loaded
  const generated = new Map<string, string>(); // address → HTML of the cover/contents and header sheets
  const newPage = async (): Promise<Page> => {
    context ??= (async () => {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      const ctx = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', serviceWorkers: 'block' });
      const fromDisk = serveFromDisk(distDir, origin, base, (file) => loaded.add(file));
      await ctx.route('**/*', (route) => {
        const html = generated.get(route.request().url());
        return html === undefined ? fromDisk(route) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      });
      return ctx;
    })();
    return (await context).newPage();
  };
  /** Prints a generated document; its page count is checked by the caller. */
  const printGenerated = async (page: Page, name: string, html: string, pdf: Parameters<Page['pdf']>[0]) => {
    const address = `${origin}${base}${GENERATED}/${name}.html`;
    generated.set(address, html);
    await openForPrint(page, address);
    return page.pdf({ format, ...pdf });
  };

  try {
    for (const report of opts.reports) {
      const t0 = performance.now();
      const slot = reportPdfSlot(report.id);
      const out = path.join(distDir, sitePath.pdf(slot));
      const files = report.parts.map((p) => path.join(distDir, p.path, 'index.html'));
      const missing = report.parts.filter((_, i) => !fs.existsSync(files[i]!)).map((p) => p.path);
      if (missing.length) throw new Error(`edition report ${report.id}: no page built at ${missing.join(', ')}`);
      const htmls = files.map((f) => fs.readFileSync(f, 'utf8'));
      const key = pdfKey({ ...settings, report: JSON.stringify(report), html: sha256(htmls.join('\0')) });
      let result = opts.cacheDir ? await lookupPdf(opts.cacheDir, slot, key, hashOf) : undefined;
      const cached = !!result;
      if (!result) {
        loaded.clear();
        const raws = await printParts(report, newPage, `${origin}${base.slice(0, -1)}`, format);
        const counts = await Promise.all(raws.map(pageCount));
        const first = (await PDFDocument.load(raws[0]!, PARSE)).getPage(0).getSize();
        const styles = stylesheetLinks(htmls[0]!);
        const page = await newPage();
        // The contents' page numbers depend on how many pages the cover and contents take: guess, print, count.
        let front = 2;
        let layout = layoutReport(report.parts, counts, front);
        let frontPdf = await printGenerated(page, `${report.id}-front`, frontHtml(report, layout, site, styles), { printBackground: true, margin: MARGIN });
        for (let tries = 0; (await pageCount(frontPdf)) !== front; tries++) {
          if (tries === 2) throw new Error(`edition report ${report.id}: the cover and contents do not settle on a page count`);
          front = await pageCount(frontPdf);
          layout = layoutReport(report.parts, counts, front);
          frontPdf = await printGenerated(page, `${report.id}-front`, frontHtml(report, layout, site, styles), { printBackground: true, margin: MARGIN });
        }
        // No background: the sheets lie over the pages. Sized as the parts' pages, in points.
        const stamps = await printGenerated(page, `${report.id}-stamps`, stampsHtml(report, layout, site, first, styles), { printBackground: false, preferCSSPageSize: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
        await page.close();
        const merged = await mergeReport([frontPdf, ...raws], stamps, layout.total);
        addOutline(merged, reportOutline(layout));
        const raw = await merged.save({ useObjectStreams: false, objectsPerTick: Infinity });
        const meta = {
          title: reportTitle(site.name, report),
          description: `Briefings, charts, deal appendix and sources of ${site.name}'s ${report.label} edition.`,
          author: siteConfig.author,
          keywords: ['Edition report', report.label],
        };
        const done = await finishPdf(raw, meta, site.name, date);
        result = { bytes: done.bytes, pages: done.pages };
        if (opts.cacheDir) {
          const deps: Record<string, string> = {};
          for (const file of [...loaded].sort()) {
            const rel = path.relative(distDir, file);
            if (!rel.endsWith('.html')) deps[rel] = (await hashOf(rel)) ?? MISSING;
          }
          await storePdf(opts.cacheDir, slot, { key, deps, pages: result.pages }, result.bytes).catch((err: unknown) => log(`pdf  could not keep ${slot} in ${opts.cacheDir}: ${(err as Error).message}`));
        }
      }
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, result.bytes);
      for (const at of report.linkedFrom) {
        const file = path.join(distDir, at, 'index.html');
        const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        const filled = fillPdfSlot(html, slot, pdfLink(base, slot, result.bytes.length, result.pages, `Edition report, ${report.label}: download PDF`));
        if (filled === null) log(`pdf  ${at} has no link placeholder for ${slot} (ReportLink): the report is not linked there`);
        else fs.writeFileSync(file, filled);
        fillOtherLanguages(distDir, at, slot, (l) => pdfLinkIn(l, base, slot, result.bytes.length, result.pages, report.labels?.[l] ?? report.label));
      }
      const ms = Math.round(performance.now() - t0);
      printed.push({ path: out, pages: result.pages, bytes: result.bytes.length, ms, cached });
      log(`pdf  ${path.relative(distDir, out)}  ${result.pages} pages, ${formatBytes(result.bytes.length)}, ${cached ? 'unchanged since the last build' : `${ms} ms`}`);
    }
    if (opts.cacheDir) await pruneCache(opts.cacheDir, new Set(opts.reports.map((r) => reportPdfSlot(r.id)))).catch(() => {});
  } finally {
    await browser?.close();
  }
  return { printed };
}

/** Each part printed as the page PDFs are, without Chromium's header and footer (two tabs: the machine may have two cores). */
async function printParts(report: EditionReport, newPage: () => Promise<Page>, siteRoot: string, format: PdfFormat): Promise<Uint8Array[]> {
  const raws: Uint8Array[] = new Array(report.parts.length);
  let next = 0;
  const worker = async () => {
    const page = await newPage();
    for (let i = next++; i < report.parts.length; i = next++) {
      await openForPrint(page, `${siteRoot}${report.parts[i]!.path}`);
      raws[i] = await page.pdf({ format, printBackground: true, margin: MARGIN, outline: false, tagged: false, preferCSSPageSize: false });
    }
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  return raws;
}

/** The front and the parts in order, each page with its sheet of running header and footer laid over it. */
async function mergeReport(pdfs: Uint8Array[], stamps: Uint8Array, total: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const raw of pdfs) {
    const src = await PDFDocument.load(raw, PARSE);
    for (const p of await doc.copyPages(src, src.getPageIndices())) doc.addPage(p);
  }
  const sheetsDoc = await PDFDocument.load(stamps, PARSE);
  if (sheetsDoc.getPageCount() !== total || doc.getPageCount() !== total)
    throw new Error(`edition report: ${doc.getPageCount()} pages but ${sheetsDoc.getPageCount()} header sheets for ${total}`);
  const sheets = await doc.embedPages(sheetsDoc.getPages());
  doc.getPages().forEach((p, i) => p.drawPage(sheets[i]!, { x: 0, y: 0 }));
  return doc;
}
