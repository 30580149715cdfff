// The reader audit's arguments and table (scripts/lib/audit-report.ts); the audit itself is a measurement (npm run audit).
import { describe, expect, it } from 'vitest';
import { AUDIT_PAGES, formatAudit, parseAuditArgs, type PageFigures } from '../../../scripts/lib/audit-report.ts';

describe('audit arguments', () => {
  it('defaults: every page of dist/, in every language it has', () => expect(parseAuditArgs([])).toEqual({ dist: 'dist', pages: [...AUDIT_PAGES], languages: undefined, json: undefined }));
  it('pages, languages, folder and JSON output, in both spellings', () => {
    expect(parseAuditArgs(['--pages', 'chart,home', '--dist=out', '--languages=ko,zh-Hans', '--json', 'a.json'])).toEqual({ dist: 'out', pages: ['chart', 'home'], languages: ['ko', 'zh-Hans'], json: 'a.json' });
  });
  it.each([[['--pages', 'chart,nope']], [['--pages']], [['--runs', '3']], [['--dist', '--json', 'x']], [['--languages', 'ko,zh']], [['--languages=']]])('refuses %j with a message', (argv) => {
    expect(() => parseAuditArgs(argv)).toThrow(/^audit: /);
  });
});

describe('audit table', () => {
  const fig = (over: Partial<PageFigures>): PageFigures => ({
    page: 'chart', path: '/charts/x/', performance: 99, accessibility: 100, bestPractices: 100, seo: 100,
    lcpMs: 1234, cls: 0.001, tbtMs: 40, bytes: { served: 90 * 1024, gzip: 40 * 1024, font: 25 * 1024 }, failing: [], ...over,
  });

  it('figures beside their targets; a ✗ only on figures off target', () => {
    const out = formatAudit([fig({}), fig({ page: 'home', path: '/', performance: 90, cls: 0.05, failing: ['total-blocking-time (300 ms)'] })]);
    const [head, chart, home, target] = out.split('\n');
    expect(head).toMatch(/^page\s+perf\s+a11y\s+best pr\.\s+SEO\s+LCP\s+CLS\s+TBT\s+first load/);
    expect(chart).toMatch(/^chart \/charts\/x\/\s+99 \s+100 .*1\.23 s\s+0\.001 \s+40 ms\s+40\.0 KB $/);
    expect(chart).not.toContain('✗');
    expect(home).toMatch(/90✗.*0\.050✗/);
    expect(target).toMatch(/^target\s+98\+\s+100\s+100\s+100\s+< 0\.02\s+chart < 60 KB/);
    expect(out).toContain('chart page first load (/charts/x/): 40.0 KB with text gzipped (90.0 KB as served here, uncompressed), of which web fonts 25.0 KB; target < 60 KB');
    expect(out).toContain('  home /: total-blocking-time (300 ms)');
  });

  it('a chart page per language: each its own first-load line', () => {
    const out = formatAudit([fig({}), fig({ path: '/zh/charts/x/', bytes: { served: 0, gzip: 150 * 1024, font: 130 * 1024 } })]);
    expect(out).toContain('chart page first load (/charts/x/): 40.0 KB');
    expect(out).toContain('chart page first load (/zh/charts/x/): 150.0 KB with text gzipped (0.0 KB as served here, uncompressed), of which web fonts 130.0 KB');
    expect(out.split('\n')[2]).toMatch(/^chart \/zh\/charts\/x\/.*150\.0 KB✗$/);
  });

  it('a chart page over 60 KB is marked, and a busy machine is said to be one', () => {
    const out = formatAudit([fig({ bytes: { served: 0, gzip: 61 * 1024, font: 0 } })], 300);
    expect(out.split('\n')[1]).toMatch(/61\.0 KB✗$/);
    expect(out).toMatch(/benchmark index: 300 \(below 1000/);
  });
});
