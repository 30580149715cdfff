// The characters each CJK face is cut to (src/fonts/cjk-text.ts): the language's messages and translated
// briefings, the dataset's names in the face's own script, and what Intl writes in the language.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cjkCharacters } from '../../src/fonts/cjk-text.ts';

const root = mkdtempSync(join(tmpdir(), 'cjk-text-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};
write('src/lib/i18n/messages/ko.json', JSON.stringify({ a: '거래 Deals →' }));
write('src/lib/i18n/messages/zh-Hans.json', JSON.stringify({ a: '交易' }));
write('content/briefings/ko/x.mdx', '---\ntitle: "반등"\n---\n본문');
write('content/briefings/zh/x.mdx', '---\ntitle: "回暖"\n---\n正文');
// A series' Chinese words with punctuation no other file has (〔〕), and its Korean.
write('data/metrics/s.json', JSON.stringify({ id: 's', translations: { ko: { categories: { A: '가〔나〕' } }, 'zh-Hans': { categories: { A: '甲〔乙〕' } } } }));
write('src/lib/words.ts', "export const NOT_STATED = { ko: '날짜 없음', zh: '日期' };");
write('data/companies.json', JSON.stringify([{ name: 'Alteogen', native: '알테오젠', country: 'KR' }, { name: 'Hengrui', native: '恒瑞', country: 'CH' }]));

describe('cjkCharacters', () => {
  const ko = cjkCharacters('ko', root);
  const zh = cjkCharacters('zh-Hans', root);
  it('takes its language’s messages and translated briefings, not the other language’s', () => {
    for (const ch of '거래반등본문') expect(ko).toContain(ch);
    for (const ch of '交易回暖正文') expect(zh).toContain(ch);
    expect(ko).not.toContain('交');
    expect(zh).not.toContain('거');
  });
  it('takes the dataset’s characters of its own script only', () => {
    for (const ch of '알테오젠') expect(ko).toContain(ch);
    for (const ch of '恒瑞') expect(zh).toContain(ch);
    expect(ko).not.toContain('恒');
    expect(zh).not.toContain('알');
  });
  it("adds a metric series' words in its language, punctuation included, and not the other language's", () => {
    for (const ch of '甲乙〔〕') expect(zh).toContain(ch);
    for (const ch of '가나〔〕') expect(ko).toContain(ch);
    expect(ko).not.toContain('甲');
  });
  it('adds the names Intl gives the dataset\'s countries (대한민국 on a Korean company page)', () => {
    for (const ch of '대한민국스위스') expect(ko).toContain(ch);
    for (const ch of '韩国瑞士') expect(zh).toContain(ch);
  });
  it('adds the words the site\'s code writes in the language (a date no source states), of its own script only', () => {
    for (const ch of '날짜없음') expect(ko).toContain(ch);
    expect(zh).toContain('期');
    expect(ko).not.toContain('期');
  });
  it('adds the words the number formatters write around figures, which no message file holds', () => {
    for (const ch of '달러위안') expect(ko).toContain(ch);
    for (const ch of '美元韩元') expect(zh).toContain(ch);
  });
  it('adds what Intl writes in the language (dates, amounts) and leaves out what Plex draws', () => {
    for (const ch of '년월일억') expect(ko).toContain(ch);
    for (const ch of '年月日亿万') expect(zh).toContain(ch);
    expect(ko).not.toMatch(/[A-Za-z0-9 ]/);
    expect(ko).toContain('→'); // Plex has no arrow: a face that has one may draw it
  });
});
