// Colours, type and measures are written once, in src/styles/tokens.css; other styles use the variables with
// no fallback (a fallback is a second copy of a token, or of the accent from src/site.config.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const styled = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => /\.(css|astro)$/.test(f) && f !== path.join('styles', 'tokens.css'))
  .sort();

describe('design tokens', () => {
  it('no stylesheet or component outside tokens.css writes a colour or a var() fallback', () => {
    const found = styled.flatMap((f) =>
      readFileSync(path.join(src, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => [...line.matchAll(/#[0-9a-fA-F]{3,8}\b|var\(--[\w-]+\s*,[^)]*\)/g)].map((m) => `src/${f}:${i + 1}: ${m[0]}`)),
    );
    expect(found).toEqual([]);
  });
});
