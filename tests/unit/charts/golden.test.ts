import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkGolden, lineDiff, normalizeSvg } from './golden.ts';

const saved = { CI: process.env.CI, UPDATE_GOLDEN: process.env.UPDATE_GOLDEN };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
});

describe('golden helpers', () => {
  it('normalizes to one element per line with rounded numbers', () => {
    expect(normalizeSvg('<a x="1.23456"><b/></a>')).toBe('<a x="1.23">\n<b/>\n</a>\n');
  });
  it('shows a readable diff', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toBe('  1  a\n- 2  b\n+ 2  B');
  });
  it('never writes on CI; a missing reference fails there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    process.env.CI = '1';
    process.env.UPDATE_GOLDEN = '1';
    expect(checkGolden(dir, 'x.svg', 'new').ok).toBe(false);
    writeFileSync(path.join(dir, 'x.svg'), 'old');
    const r = checkGolden(dir, 'x.svg', 'new');
    expect(r.ok).toBe(false);
    expect(r.message).toContain('- 1  old');
    expect(readFileSync(path.join(dir, 'x.svg'), 'utf8')).toBe('old');
  });
  it('UPDATE_GOLDEN=1 rewrites locally', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    delete process.env.CI;
    process.env.UPDATE_GOLDEN = '1';
    writeFileSync(path.join(dir, 'x.svg'), 'old');
    expect(checkGolden(dir, 'x.svg', 'new').ok).toBe(true);
    expect(readFileSync(path.join(dir, 'x.svg'), 'utf8')).toBe('new');
  });
});
