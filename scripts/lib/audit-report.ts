// The reader audit's arguments and its printed table (scripts/audit.ts): pure, so a unit test covers them.
import { ALL_LOCALE_IDS, type Locale } from '../../src/lib/i18n/locales.ts';

export const AUDIT_PAGES = ['home', 'chart', 'briefing', 'deal', 'explorer'] as const;
export type AuditPage = (typeof AUDIT_PAGES)[number];

export interface AuditOptions {
  /** The built site (default dist/). */
  dist: string;
  pages: AuditPage[];
  /**
   * The languages whose pages are audited (their home, chart page… under /ko/, /zh/). Undefined: every
   * language the built site has; a Chinese page loads another face than an English one.
   */
  languages?: Locale[];
  /** Also write the figures as JSON here. */
  json?: string;
}

/** Parses `--dist <dir> --pages home,chart --languages en,ko --json <file>` (also `--x=value`); throws with a usable message. */
export function parseAuditArgs(argv: string[]): AuditOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i >= 0) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`audit: ${name} needs a value`);
      return v;
    }
    return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const known = ['--dist', '--pages', '--languages', '--json'];
  for (const a of argv) if (a.startsWith('--') && !known.includes(a.split('=')[0]!)) throw new Error(`audit: unknown option ${a} (options: ${known.join(', ')})`);
  const pages = (value('--pages') ?? AUDIT_PAGES.join(',')).split(',').map((p) => p.trim()).filter(Boolean);
  const bad = pages.filter((p) => !(AUDIT_PAGES as readonly string[]).includes(p));
  if (bad.length || !pages.length) throw new Error(`audit: --pages takes some of ${AUDIT_PAGES.join(',')}; got "${value('--pages')}"`);
  const asked = value('--languages')?.split(',').map((l) => l.trim()).filter(Boolean);
  const unknown = asked?.filter((l) => !(ALL_LOCALE_IDS as string[]).includes(l)) ?? [];
  if (asked && (unknown.length || !asked.length)) throw new Error(`audit: --languages takes some of ${ALL_LOCALE_IDS.join(',')}; got "${value('--languages')}"`);
  return { dist: value('--dist') ?? 'dist', pages: pages as AuditPage[], languages: asked as Locale[] | undefined, json: value('--json') };
}

/** One page's Lighthouse figures (scores 0–100, times in ms). */
export interface PageFigures {
  page: AuditPage;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Bytes of the first load as served locally (no compression) and as gzip would send the text files. */
  bytes: { served: number; gzip: number; font: number };
  /** Audits that did not pass, with Lighthouse's title (for the list of findings). */
  failing: string[];
}

/** The budgets printed beside the figures. */
export const TARGETS = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, cls: 0.02, chartFirstLoadKb: 60 };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? ' ' : '✗');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The table: scores and LCP/CLS/TBT per page, a ✗ beside each figure off target, then the chart page's bytes. */
export function formatAudit(figures: PageFigures[], benchmarkIndex?: number): string {
  const t = TARGETS;
  const rows = [
    ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'first load (gzip)'],
    ...figures.map((f) => [
      `${f.page} ${f.path}`,
      `${f.performance}${mark(f.performance >= t.performance)}`,
      `${f.accessibility}${mark(f.accessibility >= t.accessibility)}`,
      `${f.bestPractices}${mark(f.bestPractices >= t.bestPractices)}`,
      `${f.seo}${mark(f.seo >= t.seo)}`,
      `${(f.lcpMs / 1000).toFixed(2)} s `,
      `${f.cls.toFixed(3)}${mark(f.cls < t.cls)}`,
      `${Math.round(f.tbtMs)} ms `,
      `${kb(f.bytes.gzip)}${f.page === 'chart' ? mark(f.bytes.gzip < t.chartFirstLoadKb * 1024) : ' '}`,
    ]),
    ['target', `${t.performance}+ `, `${t.accessibility} `, `${t.bestPractices} `, `${t.seo} `, '', `< ${t.cls} `, '', `chart < ${t.chartFirstLoadKb} KB `],
  ];
  const out = [table(rows)];
  const charts = figures.filter((f) => f.page === 'chart');
  if (charts.length) out.push('');
  for (const chart of charts)
    out.push(
      `chart page first load (${chart.path}): ${kb(chart.bytes.gzip)} with text gzipped (${kb(chart.bytes.served)} as served here, uncompressed), of which web fonts ${kb(chart.bytes.font)}; target < ${t.chartFirstLoadKb} KB`,
    );
  const findings = figures.filter((f) => f.failing.length);
  if (findings.length) out.push('', 'audits not passed:', ...findings.map((f) => `  ${f.page} ${f.path}: ${f.failing.join('; ')}`));
  out.push('', 'Lighthouse, mobile form factor, simulated throttling (slow 4G, 4× CPU), one run per page: scores move a few points between runs.');
  // Simulated throttling scales the main-thread time it observes: on a busy machine TBT (and so performance) reads high.
  if (benchmarkIndex !== undefined)
    out.push(`This machine's Lighthouse benchmark index: ${Math.round(benchmarkIndex)}${benchmarkIndex < 1000 ? ' (below 1000: a slow or busy CPU; TBT and performance read worse than on a reader’s phone)' : ''}.`);
  return out.join('\n');
}
