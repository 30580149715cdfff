// The printed PDFs of a built site: one per briefing, with its title, charts (as text, so vector), axis
// titles, sources, metadata and embedded fonts. Runs against dist/ (npm test builds it first); prints the
// PDFs itself when dist/pdf is missing. Reads PDFs with poppler-utils (pdftotext, pdfinfo, pdffonts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { getChart } from '../../src/charts/registry.ts';
import { chartsPlaced, mdxRefs, parseMdx } from '../../src/lib/mdx-refs.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fillPdfSlot, formatBytes, normalizeBase, pdfLink, printPdfs, stableStructIds } from '../../scripts/pdf.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const PAGES = { min: 2, max: 12 }; // measured: 3–6 pages per briefing on A4

const sources: { id: string; title: string }[] = JSON.parse(fs.readFileSync(path.join(root, 'data/sources.json'), 'utf8'));
const briefings = fs
  .readdirSync(path.join(root, 'content/briefings'))
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const { data, content } = matter(fs.readFileSync(path.join(root, 'content/briefings', f), 'utf8'));
    // The site's own reader: a <Chart> written inside code in the prose is text, not a chart.
    const charts = chartsPlaced(mdxRefs(parseMdx(content)));
    return { slug: f.replace(/\.mdx$/, ''), title: String(data.title), summary: String(data.summary), sources: data.sources as string[], charts };
  });

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);

/** Texts of one vega mark role inside the chart's inline SVG on the built page (e.g. "axis-title"). */
function svgTexts(html: string, chartId: string, role: string): string[] {
  const start = html.indexOf(`data-chart="${chartId}"`, html.indexOf('<svg'));
  if (start < 0) return [];
  const svg = html.slice(start, html.indexOf('</svg>', start));
  return [...svg.matchAll(new RegExp(`class="mark-text role-${role}"[^>]*>((?:<text[^>]*>[^<]*</text>)+)`, 'g'))]
    .flatMap((m) => [...m[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => decode(t[1]!).trim()))
    .filter(Boolean);
}

describe('PDF helpers', () => {
  it('links a PDF with its size and page count, replacing the placeholder or an earlier link', () => {
    const slot = '<span class="pdf-slot no-print" data-pdf-slot="briefings/a-b" hidden></span>';
    const link = pdfLink('/atlas', 'briefings/a-b', 126_000, 4);
    expect(link).toBe(
      '<a class="pdf-link no-print" data-pdf-slot="briefings/a-b" href="/atlas/pdf/briefings/a-b.pdf" download>Download PDF (123 KB, 4 pages)</a>',
    );
    const once = fillPdfSlot(`<p>${slot}</p>`, 'briefings/a-b', link)!;
    expect(once).toBe(`<p>${link}</p>`);
    expect(fillPdfSlot(once, 'briefings/a-b', pdfLink('/', 'briefings/a-b', 2_000_000, 1))).toContain('(1.9 MB, 1 page)');
    expect(fillPdfSlot('<p>no slot</p>', 'briefings/a-b', link)).toBeNull();
    expect(formatBytes(100)).toBe('1 KB');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('atlas')).toBe('/atlas/');
  });

  it('renumbers tagged-PDF node ids by where their elements stand, without changing their length', () => {
    const pdf = '/ID (node00000837) /ID (node00000012) /K (node00000837)';
    const out = stableStructIds(pdf);
    expect(out).toBe('/ID (node00000001) /ID (node00000002) /K (node00000001)');
    expect(out.length).toBe(pdf.length);
  });

  it('two prints that numbered the same elements in another order come out the same, the ID tree sorted', () => {
    // Chromium gave a Chinese page's two table headers each other's numbers from one print to the next.
    const print = (first: string, second: string) =>
      `1 0 obj\n<< /ID (${first}) >>\nendobj\n2 0 obj\n<< /ID (${second}) >>\nendobj\n3 0 obj\n<<\n/Limits [ (node00000001) (node00000002) ]\n/Names [ (node00000001) ${first === 'node00000001' ? 1 : 2} 0 R (node00000002) ${first === 'node00000001' ? 2 : 1} 0 R ]\n>>\nendobj\n`;
    const a = stableStructIds(print('node00000001', 'node00000002'));
    const b = stableStructIds(print('node00000002', 'node00000001'));
    expect(b).toBe(a);
    expect(a).toContain('/Limits [ (node00000001) (node00000002) ]\n/Names [ (node00000001) 1 0 R (node00000002) 2 0 R ]');
  });
});

describe('briefing PDFs', () => {
  beforeAll(async () => {
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first.`);
    if (fs.existsSync(path.join(dist, 'pdf', 'briefings'))) return;
    const result = await printPdfs({ distDir: dist, siteUrl: siteConfig.url, base: siteConfig.base });
    if (result.skipped) throw new Error(result.skipped);
  });

  it('finds briefings to check', () => {
    expect(briefings.length).toBeGreaterThan(0);
  });

  for (const b of briefings) {
    describe(b.slug, () => {
      const file = path.join(dist, 'pdf', 'briefings', `${b.slug}.pdf`);
      let text = '';
      let info = '';
      beforeAll(() => {
        expect(fs.existsSync(file), `${file} exists`).toBe(true);
        text = squash(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
        info = run('pdfinfo', ['-enc', 'UTF-8', file]);
      });
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim();

      it(`has ${PAGES.min}–${PAGES.max} pages`, () => {
        const pages = Number(field('Pages'));
        expect(pages).toBeGreaterThanOrEqual(PAGES.min);
        expect(pages).toBeLessThanOrEqual(PAGES.max);
      });

      it('contains the title, the cover line and every source title', () => {
        expect(text).toContain(squash(b.title));
        expect(text).toContain(`Printed from ${new URL(`${normalizeBase(siteConfig.base)}briefings/${b.slug}/`, siteConfig.url).href}`);
        for (const id of b.sources) {
          const source = sources.find((s) => s.id === id);
          expect(source, `source ${id} in data/sources.json`).toBeDefined();
          expect(text).toContain(squash(source!.title));
        }
      });

      it('contains each chart title, its axis titles and its axis labels (charts print as vector text)', () => {
        const html = fs.readFileSync(path.join(dist, 'briefings', b.slug, 'index.html'), 'utf8');
        for (const id of b.charts) {
          expect(text).toContain(squash(getChart(id).title));
          for (const t of [...svgTexts(html, id, 'axis-title'), ...svgTexts(html, id, 'legend-title')]) expect(text, `${id} axis title`).toContain(squash(t));
          const labels = svgTexts(html, id, 'axis-label');
          expect(labels.length, `${id} has axis labels in its SVG`).toBeGreaterThan(0);
          for (const t of labels) expect(text, `${id} axis label`).toContain(squash(t));
        }
      });

      it('carries title, author and subject metadata', () => {
        expect(field('Title')).toBe(b.title);
        expect(field('Author')).toBe(siteConfig.author);
        expect(field('Subject')).toBe(b.summary);
        expect(field('CreationDate')).toMatch(new RegExp(siteConfig.builtOn.slice(0, 4)));
      });

      it('embeds every font', () => {
        const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
        expect(rows.length).toBeGreaterThan(0);
        // Columns from the right: emb sub uni object-number generation.
        for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
        // The text is in the site's face, both weights, the running header and footer too (pdf-cjk.test.ts checks no other face).
        const names = rows.map((r) => r.trim().split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
        expect(names).toEqual(expect.arrayContaining(['IBMPlexSans-Regular', 'IBMPlexSans-SemiBold']));
      });

      it('is linked from its page with size and page count', () => {
        const html = fs.readFileSync(path.join(dist, 'briefings', b.slug, 'index.html'), 'utf8');
        const pages = Number(field('Pages'));
        expect(html).toContain(pdfLink(siteConfig.base, `briefings/${b.slug}`, fs.statSync(file).size, pages));
      });
    });
  }
});

describe('paper sizes', () => {
  it('prints A4 by default and Letter on request', async () => {
    const a4 = run('pdfinfo', [path.join(dist, 'pdf', 'briefings', `${briefings[0]!.slug}.pdf`)]);
    expect(a4).toMatch(/Page size:.*\(A4\)/);
    // A copy of the built site, so the Letter run does not touch dist/.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deal-atlas-letter-'));
    try {
      fs.cpSync(dist, tmp, { recursive: true, filter: (src) => !src.startsWith(path.join(dist, 'pdf')) });
      const result = await printPdfs({ distDir: tmp, siteUrl: siteConfig.url, base: siteConfig.base, format: 'Letter', log: () => {} });
      expect(result.skipped).toBeUndefined();
      expect(result.printed.length).toBeGreaterThan(0);
      expect(run('pdfinfo', [path.join(tmp, 'pdf', 'briefings', `${briefings[0]!.slug}.pdf`)])).toMatch(/Page size:.*\(letter\)/i);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
