// Finds an installed Chrome or Chromium for printing PDFs. Never downloads one: the PDF step is skipped
// (with a message saying what to install) when nothing is found.
import fs from 'node:fs';

/**
 * Chromium's launch arguments, for every browser this project starts (PDFs, tests, benchmark). Headless,
 * no sandbox (CI runs as root), and no background networking, component updates or sync: on a closed
 * network their connections fail, many at a time, and slow the start.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export interface BrowserSearch {
  /** Path of the browser found, or null. */
  path: string | null;
  /** Every place looked at, in order (CHROME_PATH first when set). */
  looked: string[];
  /** Set when CHROME_PATH names a file that does not exist. */
  problem?: string;
}

const windowsRoots = (env: Record<string, string | undefined>) =>
  [env['PROGRAMFILES'] ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env['LOCALAPPDATA']].filter(
    (r): r is string => !!r,
  );

/** Usual install locations on Linux, macOS and Windows, most likely first. */
export function defaultBrowserPaths(env: Record<string, string | undefined> = process.env): string[] {
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windowsRoots(env).flatMap((root) => [
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      `${root}\\Chromium\\Application\\chrome.exe`,
      `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
    ]),
  ];
}

/**
 * CHROME_PATH wins when set (and is reported if missing, without falling back silently);
 * otherwise the first existing default path. `exists` and `candidates` are injectable for tests.
 */
export function findBrowser(
  env: Record<string, string | undefined> = process.env,
  exists: (p: string) => boolean = (p) => fs.existsSync(p),
  candidates: string[] = defaultBrowserPaths(env),
): BrowserSearch {
  const fromEnv = env['CHROME_PATH']?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return { path: fromEnv, looked: [fromEnv] };
    return { path: null, looked: [fromEnv], problem: `CHROME_PATH is set to ${fromEnv}, but no file exists there.` };
  }
  const looked: string[] = [];
  for (const p of candidates) {
    looked.push(p);
    if (exists(p)) return { path: p, looked };
  }
  return { path: null, looked };
}

/** The message printed when no browser is found: what was searched and how to fix it. */
export function noBrowserMessage(search: BrowserSearch): string {
  return [
    search.problem,
    `No Chrome/Chromium found (looked in: ${search.looked.join(', ')}). PDFs were not generated.`,
    'Install chromium (Debian: apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome, then run npm run pdf.',
  ]
    .filter(Boolean)
    .join(' ');
}
