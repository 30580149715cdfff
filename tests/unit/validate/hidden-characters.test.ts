// hiddenCharacter() answers most strings with one regex test before naming what it found character by
// character: the two must agree on every code point (and revealHidden, which uses only the latter).
import { describe, expect, it } from 'vitest';
import { hiddenCharacter, revealHidden } from '../../../src/schema/primitives.ts';

describe('hiddenCharacter', () => {
  it('finds exactly the characters revealHidden marks, over all of Unicode', () => {
    const disagree: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if ((revealHidden(ch) !== ch) !== (hiddenCharacter(`a${ch}b`) !== undefined)) disagree.push(`U+${cp.toString(16).toUpperCase()}`);
    }
    expect(disagree).toEqual([]);
  });

  it('names the first one, its position, and how many more', () => {
    expect(hiddenCharacter('plain text, tab\tand\nbreaks')).toBeUndefined();
    expect(hiddenCharacter('ab\u202Ecd\u200B\u{E0041}')).toBe(
      'contains U+202E RIGHT-TO-LEFT OVERRIDE at character 3, a text-direction control that reorders what readers see (and 2 more such characters): delete it (retype the text around it if it will not go)',
    );
  });
});
