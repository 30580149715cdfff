import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_FILES, translator } from '../../../src/lib/i18n/messages.ts';
import { checkMessageFiles } from '../../../src/lib/validate/check-messages.ts';
import { LOCALE_IDS } from '../../../src/lib/i18n/locales.ts';

// Fixture message files of its own: the site's messages may change; these tests must not.
const en = { 'nav.deals': 'Deals', 'deals.count': { one: '{count} deal', other: '{count} deals' }, 'deal.title': '{asset} from {licensor}' };
const ko = { 'nav.deals': '거래', 'deals.count': '거래 {count}건', 'deal.title': '{licensor}의 {asset}' };

async function project(files: Record<string, unknown>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'messages-'));
  for (const l of LOCALE_IDS) {
    await mkdir(join(root, MESSAGE_FILES[l], '..'), { recursive: true });
    if (files[l] !== undefined) await writeFile(join(root, MESSAGE_FILES[l]), typeof files[l] === 'string' ? (files[l] as string) : JSON.stringify(files[l]));
  }
  return root;
}

describe('translator', () => {
  it('fills placeholders and picks plural forms by the language', () => {
    const t = translator('en', en);
    expect(t('deal.title' as never, { asset: 'X', licensor: 'A' })).toBe('X from A');
    expect(t.count('deals.count' as never, 1)).toBe('1 deal');
    expect(t.count('deals.count' as never, 2)).toBe('2 deals');
    const k = translator('ko', ko);
    expect(k.count('deals.count' as never, 1)).toBe('거래 1건');
  });
  it('stops on a missing key or a missing value, naming them', () => {
    expect(() => translator('ko', ko)('nope' as never)).toThrow(/ko\.json has no message "nope"/);
    expect(() => translator('en', en)('deal.title' as never, { asset: 'X' })).toThrow(/needs \{licensor\}/);
  });
  it('the site\'s own messages load in every language', () => {
    for (const l of LOCALE_IDS) expect(translator(l)('nav.deals').length).toBeGreaterThan(0);
  });
});

describe('message file validation', () => {
  it('accepts complete files', async () => {
    expect(await checkMessageFiles(await project({ en, ko, 'zh-Hans': ko }))).toEqual([]);
  });
  it('names the file and the key missing, extra, or with other placeholders', async () => {
    const root = await project({ en, ko: { ...ko, 'deal.title': '{asset}', 'nav.dealz': '거래' }, 'zh-Hans': { 'nav.deals': '交易', 'deal.title': '{asset}{licensor}' } });
    const problems = await checkMessageFiles(root);
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      [MESSAGE_FILES.ko, 'deal.title', 'placeholders'],
      [MESSAGE_FILES.ko, 'nav.dealz', ''],
      [MESSAGE_FILES['zh-Hans'], 'deals.count', ''],
    ]);
    expect(problems[2]!.message).toMatch(/no translation of "deals.count"/);
  });
  it('reports a file that does not parse, with its position', async () => {
    const problems = await checkMessageFiles(await project({ en, ko: '{"nav.deals": "거래",}', 'zh-Hans': ko }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(MESSAGE_FILES.ko);
  });
});
