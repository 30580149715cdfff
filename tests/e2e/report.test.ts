// The edition report PDFs of a built site (scripts/report.ts), read with poppler-utils as a reader's viewer
// would: page count, bookmarks, the contents' page numbers against where each part really starts, running
// headers and page numbers, the site's face throughout, the link on /briefings/, and the same bytes when
// printed again. What each report holds comes from the site's own adapter (src/lib/edition-reports.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import { FACE_SUBSETS } from '../../src/fonts/faces.ts';
import { formatIsoDate } from '../../src/lib/dates.ts';
import { editionReports, REPORT_SECTIONS, reportPdfSlot, type EditionReport } from '../../src/lib/edition-reports.ts';
import { sitePath } from '../../src/lib/routes.ts';
import { siteContent } from '../../src/lib/site-content.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { siteConfig } from '../../src/site.config.ts';
import { normalizeBase, pdfLink } from '../../scripts/pdf.ts';
import { printReports } from '../../scripts/report.ts';
import { projectRoot, requireDist } from './helpers/dist.ts';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[e]!);
const strip = (html: string) => squash(decode(html.replace(/<[^>]+>/g, ' ')));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Measured: 39 pages for 4 briefings, 7 topics, the deal appendix and sources (each part 1–4 pages). */
const pageRange = (r: EditionReport) => ({ min: 2 + r.parts.length, max: 2 + 12 * r.parts.length });

let dist: string;
let reports: EditionReport[] = [];
beforeAll(async () => {
  dist = requireDist();
  const read = await readDataset(projectRoot, chartIds);
  reports = editionReports(siteContent(read));
});

describe('edition reports', () => {
  it('there is a report to check', () => {
    expect(reports.length).toBeGreaterThan(0);
  });

  // One describe per report: the adapter's list is read in beforeAll, so loop inside the tests.
  const each = (name: string, check: (r: EditionReport, file: string) => void) =>
    it(name, () => {
      for (const r of reports) check(r, path.join(dist, sitePath.pdf(reportPdfSlot(r.id))));
    });
  /** Text of page n (from 1), whitespace squashed. */
  const pageText = (file: string, n: number) => squash(run('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-']));
  const pages = (file: string) => Number(/^Pages:\s*(\d+)/m.exec(run('pdfinfo', [file]))![1]);
  /** The bookmarks as poppler reads them: title, page (from 1), depth. */
  const outline = (file: string) => {
    const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
    const out: { title: string; page: number; depth: number }[] = [];
    let depth = -1;
    for (const m of xml.slice(xml.indexOf('<outline')).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
      if (m[0] === '<outline>') depth++;
      else if (m[0] === '</outline>') depth--;
      else out.push({ title: decode(m[2]!), page: Number(m[1]), depth });
    }
    return out;
  };
  /** What the first page of a part shows: its page's h1 and the first words of its lede. */
  const opening = (part: EditionReport['parts'][number]) => {
    const html = fs.readFileSync(path.join(dist, part.path, 'index.html'), 'utf8');
    const h1 = strip(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!);
    const lede = strip(/<p class="lede"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').split(' ').slice(0, 6).join(' ');
    return [h1, lede].filter(Boolean);
  };

  each('exists, with a page count in the stated range', (r, file) => {
    expect(fs.existsSync(file), file).toBe(true);
    const n = pages(file);
    expect(n).toBeGreaterThanOrEqual(pageRange(r).min);
    expect(n).toBeLessThanOrEqual(pageRange(r).max);
  });

  each('the cover names the site, the edition and its date', (r, file) => {
    const cover = pageText(file, 1);
    expect(cover).toContain(siteConfig.name);
    expect(cover).toContain(squash(siteConfig.tagline));
    expect(cover).toContain(r.label);
    expect(cover).toContain(`Published ${formatIsoDate(r.date)}`);
  });

  each('bookmarks every section, and every briefing and topic under its section', (r, file) => {
    const marks = outline(file);
    expect(marks[0]).toMatchObject({ title: 'Contents', page: 2, depth: 0 });
    for (const part of r.parts) {
      // A section of one part named as the section (deal appendix, sources, what changed) is one bookmark.
      const single = r.parts.filter((p) => p.kind === part.kind).length === 1 && part.title === REPORT_SECTIONS[part.kind];
      expect(marks.filter((m) => m.title === part.title && m.depth === (single ? 0 : 1)), `${part.title} bookmarked`).toHaveLength(1);
    }
    expect(marks.filter((m) => m.depth === 1).length).toBe(r.parts.filter((p) => p.title !== REPORT_SECTIONS[p.kind] || r.parts.filter((q) => q.kind === p.kind).length > 1).length);
  });

  each("the contents' page numbers are where each part starts, and so are its bookmarks", (r, file) => {
    const marks = outline(file);
    const front = marks.find((m) => m.depth === 0 && m.title !== 'Contents')!.page - 1;
    // Read as laid out (-layout), as a reader sees a title and its page number on one line: the reading order
    // of a two-column contents line otherwise depends on how long the titles are.
    const contents = Array.from({ length: front - 1 }, (_, i) => squash(run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 2), '-l', String(i + 2), file, '-']))).join(' ');
    let previous = front;
    for (const part of r.parts) {
      const listed = new RegExp(`${escapeRe(squash(part.title))} (\\d+)`).exec(contents);
      expect(listed, `${part.title} in the contents`).not.toBeNull();
      const start = Number(listed![1]);
      expect(start, `${part.title} after the part before it`).toBeGreaterThan(previous);
      previous = start;
      expect(marks.find((m) => m.title === part.title)?.page, `${part.title}: bookmark and contents agree`).toBe(start);
      // It starts there: its opening is on that page and not on the page before (unless that is the contents, which names it).
      for (const text of opening(part)) {
        expect(pageText(file, start), `${part.title} opens on page ${start}`).toContain(text);
        // (Text the running header carries, such as the edition page's title, is on every page.)
        if (start - 1 > front && !`${siteConfig.name} · ${r.label}`.includes(text))
          expect(pageText(file, start - 1), `${part.title} does not open before page ${start}`).not.toContain(text);
      }
      if (part.kind === 'briefing' || part.kind === 'charts')
        expect(pageText(file, start)).toContain(`Printed from ${new URL(`${normalizeBase(siteConfig.base)}${part.path.slice(1)}`, siteConfig.url).href}`);
    }
  });

  each('running header (site and edition) and page numbers on every page but the cover', (r, file) => {
    const n = pages(file);
    expect(pageText(file, 1)).not.toContain('Page 1 of');
    for (let i = 2; i <= n; i++) {
      const text = pageText(file, i);
      expect(text, `page ${i}`).toContain(`Page ${i} of ${n}`);
      expect(text, `page ${i}`).toContain(`${siteConfig.name} · ${r.label}`);
    }
  });

  each("prints in the site's face, embedded, headers and footers too: another face only where a page has a character the face lacks", (_r, file) => {
    const fonts = (args: string[]) =>
      run('pdffonts', [...args, file]).trim().split('\n').slice(2).map((r) => ({ row: r, name: r.trim().split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: r.trim().split(/\s+/).at(-5) }));
    const all = fonts([]);
    for (const f of all) expect(f.embedded, f.row).toBe('yes');
    expect(all.map((f) => f.name)).toEqual(expect.arrayContaining(['IBMPlexSans-Regular', 'IBMPlexSans-SemiBold']));
    // The web fonts' subsets (src/fonts/faces.ts); the browser draws anything else (→, say) in a system face.
    const covered = (c: number) => FACE_SUBSETS.some((s) => s.ranges.some(([a, b]) => c >= a && c <= b)) || c <= 0x20;
    for (let i = 1; i <= pages(file); i++) {
      const others = fonts(['-f', String(i), '-l', String(i)]).filter((f) => !f.name.startsWith('IBMPlexSans-'));
      if (!others.length) continue;
      const lacking = [...pageText(file, i)].filter((ch) => !covered(ch.codePointAt(0)!));
      expect(lacking, `page ${i} uses ${others.map((f) => f.name).join(', ')}`).not.toEqual([]);
    }
  });

  each('carries its title and the build date as metadata', (r, file) => {
    const info = run('pdfinfo', ['-enc', 'UTF-8', file]);
    expect(info).toMatch(new RegExp(`^Title:\\s+${escapeRe(`${siteConfig.name} edition report: ${r.label}`)}$`, 'm'));
    expect(info).toMatch(new RegExp(`^CreationDate:.*${siteConfig.builtOn.slice(0, 4)}`, 'm'));
  });

  each('is linked, with its size and page count, from the pages the adapter names', (r, file) => {
    expect(r.linkedFrom.length).toBeGreaterThan(0);
    for (const at of r.linkedFrom) {
      const html = fs.readFileSync(path.join(dist, at, 'index.html'), 'utf8');
      expect(html).toContain(pdfLink(siteConfig.base, reportPdfSlot(r.id), fs.statSync(file).size, pages(file), `Edition report, ${r.label}: download PDF`));
    }
  });
});

describe('printed again', () => {
  let tmp = '';
  afterAll(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('the same bytes, without the cache (no dates of now, no random ids)', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deal-atlas-report-'));
    fs.cpSync(dist, tmp, { recursive: true, filter: (src) => !src.startsWith(path.join(dist, 'pdf')) });
    const result = await printReports({ distDir: tmp, siteUrl: siteConfig.url, base: siteConfig.base, reports });
    expect(result.skipped).toBeUndefined();
    for (const r of reports) {
      const at = sitePath.pdf(reportPdfSlot(r.id));
      expect(Buffer.compare(fs.readFileSync(path.join(tmp, at)), fs.readFileSync(path.join(dist, at))), at).toBe(0);
    }
  }, 120_000);
});
