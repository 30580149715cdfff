// Reusing the PDFs of unchanged report pages (scripts/lib/pdf-cache.ts): a page is printed again when its
// HTML, a file it loads, or the paper size changes, and only then; a reused PDF is the same file. Runs on
// copies of the built dist/ trimmed to three report pages, with a cache folder of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReportPages, printPdfs, type PrintOptions } from '../../scripts/pdf.ts';
import { siteConfig } from '../../src/site.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deal-atlas-pdf-cache-'));
const cacheDir = path.join(tmp, 'cache');
let slots: string[] = [];
let copies = 0;

/** A copy of dist/ with its PDFs removed and only the report pages in `slots` left. */
function copyDist(): string {
  const dir = path.join(tmp, `dist-${++copies}`);
  fs.cpSync(dist, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(dist, 'pdf')) });
  for (const p of findReportPages(dir)) if (!slots.includes(`${p.kind}/${p.slug}`)) fs.rmSync(path.dirname(p.html), { recursive: true });
  return dir;
}

async function print(dir: string, extra: Partial<PrintOptions> = {}) {
  const r = await printPdfs({ distDir: dir, siteUrl: siteConfig.url, base: siteConfig.base, cacheDir, ...extra });
  if (r.skipped) throw new Error(r.skipped);
  const slotOf = (p: string) => path.relative(path.join(dir, 'pdf'), p).replace(/\.pdf$/, '');
  return {
    printed: r.printed.filter((p) => !p.cached).map((p) => slotOf(p.path)).sort(),
    reused: r.printed.filter((p) => p.cached).map((p) => slotOf(p.path)).sort(),
    file: (slot: string) => fs.readFileSync(path.join(dir, 'pdf', `${slot}.pdf`)),
    html: (slot: string) => fs.readFileSync(path.join(dir, slot, 'index.html'), 'utf8'),
  };
}

let first: Awaited<ReturnType<typeof print>>;

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first.`);
  const all = findReportPages(dist).map((p) => `${p.kind}/${p.slug}`);
  slots = [...all.filter((s) => s.startsWith('briefings/')).slice(0, 2), all.find((s) => s.startsWith('topics/'))!].sort();
  first = await print(copyDist());
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('PDF cache', () => {
  it('prints every page the first time', () => {
    expect(slots).toHaveLength(3);
    expect(first.printed).toEqual(slots);
    expect(first.reused).toEqual([]);
  });

  it('reuses every PDF when nothing changed: the same bytes, and the page links them with size and pages', async () => {
    const again = await print(copyDist());
    expect(again.printed).toEqual([]);
    expect(again.reused).toEqual(slots);
    for (const slot of slots) {
      expect(again.file(slot).equals(first.file(slot)), slot).toBe(true);
      expect(again.html(slot)).toBe(first.html(slot));
      expect(again.html(slot)).toMatch(/Download PDF \(\d+ KB, \d+ pages?\)/);
    }
  }, 60_000);

  it("prints again only the page whose HTML changed", async () => {
    const dir = copyDist();
    const file = path.join(dir, slots[0]!, 'index.html');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</h1>', ' (revised)</h1>'));
    const r = await print(dir);
    expect(r.printed).toEqual([slots[0]]);
    expect(r.reused).toEqual(slots.slice(1));
  }, 60_000);

  it('prints every page again when a file they all load changes (the brand stylesheet)', async () => {
    const dir = copyDist();
    fs.appendFileSync(path.join(dir, 'brand.css'), '\n/* changed */\n');
    const r = await print(dir);
    expect(r.printed).toEqual(slots);
  }, 60_000);

  it('prints again when a file the page asked for and did not find appears', async () => {
    await print(copyDist()); // entries for the unchanged pages again (the test before changed a stylesheet)
    // One page asks for an image that is not there.
    const withImage = (dir: string) => {
      const file = path.join(dir, slots[0]!, 'index.html');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</h1>', '<img src="/late.svg" alt="" /></h1>'));
      return dir;
    };
    expect((await print(withImage(copyDist()))).printed).toEqual([slots[0]]);
    expect((await print(withImage(copyDist()))).printed).toEqual([]); // the same page, the image still missing
    const later = withImage(copyDist());
    fs.writeFileSync(path.join(later, 'late.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>');
    expect((await print(later)).printed).toEqual([slots[0]]);
  }, 60_000);

  it('prints again when a cached PDF was damaged, and keeps working when the cache cannot be written', async () => {
    await print(copyDist()); // entries for the unchanged pages again (the test before changed a stylesheet)
    const pdf = path.join(cacheDir, `${slots[0]}.pdf`);
    const bytes = fs.readFileSync(pdf);
    bytes[bytes.length >> 1] ^= 0xff; // same length, different bytes
    fs.writeFileSync(pdf, bytes);
    const r = await print(copyDist());
    expect(r.printed).toEqual([slots[0]]);
    // A file where the cache folder should be: nothing can be stored, the PDFs are still printed.
    const blocked = path.join(tmp, 'not-a-folder');
    fs.writeFileSync(blocked, '');
    const lines: string[] = [];
    const s = await print(copyDist(), { cacheDir: blocked, log: (l) => lines.push(l) });
    expect(s.printed).toEqual(slots);
    expect(lines.filter((l) => l.includes('could not keep'))).toHaveLength(slots.length);
  }, 60_000);

  it('prints again on another paper size, and forgets pages that are gone', async () => {
    const letter = await print(copyDist(), { format: 'Letter' });
    expect(letter.printed).toEqual(slots);
    const gone = slots[1]!;
    slots = slots.filter((s) => s !== gone);
    await print(copyDist(), { format: 'Letter' });
    expect(fs.existsSync(path.join(cacheDir, `${gone}.json`))).toBe(false);
    expect(fs.existsSync(path.join(cacheDir, `${gone}.pdf`))).toBe(false);
    expect(fs.existsSync(path.join(cacheDir, `${slots[0]}.pdf`))).toBe(true);
  }, 60_000);
});
