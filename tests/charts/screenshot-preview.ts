// Screenshot the SVGs written by render-preview.ts (visual check, not a test):
//   node tests/charts/screenshot-preview.ts /tmp/charts
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = process.argv[2] ?? '/tmp/charts';
const dark = process.argv.includes('--dark');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 760, height: 600 }, deviceScaleFactor: 1.5 });
for (const f of (await readdir(dir)).filter((f) => f.endsWith('.svg'))) {
  await page.goto('file://' + path.join(dir, f));
  if (dark) await page.evaluate(() => { document.documentElement.setAttribute('color', '#eee'); document.documentElement.style.background = '#111'; });
  await page.locator('svg').screenshot({ path: path.join(dir, f.replace(/\.svg$/, dark ? '.dark.png' : '.png')) });
}
await browser.close();
