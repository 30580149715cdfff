// Korean and Chinese report pages print to PDFs of their own (/pdf/ko/…, /pdf/zh/…), linked from their
// page in its language, with the page's CJK face embedded beside Plex (scripts/pdf.ts, src/fonts/). On a
// fixture: a tiny built site with one briefing page per language, its stylesheet made by the site's own
// functions (the @font-face rules and language stacks of /brand.css) and its fonts cut to the fixture's text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_STACK } from '../../src/fonts/faces.ts';
import { fontFaceCss, fontFiles, languageFontCss } from '../../src/fonts/files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { pdfLink, printPdfs, type PrintResult } from '../../scripts/pdf.ts';

const PAGES = {
  '': { lang: 'en', title: 'Licensing rebound', body: 'Korean biotechs licensed 12 assets in Q1 2025.' },
  ko: { lang: 'ko', title: '2025년 기술수출 반등', body: '한국 바이오텍은 2025년 1분기에 12건의 자산을 기술이전했다 (Alteogen 포함).' },
  zh: { lang: 'zh-Hans', title: '2025 年对外授权回暖', body: '中国创新药企在 2025 年第一季度对外授权 12 项资产（含 Hengrui）。' },
} as const;

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** pdffonts rows: the font's name without its subset tag, and whether it is embedded. */
const fontsOf = (file: string) =>
  run('pdffonts', [file])
    .trim()
    .split('\n')
    .slice(2)
    .map((r) => ({ name: r.trim().split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: r.trim().split(/\s+/).at(-5) }));

let root: string;
let dist: string;
let result: PrintResult;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-cjk-'));
  dist = path.join(root, 'dist');
  // The project's messages: the CJK faces are cut to the characters of these (src/fonts/cjk-text.ts).
  const messages = path.join(root, 'src', 'lib', 'i18n', 'messages');
  fs.mkdirSync(messages, { recursive: true });
  fs.writeFileSync(path.join(messages, 'ko.json'), JSON.stringify({ a: PAGES.ko.title + PAGES.ko.body }));
  fs.writeFileSync(path.join(messages, 'zh-Hans.json'), JSON.stringify({ a: PAGES.zh.title + PAGES.zh.body }));
  const files = await fontFiles(root);
  fs.mkdirSync(path.join(dist, 'fonts'), { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(dist, 'fonts', f.fileName), f.woff2);
  const css = `${fontFaceCss(files, (name) => `/fonts/${name}`)}\n${languageFontCss()}\n:root{--font:${FONT_STACK}}\nbody{font-family:var(--font)}h1{font-weight:600}\n`;
  fs.writeFileSync(path.join(dist, 'brand.css'), css);
  for (const [segment, p] of Object.entries(PAGES)) {
    const dir = path.join(dist, segment, 'briefings', 'rebound');
    fs.mkdirSync(dir, { recursive: true });
    // The placeholder as PdfSlot.astro writes it on the page of that language.
    const slot = [segment, 'briefings/rebound'].filter(Boolean).join('/');
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><title>${p.title}</title><link rel="stylesheet" href="/brand.css"></head>` +
        `<body><h1>${p.title}</h1><p>${p.body}</p><span class="pdf-slot no-print" data-pdf-slot="${slot}" hidden></span></body></html>`,
    );
  }
  result = await printPdfs({ distDir: dist, siteUrl: siteConfig.url, base: '/', log: () => {}, concurrency: 1 });
}, 180_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('PDFs of Korean and Chinese pages', () => {
  it('prints every language’s page to its own PDF', () => {
    expect(result.skipped).toBeUndefined();
    expect(result.printed.map((p) => path.relative(dist, p.path)).sort()).toEqual(['pdf/briefings/rebound.pdf', 'pdf/ko/briefings/rebound.pdf', 'pdf/zh/briefings/rebound.pdf']);
  });

  for (const [segment, face] of [['ko', 'NotoSansKR'], ['zh', 'NotoSansSC']] as const) {
    it(`${segment}: embeds ${face} for CJK text and IBM Plex for Latin and digits, both weights, and no Type 3 glyphs`, () => {
      const fonts = fontsOf(path.join(dist, 'pdf', segment, 'briefings', 'rebound.pdf'));
      for (const f of fonts) expect(f.embedded, f.name).toBe('yes');
      expect(fonts.map((f) => f.name)).toEqual(expect.arrayContaining([`${face}-Regular`, `${face}-SemiBold`, 'IBMPlexSans-Regular', 'IBMPlexSans-SemiBold']));
      // A heading drawn by emboldening the 400 (as the screen does, FontFile.media) prints as Type 3 fonts.
      expect(run('pdffonts', [path.join(dist, 'pdf', segment, 'briefings', 'rebound.pdf')])).not.toMatch(/Type 3/);
    });

    it(`${segment}: linked from its own page, in its language`, () => {
      const file = path.join(dist, 'pdf', segment, 'briefings', 'rebound.pdf');
      const pages = result.printed.find((p) => p.path === file)!.pages;
      const html = fs.readFileSync(path.join(dist, segment, 'briefings', 'rebound', 'index.html'), 'utf8');
      const link = pdfLink('/', `${segment}/briefings/rebound`, fs.statSync(file).size, pages);
      expect(link).toContain(`href="/pdf/${segment}/briefings/rebound.pdf"`);
      expect(link).toContain(segment === 'ko' ? 'PDF 다운로드' : '下载 PDF');
      expect(html).toContain(link);
    });
  }

  it('each PDF says its language (/Lang), so a screen reader reads it in that language', async () => {
    const { PDFDocument, PDFName, PDFString } = await import('pdf-lib');
    const langOf = async (rel: string) => {
      const doc = await PDFDocument.load(fs.readFileSync(path.join(dist, 'pdf', rel)), { updateMetadata: false });
      const lang = doc.catalog.lookup(PDFName.of('Lang'));
      return lang instanceof PDFString ? lang.decodeText() : String(lang);
    };
    expect(await langOf('briefings/rebound.pdf')).toBe('en');
    expect(await langOf('ko/briefings/rebound.pdf')).toBe('ko');
    expect(await langOf('zh/briefings/rebound.pdf')).toBe('zh-Hans');
  });

  // Chromium's header and footer templates cannot use a page's web fonts: they printed in a system face, and a
  // Korean or Chinese title as empty boxes. The running head is now in the page's margins (scripts/lib/running-head.ts).
  for (const [segment, faces] of [['', ['IBMPlexSans']], ['ko', ['IBMPlexSans', 'NotoSansKR']], ['zh', ['IBMPlexSans', 'NotoSansSC']]] as const) {
    it(`${segment || 'en'}: prints the running header and footer (title, site, page count) in the page’s own faces, and no other`, () => {
      const file = path.join(dist, 'pdf', segment, 'briefings', 'rebound.pdf');
      const text = run('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-']);
      const page = PAGES[segment];
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines[0]).toBe(page.title); // the header, above the page's own heading
      // pdftotext loses some spaces of small print: compared without them.
      const bare = (t: string | undefined) => t?.replace(/\s+/g, '');
      expect(bare(lines.at(-1))).toBe(bare(`${siteConfig.name} ${segment ? '1 / 1' : 'Page 1 of 1'}`));
      expect(fontsOf(file).map((f) => f.name.replace(/-\w+$/, '')).filter((n) => !faces.includes(n as never))).toEqual([]);
    });
  }

  it('the English PDF has no CJK face', () => {
    const names = fontsOf(path.join(dist, 'pdf', 'briefings', 'rebound.pdf')).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['IBMPlexSans-Regular']));
    expect(names.filter((n) => n.startsWith('NotoSans'))).toEqual([]);
  });
});
