// Hostile strings in the data stay text everywhere the build puts them: HTML (text, attributes, inline SVG),
// RSS, CSV, JSON and PDF, and nothing runs in a browser even with the Content-Security-Policy bypassed
// (the CSP would block an injected inline script anyway; the point here is that the escaping alone holds).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME, hasChrome, launchBrowser } from '../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import {
  build, copyProject, describeBuild, editJson, leadTopDeals, listFiles, removeCopies, scanHtml,
  type BuildResult,
} from './helpers.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const BOLD = '<b>x</b>';
const SCRIPT_ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
/** The top-deals chart names each deal "licensor → licensee". */
const DEAL_LABEL = `${SCRIPT} → ${IMG}`;

const hasPdftotext = existsSync('/usr/bin/pdftotext');
const withPdf = hasChrome;
if (!withPdf) console.warn(`escaping.test: no Chromium at ${CHROME} (set CHROME_PATH): the PDF part is skipped.`);

let dir: string;
let dist: string;
let result: BuildResult;
let files: string[];

beforeAll(async () => {
  dir = await copyProject('deal-atlas-escaping-');
  await editJson(dir, 'data/companies.json', (cs: { id: string; name: string }[]) => {
    cs.find((c) => c.id === 'remegen')!.name = SCRIPT;
    cs.find((c) => c.id === 'abbvie')!.name = IMG;
  });
  await editJson(dir, 'data/deals.json', (ds: { id: string; asset: { name: string } }[]) => {
    ds.find((d) => d.id === 'remegen-abbvie-2026')!.asset.name = IMG;
  });
  // The top-deals chart lists the ten largest deals: this one leads it whatever else is published.
  await leadTopDeals(dir, ['remegen-abbvie-2026']);
  // A new point (so no <Num> reference changes) in a series the territory-rights chart draws.
  await editJson(dir, 'data/metrics/china-territory-share.json', (m: { points: Record<string, unknown>[] }) => {
    m.points.push({ ...m.points[0], category: BOLD, value: 3 });
  });
  const briefing = path.join(dir, 'content/briefings/jpm-2026-china-deals.mdx');
  const text = await readFile(briefing, 'utf8');
  const changed = text.replace(/^title: .*$/m, `title: '${IMG}'`);
  expect(changed).not.toBe(text);
  await writeFile(briefing, changed);

  result = await build(dir, { pdf: withPdf });
  dist = path.join(dir, 'dist');
  files = existsSync(dist) ? await listFiles(dist) : [];
});

afterAll(removeCopies);

const read = (rel: string) => readFile(path.join(dist, rel), 'utf8');

/** What a broken escape would leave in HTML: a live <script>, an <img onerror>, a <b> element. */
function injections(html: string): string[] {
  const { tags, markup, rawText } = scanHtml(html);
  const found: string[] = [];
  if (markup.includes('<script>alert(1)') || rawText.some((r) => r.text.includes('alert(1)'))) found.push('<script>alert(1)');
  if (tags.some((t) => t.name === 'img' && ('onerror' in t.attrs || t.attrs.src === 'x'))) found.push('<img src=x onerror>');
  if (markup.includes(BOLD)) found.push(BOLD);
  return found;
}

describe('hostile names, asset, briefing title and chart category', () => {
  it('build succeeds', () => {
    expect(result.code, describeBuild(result)).toBe(0);
    expect(files.length).toBeGreaterThan(50);
  });

  it('the detector itself finds a broken escape (control)', () => {
    expect(injections(`<meta content=""><img src=x onerror=alert(1)>"><p>${SCRIPT}<b>x</b></p>`)).toEqual(['<script>alert(1)', '<img src=x onerror>', BOLD]);
    expect(injections(`<meta content="&quot;><img src=x onerror=alert(1)>"><p>${SCRIPT_ESCAPED}</p>`)).toEqual([]);
  });

  it('no HTML page (text, attributes, inline SVG) contains live injected markup', async () => {
    const html = files.filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(50);
    const bad: string[] = [];
    for (const f of html) for (const what of injections(await read(f))) bad.push(`${f}: ${what}`);
    expect(bad).toEqual([]);
  });

  it('no XML or SVG file (RSS, sitemaps, logo) contains the raw strings', async () => {
    const xml = files.filter((f) => f.endsWith('.xml') || f.endsWith('.svg'));
    expect(xml).toContain('rss.xml');
    const bad: string[] = [];
    for (const f of xml) {
      const text = await read(f);
      for (const s of ['<script>alert(1)', '<img src=x onerror', BOLD]) if (text.includes(s)) bad.push(`${f}: ${s}`);
    }
    expect(bad).toEqual([]);
  });

  it('the escaped forms appear in HTML text, attributes and inline SVG', async () => {
    const company = await read('companies/remegen/index.html');
    const { tags, markup } = scanHtml(company);
    expect(markup).toContain(`<h1>${SCRIPT_ESCAPED}</h1>`);
    expect(markup).toContain(`<title>${SCRIPT_ESCAPED} · Deal Atlas</title>`);
    // Attributes hold the exact string as text (decoded value equals the name).
    expect(tags.find((t) => t.name === 'meta' && t.attrs.property === 'og:title')?.attrs.content).toBe(SCRIPT);
    const abbvie = scanHtml(await read('companies/abbvie/index.html'));
    expect(abbvie.tags.find((t) => t.name === 'meta' && t.attrs.property === 'og:title')?.attrs.content).toBe(IMG);

    const chart = await read('charts/top-deals/index.html');
    const svg = /<svg\b[\s\S]*?<\/svg>/.exec(chart)?.[0] ?? '';
    expect(svg).toContain(`>${SCRIPT_ESCAPED} → `); // axis label text
    const svgTags = scanHtml(svg).tags;
    expect(svgTags.some((t) => (t.attrs['aria-label'] ?? '').includes(DEAL_LABEL)), 'mark aria-label holds the deal name as text').toBe(true);

    const territory = /<svg\b[\s\S]*?<\/svg>/.exec(await read('charts/territory-rights/index.html'))?.[0] ?? '';
    expect(territory).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('RSS carries the briefing title as escaped text', async () => {
    const rss = await read('rss.xml');
    const titles = [...rss.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) =>
      m[1]!.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    );
    expect(titles).toContain(IMG);
  });

  it('CSV downloads hold the names as field values', async () => {
    // Each CSV starts with a byte-order mark (for Excel), which csvParse would fold into the first header.
    const readCsv = async (rel: string) => {
      const text = await read(rel);
      expect(text.startsWith('\uFEFF'), rel).toBe(true);
      return csvParse(text.slice(1));
    };
    const deals = await readCsv('data/top-deals.csv');
    expect(deals.map((r) => r['Deal (licensor → licensee)'])).toContain(DEAL_LABEL);
    const territory = await readCsv('data/territory-rights.csv');
    expect(territory.some((r) => Object.values(r).includes(BOLD)), 'a territory-rights CSV field is exactly <b>x</b>').toBe(true);
  });

  it('JSON downloads and the interactive spec hold the names as JSON strings', async () => {
    const deals = JSON.parse(await read('data/top-deals.json')) as { rows: { categoryLabel?: string }[] };
    expect(deals.rows.map((r) => r.categoryLabel)).toContain(DEAL_LABEL);
    const territory = JSON.parse(await read('data/territory-rights.json')) as { rows: { category?: string }[] };
    expect(territory.rows.map((r) => r.category)).toContain(BOLD);
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(await read('data/spec/top-deals.json')));
    // Category labels are wrapped into lines by measured width, so the name is one string, the year another.
    expect(strings.some((x) => x.includes(DEAL_LABEL)), 'the deal name as one JSON string').toBe(true);
    expect(strings.some((x) => x.includes('&lt;') || x.includes('&#')), 'no HTML entities in the spec').toBe(false);
  });
});

describe.skipIf(!hasChrome)('in a browser (CSP bypassed, so only escaping protects the page)', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(dist, '/', { '/__control/': '<!doctype html><title>control</title><p>control</p><img src=x onerror=alert(1)>' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Load a page and return what ran or was injected: the dialogs it opened and any <img src=x> in its DOM. */
  async function visit(p: string, check?: (page: import('playwright-core').Page) => Promise<void>): Promise<string[]> {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${p}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    try {
      const res = await page.goto(server.url(p), { waitUntil: 'load' });
      expect(res?.status(), p).toBe(200);
      await page.waitForTimeout(150); // let a late onerror fire
      const imgs = await page.locator('img[src="x"]').count();
      if (imgs) dialogs.push(`${p}: ${imgs} injected <img src=x> in the DOM`);
      await check?.(page);
    } finally {
      await context.close();
    }
    return dialogs;
  }

  it('control: an unescaped <img onerror> does fire a dialog here', async () => {
    const found = await visit('/__control/');
    expect(found.filter((d) => d.includes('alert 1'))).toHaveLength(1);
    expect(found.filter((d) => d.includes('injected <img'))).toHaveLength(1);
  });

  it('company pages show the names literally and open no dialog', async () => {
    const dialogs = [
      ...(await visit('/companies/remegen/', async (page) => {
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(SCRIPT);
        expect(await page.getByText(SCRIPT, { exact: true }).first().isVisible()).toBe(true);
        expect(await page.title()).toBe(`${SCRIPT} · Deal Atlas`);
      })),
      ...(await visit('/companies/abbvie/', async (page) => {
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(IMG);
      })),
    ];
    expect(dialogs).toEqual([]);
  });

  it('chart pages show the names literally (SVG, table) and open no dialog', async () => {
    const dialogs = [
      ...(await visit('/charts/top-deals/', async (page) => {
        expect(await page.locator('svg.chart-svg text').getByText(SCRIPT, { exact: false }).first().isVisible()).toBe(true);
        expect(await page.locator('.figure-table').getByText(DEAL_LABEL, { exact: true }).count()).toBeGreaterThan(0);
      })),
      ...(await visit('/charts/territory-rights/', async (page) => {
        expect(await page.locator('svg.chart-svg text').getByText(BOLD, { exact: true }).first().isVisible()).toBe(true);
      })),
      ...(await visit('/embed/top-deals/')),
    ];
    expect(dialogs).toEqual([]);
  });

  it('deal, explorer and briefing pages open no dialog and show the text', async () => {
    const dialogs = [
      ...(await visit('/deals/remegen-abbvie-2026/', async (page) => {
        expect(await page.getByText(IMG, { exact: false }).first().isVisible()).toBe(true);
      })),
      ...(await visit('/deals/')),
      ...(await visit('/briefings/jpm-2026-china-deals/', async (page) => {
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(IMG);
      })),
      ...(await visit('/briefings/')),
    ];
    expect(dialogs).toEqual([]);
  });

  it('search results show the names literally (titles and excerpts, no entities) and open no dialog', async () => {
    const dialogs = await visit('/search/?q=alert', async (page) => {
      const results = page.locator('.search-results li');
      await results.first().waitFor({ timeout: 10_000 });
      const texts = await results.allInnerTexts();
      // The company page's result: its title and an excerpt of its text (from the search record), both literal.
      const company = texts.find((t) => t.startsWith(`${SCRIPT}\n`));
      expect(company, texts.join('\n---\n')).toBeDefined();
      expect(company!.slice(SCRIPT.length)).toContain(`${SCRIPT}. Chinese biotech`);
      expect(texts.filter((t) => /&(lt|gt|quot|amp);/.test(t)), 'excerpts show HTML entities').toEqual([]);
      expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    });
    expect(dialogs).toEqual([]);
  });
});

describe.skipIf(!withPdf || !hasPdftotext)('in the PDFs', () => {
  const pdfText = (rel: string) => {
    const file = path.join(dist, rel);
    expect(existsSync(file), `${rel} was printed`).toBe(true);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  it('the literal text appears', () => {
    expect(pdfText('pdf/topics/top-deals.pdf')).toContain(DEAL_LABEL);
    expect(pdfText('pdf/briefings/jpm-2026-china-deals.pdf')).toContain(IMG);
    expect(pdfText('pdf/topics/territories.pdf')).toContain(BOLD);
  });
});

if (!hasPdftotext) console.warn('escaping.test: pdftotext (poppler-utils) not found: the PDF text check is skipped.');
