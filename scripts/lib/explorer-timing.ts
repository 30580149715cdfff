// What the deal explorer costs a reader, for `npm run bench -- --reader`: the page's load in headless
// Chromium (JavaScript on, unthrottled) and the time a country filter takes to apply (on a big site that
// includes loading /deals/all.json).
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { CHROMIUM_ARGS } from './find-browser.ts';
import { sitePath } from '../../src/lib/routes.ts';


export interface ExplorerTiming {
  loadMs: number;
  filterMs: number;
  status: string;
}

export async function timeExplorer(distDir: string, base: string, executablePath: string): Promise<ExplorerTiming> {
  const server = await startStaticServer(distDir, base);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const t0 = performance.now();
    await page.goto(server.url(sitePath.deals()), { waitUntil: 'load', timeout: 300_000 });
    const loadMs = performance.now() - t0;
    // The first country the filter offers (by name): on the synthetic data it hides and shows thousands of rows.
    const country = await page.$eval('select[name=country]', (s) => (s as HTMLSelectElement).options[1]?.value ?? '');
    const before = await page.textContent('.explorer-status');
    const t1 = performance.now();
    await page.selectOption('select[name=country]', country);
    // Done when the status reports the result (on a big site it first says that every deal is loading).
    await page.waitForFunction(
      (b) => {
        const t = document.querySelector('.explorer-status')?.textContent ?? '';
        return t !== b && !t.startsWith('Loading');
      },
      before,
      { timeout: 300_000 },
    );
    const filterMs = performance.now() - t1;
    return { loadMs, filterMs, status: (await page.textContent('.explorer-status')) ?? '' };
  } finally {
    await browser.close();
    await server.close();
  }
}
