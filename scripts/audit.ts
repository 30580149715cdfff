// `npm run audit`: what a reader on a phone gets from the built site. Lighthouse (mobile form factor, simulated
// throttling) on the home page, a chart page, a briefing, a deal page and the explorer of dist/, in each
// language the site is built in, served by the tests' static server; prints the four category scores and
// LCP/CLS/TBT per page beside their targets, and each chart page's first-load bytes (fonts included: a
// Chinese page loads another face than an English one). A measurement, not a test.
//
//   npm run audit [-- --pages home,chart --languages en,ko,zh-Hans --dist <dir> --json <file>]
//
// Its own command rather than `npm run bench -- --reader`: the benchmark builds synthetic 1,000 and 10,000-deal
// sites (minutes) and its --reader times the explorer on them; this audit reads the site as published, in seconds,
// after `npm run build`. Uses Debian's chromium (or CHROME_PATH) through scripts/lib/find-browser.ts; never
// downloads a browser.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LOCALE_IDS, type Locale } from '../src/lib/i18n/locales.ts';
import { hrefIn, sitePathIn } from '../src/lib/i18n/routing.ts';
import { resolveFile, startStaticServer } from './lib/static-server.ts';
import { formatAudit, parseAuditArgs, type AuditPage, type PageFigures } from './lib/audit-report.ts';
import { CHROMIUM_ARGS, findBrowser, noBrowserMessage } from './lib/find-browser.ts';
import { projectRoot } from './lib/project-copy.ts';

let options;
try {
  options = parseAuditArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const dist = path.resolve(projectRoot, options.dist);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`audit: no built site in ${dist}: run npm run build (or npm run build:fast) first`);
  process.exit(1);
}
const browser = findBrowser();
if (!browser.path) {
  console.error(`audit: ${noBrowserMessage(browser)}`);
  process.exit(1);
}

/** The first page of a kind in dist/ (by folder name), so the audit follows whatever the site publishes. */
function firstPage(folder: string, skip: string[] = []): string {
  const ids = readdirSync(path.join(dist, folder)).filter((n) => !skip.includes(n) && existsSync(path.join(dist, folder, n, 'index.html'))).sort();
  if (!ids.length) throw new Error(`audit: no pages in ${folder}/`);
  return `/${folder}/${ids[0]}/`;
}
// The same page in each language (its English folder names the page: a Korean deal page exists for every deal).
const pathOf: Record<AuditPage, (locale: Locale) => string> = {
  home: (l) => hrefIn(l).home(),
  chart: (l) => hrefIn(l).chart(firstPage('charts').split('/')[2]!),
  briefing: (l) => hrefIn(l).briefing(firstPage('briefings').split('/')[2]!),
  deal: (l) => hrefIn(l).deal(firstPage('deals', ['years']).split('/')[2]!),
  explorer: (l) => hrefIn(l).deals(),
};
// Every language the built site has, unless --languages names some.
const languages = options.languages ?? LOCALE_IDS.filter((l) => existsSync(path.join(dist, sitePathIn(l).home(), 'index.html')));

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|csv)$/;
/** A file's bytes as a host that gzips text would send them. */
function gzipBytes(file: string): number {
  const body = readFileSync(file);
  return TEXT.test(file) ? gzipSync(body, { level: 9 }).length : body.length;
}

interface Lhr {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string; numericValue?: number; details?: { items?: { url: string; transferSize?: number; resourceType?: string }[] } }>;
}

const server = await startStaticServer(dist);
const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: CHROMIUM_ARGS });
const figures: PageFigures[] = [];
let benchmarkIndex: number | undefined;
try {
  for (const [page, locale] of languages.flatMap((l) => options.pages.map((page) => [page, l] as const))) {
    const p = pathOf[page](locale);
    process.stderr.write(`audit: ${page} ${p} …\n`);
    const result = await lighthouse(server.url(p), {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr as unknown as Lhr;
    benchmarkIndex = lhr.environment?.benchmarkIndex ?? benchmarkIndex;
    const work = (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []) as unknown as { groupLabel: string; duration: number }[];
    process.stderr.write(`  main thread: ${work.map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`).join(', ')}\n`);
    const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const num = (a: string) => lhr.audits[a]?.numericValue ?? NaN;
    const requests = (lhr.audits['network-requests']?.details?.items ?? []).filter((r) => r.url.startsWith(server.origin));
    const bytes = { served: 0, gzip: 0, font: 0 };
    for (const r of requests) {
      bytes.served += r.transferSize ?? 0;
      const file = resolveFile(dist, new URL(r.url).pathname);
      const sent = file ? gzipBytes(file) : (r.transferSize ?? 0);
      bytes.gzip += sent;
      if (r.resourceType === 'Font') bytes.font += sent;
    }
    const failing = Object.entries(lhr.categories).flatMap(([cat, c]) =>
      c.auditRefs
        .map((ref) => ({ id: ref.id, a: lhr.audits[ref.id]! }))
        .filter(({ a }) => a && a.score !== null && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) && a.score < (cat === 'performance' ? 0.9 : 1))
        .map(({ id, a }) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    );
    figures.push({
      page,
      path: p,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: num('largest-contentful-paint'),
      cls: num('cumulative-layout-shift'),
      tbtMs: num('total-blocking-time'),
      bytes,
      failing: [...new Set(failing)],
    });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(formatAudit(figures, benchmarkIndex));
if (options.json) writeFileSync(path.resolve(projectRoot, options.json), JSON.stringify(figures, null, 2));
