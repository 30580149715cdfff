// axe-core on every page type, in light and dark colour schemes and at 360 px. Zero violations.
// The axe run uses bypassCSP so the injected script is allowed; the site's own CSP is tested in pages.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { useSite } from './helpers/browser.ts';
import { projectRoot, sitePath } from './helpers/dist.ts';

const AXE = path.join(projectRoot, 'node_modules/axe-core/axe.min.js');
const site = useSite();

const PAGES = [
  '/',
  '/briefings/',
  '/briefings/china-going-global-2024-h1-2025/',
  '/topics/',
  '/topics/licensee-countries/',
  '/charts/',
  '/charts/capital-vs-license-out/',
  '/embed/top-deals/',
  '/deals/',
  '/deals/remegen-abbvie-2026/',
  '/companies/',
  '/companies/novartis/',
  '/sources/',
  '/search/?q=RemeGen',
  '/no-such-page/',
  // Korean and Chinese: each page type's words, fonts and switcher in the other languages.
  '/ko/',
  '/zh/briefings/china-going-global-2024-h1-2025/',
  '/ko/charts/korea-licensing-exports/',
  '/zh/deals/',
  '/ko/deals/alteogen-astrazeneca-2025/',
  '/zh/companies/alteogen/',
  '/ko/editions/2025-q1/',
  '/zh/sources/',
  '/ko/search/?q=알테오젠',
  '/zh/no-such-page/',
];

interface AxeViolation { id: string; impact: string; help: string; helpUrl: string; nodes: { target: string[]; failureSummary: string }[] }

// Light runs every rule; dark and narrow runs repeat the rules the scheme or width can change.
const ALL = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
const COLOUR = { type: 'rule', values: ['color-contrast', 'link-in-text-block']};
const NARROW = { type: 'rule', values: ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable', 'target-size', 'meta-viewport', 'region', 'landmark-unique', 'nested-interactive'] };

/** Loads a page once, then runs axe in each scheme (the colour scheme is switched with emulateMedia). */
async function axe(p: string, opts: BrowserContextOptions, runs: { scheme: 'light' | 'dark'; rules: object }[]): Promise<Record<string, AxeViolation[]>> {
  const ctx = await site.context({ bypassCSP: true, ...opts });
  const page = await ctx.newPage();
  await page.goto(site.url(sitePath(p)), { waitUntil: 'load' });
  if (p.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
  // Check what readers can open too: data tables and embed snippets inside <details>.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.addScriptTag({ path: AXE });
  const out: Record<string, AxeViolation[]> = {};
  for (const { scheme, rules } of runs) {
    await page.emulateMedia({ colorScheme: scheme });
    out[scheme] = await page.evaluate(async (runOnly) => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const r = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    }, rules);
  }
  return out;
}

function report(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${v.nodes.slice(0, 8).map((n) => `  - ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`).join('\n')}${v.nodes.length > 8 ? `\n  … ${v.nodes.length - 8} more` : ''}`)
    .join('\n');
}

const summary = (p: string, res: Record<string, AxeViolation[]>, extra = '') =>
  Object.entries(res).filter(([, v]) => v.length).map(([scheme, v]) => `axe violations on ${p} (${scheme}${extra}):\n${report(v)}`).join('\n\n');

describe('axe, light and dark', () => {
  it.each(PAGES)('%s', async (p) => {
    const res = await axe(p, {}, [{ scheme: 'light', rules: ALL }, { scheme: 'dark', rules: COLOUR }]);
    expect(summary(p, res)).toBe('');
  });

  it('a dark context (not only emulateMedia) gets the dark palette', async () => {
    const ctx = await site.context({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(site.url(sitePath('/')));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    const res = await axe('/deals/', { colorScheme: 'dark' }, [{ scheme: 'dark', rules: COLOUR }]);
    expect(summary('/deals/', res)).toBe('');
  });
});

describe('axe at 360 px', () => {
  it.each(['/', '/deals/', '/briefings/china-going-global-2024-h1-2025/', '/charts/top-deals/'])('%s', async (p) => {
    const res = await axe(p, { viewport: { width: 360, height: 740 } }, [{ scheme: 'light', rules: ALL }, { scheme: 'dark', rules: NARROW }]);
    expect(summary(p, res, ', 360 px')).toBe('');
  });
});
