// The PDF link on the Korean and Chinese copies of a printed page: the English page's PDF, said in the
// page's language and that it is English; filled only where that copy exists and has the slot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillOtherLanguages, pdfLink, pdfLinkIn } from '../../scripts/pdf.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-languages-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// PdfSlot names a Korean page's slot in its language ("ko/reports/x"): the link points at the one English PDF.
const slot = '<span class="pdf-slot no-print" data-pdf-slot="ko/reports/x" hidden></span>';
function page(rel: string, body: string) {
  fs.mkdirSync(path.join(dir, rel), { recursive: true });
  fs.writeFileSync(path.join(dir, rel, 'index.html'), `<p>${body}</p>`);
}

describe('PDF links in other languages', () => {
  it('the same file and href as the English link, the words in the language', () => {
    const en = pdfLink('/', 'topics/x', 126_000, 4);
    const ko = pdfLinkIn('ko', '/', 'topics/x', 126_000, 4);
    expect(ko.replace(/>[^<]*</, '><')).toBe(en.replace(/>[^<]*</, '><'));
    expect(ko).toContain('>PDF 다운로드(영문, 123 KB, 4쪽)</a>');
    expect(pdfLinkIn('zh-Hans', '/', 'reports/q1', 2_000_000, 1, 'Q1 2025 edition')).toContain('>下载Q1 2025 edition报告PDF（英文，1.9 MB，1页）</a>');
  });

  it('fills the copies that exist and have the slot; leaves the rest', () => {
    page('ko/editions/x', slot);
    page('zh/editions/x', 'no slot here');
    const filled = fillOtherLanguages(dir, '/editions/x/', 'reports/x', (l) => pdfLinkIn(l, '/', 'reports/x', 126_000, 4, '2025년 1분기 호'));
    expect(filled).toEqual([path.join(dir, 'ko/editions/x/index.html')]);
    expect(fs.readFileSync(filled[0]!, 'utf8')).toContain('href="/pdf/reports/x.pdf" download>2025년 1분기 호 보고서 PDF 다운로드');
    expect(fs.readFileSync(path.join(dir, 'zh/editions/x/index.html'), 'utf8')).toBe('<p>no slot here</p>');
  });
});
