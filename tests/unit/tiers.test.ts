// The test tiers stay what their names say (vitest.config.ts): every test file sits in tests/unit,
// tests/build or tests/e2e (a test file anywhere else would never run), and no unit test builds the
// site, starts a browser or reads the built dist/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = (readdirSync(testsDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();
const testFiles = files.filter((f) => f.endsWith('.test.ts'));

describe('test tiers', () => {
  it('every test file is in tests/unit, tests/build or tests/e2e', () => {
    expect(testFiles.length).toBeGreaterThan(0);
    expect(testFiles.filter((f) => !/^(unit|build|e2e)\//.test(f))).toEqual([]);
  });

  it('no unit test builds the site, starts a browser or reads dist/', () => {
    const heavy = /scripts\/build\.ts|astro\/bin\/astro\.mjs|playwright-core|helpers\/browser\.ts|build\/helpers\.ts|e2e\/helpers\//;
    const unit = testFiles.filter((f) => f.startsWith('unit/') && f !== 'unit/tiers.test.ts'); // this file names them
    expect(unit.length).toBeGreaterThan(10);
    const found = unit.filter((f) => heavy.test(readFileSync(path.join(testsDir, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
