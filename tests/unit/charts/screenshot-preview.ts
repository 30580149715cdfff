// Screenshot the SVGs written by render-preview.ts (visual check, not a test):
//   node tests/unit/charts/screenshot-preview.ts /tmp/charts
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/lib/find-browser.ts';

const dir = process.argv[2] ?? '/tmp/charts';
const dark = process.argv.includes('--dark');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 760, height: 600 }, deviceScaleFactor: 1.5 });
for (const f of (await readdir(dir)).filter((f) => f.endsWith('.svg'))) {
  await page.goto('file://' + path.join(dir, f));
  if (dark) await page.evaluate(() => { document.documentElement.setAttribute('color', '#eee'); document.documentElement.style.background = '#111'; });
  await page.locator('svg').screenshot({ path: path.join(dir, f.replace(/\.svg$/, dark ? '.dark.png' : '.png')) });
}
await browser.close();

// One contact sheet of every chart, for a quick look.
if (process.argv.includes('--sheet')) {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const p = await b.newPage({ viewport: { width: 1500, height: 900 } });
  const files = (await readdir(dir)).filter((f) => f.endsWith('.svg'));
  const html = `<style>svg{max-width:100%;height:auto}</style><body style="margin:0;display:grid;grid-template-columns:1fr 1fr;gap:8px;align-items:start;background:${dark ? '#111' : '#fff'}">${(await Promise.all(files.map(async (f) => `<div style="border:1px solid #ccc;color:${dark ? '#eee' : '#1a1a1a'}"><p style="margin:0;font:11px sans-serif;color:red">${f}</p>${(await readFile(path.join(dir, f), 'utf8')).replace(/ color="[^"]+"/, '')}</div>`))).join('')}</body>`;
  await p.setContent(html);
  await p.waitForTimeout(300);
  await p.screenshot({ path: path.join(dir, 'sheet.png'), fullPage: true });
  await b.close();
}
