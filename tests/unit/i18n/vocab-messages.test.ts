// Every id of every controlled vocabulary has an English message, and it says what vocab.ts says (English pages
// and the English spreadsheets name things alike). Korean and Chinese are held to English's keys by validation
// (check-messages.ts), so this covers every language.
import { describe, expect, it } from 'vitest';
import * as vocab from '../../../src/schema/vocab.ts';
import { allMessages } from '../../../src/lib/i18n/messages.ts';
import { VOCABULARIES, vocabKey, vocabLabel, type Vocabulary } from '../../../src/lib/vocab-labels.ts';

const en = allMessages().en as Record<string, unknown>;

describe('vocabulary labels', () => {
  it('every vocabulary with labels in vocab.ts is one the pages can label', () => {
    // A new label map in vocab.ts (an object of strings, upper-case name) must be added to VOCABULARIES.
    const maps = Object.entries(vocab).filter(([name, v]) => /^[A-Z_]+$/.test(name) && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string'));
    const known = new Set<unknown>(Object.values(VOCABULARIES));
    const unlisted = maps.filter(([name, v]) => !known.has(v) && name !== 'CURRENCIES').map(([name]) => name);
    expect(unlisted).toEqual([]);
  });

  it('every id has an English message equal to its vocab.ts label', () => {
    const missing: string[] = [];
    const differ: string[] = [];
    for (const [name, map] of Object.entries(VOCABULARIES) as [Vocabulary, Record<string, string>][])
      for (const [id, label] of Object.entries(map)) {
        const key = vocabKey(name, id as never);
        if (!(key in en)) missing.push(key);
        else if (en[key] !== label) differ.push(`${key}: ${String(en[key])} ≠ ${label}`);
      }
    expect(missing).toEqual([]);
    expect(differ).toEqual([]);
  });

  it('labels in each language', () => {
    expect(vocabLabel('stage', 'phase-1', 'en')).toBe('Phase 1');
    expect(vocabLabel('stage', 'phase-1', 'ko')).toBe('임상 1상');
    expect(vocabLabel('dealType', 'license', 'zh-Hans')).toBe('许可');
  });
});
