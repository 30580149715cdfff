// The one place tests start Chromium (tests/e2e through useSite(), tests/build for the browser checks of
// their own builds). The browser is found as the PDF step finds it (scripts/lib/find-browser.ts:
// CHROME_PATH, else Debian's /usr/bin/chromium, else the other usual places) and launched with the
// project's CHROMIUM_ARGS. Nothing downloads a browser.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/lib/find-browser.ts';

const found = findBrowser();

/** The browser tests launch, or, when none was found, where they looked (for skip messages). */
export const CHROME = found.path ?? found.looked.join(', ');
export const hasChrome = found.path !== null;

/** A headless Chromium; throws, saying where it looked and what to set, when there is none. */
export function launchBrowser(): Promise<Browser> {
  if (!found.path) {
    const why = found.problem ?? `No Chrome/Chromium found (looked in: ${found.looked.join(', ')}).`;
    throw new Error(`${why} Browser tests need one: apt-get install -y chromium, or set CHROME_PATH.`);
  }
  return chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS, headless: true });
}
