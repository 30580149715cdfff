// The built site in a browser: dist/ served locally and one Chromium per test file (started by
// tests/helpers/browser.ts, the one place tests launch it). Nothing downloads a browser.
// Usage: const site = useSite(); in a describe/file, then site.browser / site.server inside tests.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { requireDist } from './dist.ts';
import { launchBrowser } from '../../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';

export interface Site {
  browser: Browser;
  server: StaticServer;
  url(p: string): string;
  /** A fresh context (closed with the browser); pass options such as colorScheme or javaScriptEnabled. */
  context(opts?: BrowserContextOptions): Promise<BrowserContext>;
}

export function useSite(): Site {
  const site = {} as Site;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    const dir = requireDist();
    site.server = await startStaticServer(dir);
    site.browser = await launchBrowser();
    site.url = (p) => site.server.url(p);
    site.context = async (opts = {}) => {
      const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
      ctx.setDefaultTimeout(10_000); // fail fast, well inside vitest's test timeout
      contexts.push(ctx);
      return ctx;
    };
  });
  // Contexts live for one test: a page left open keeps running scripts and slows the next tests.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Collects console errors, page errors and CSP violations on a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    const t = m.text();
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(t)) errors.push(`console.${m.type()}: ${t}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // name the URL behind "Failed to load resource" (the console message does not)
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${new URL(r.url()).pathname} (${r.failure()?.errorText})`));
  return errors;
}

/** Records every securitypolicyviolation event in the page (reported through the console too, but this is exact). */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`));
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
