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

const tokensCss = readFileSync(path.join(src, 'styles', 'tokens.css'), 'utf8');
const siteCss = readFileSync(path.join(src, 'styles', 'site.css'), 'utf8');

/** The custom properties of the first block whose selector text matches (the :root block, the dark one). */
function block(css: string, opener: RegExp): Record<string, string> {
  const start = css.search(opener);
  if (start < 0) throw new Error(`no block ${opener}`);
  const body = css.slice(css.indexOf('{', css.indexOf(':root', start)) + 1);
  const end = body.indexOf('}');
  return Object.fromEntries([...body.slice(0, end).matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = block(tokensCss, /^:root\s*\{/m);
const dark = { ...light, ...block(tokensCss, /@media \(prefers-color-scheme: dark\)/) };

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('type, spacing and columns', () => {
  it('the shared column widths: reading column 40rem, figure column 50rem, on a 17 px root', () => {
    expect(light['--measure']).toBe('40rem');
    expect(light['--figure-max']).toBe('50rem');
    expect(light['--root-size']).toBe('106.25%'); // 17 px at the browser's default 16 px
  });

  it('a modular type scale (ratio 1.2) and the two weights the site ships', () => {
    const steps = [-2, -1, 0, 1, 2, 3, 4].map((n) => parseFloat(light[`--step-${n}`]!));
    steps.forEach((size, i) => expect(size).toBeCloseTo(1.2 ** (i - 2), 2));
    expect([light['--weight-regular'], light['--weight-bold']]).toEqual(['400', '600']);
  });

  it('site.css sets every font size from the scale, and nothing bolder than 600 anywhere (no synthesised bold)', () => {
    const sizes = [...siteCss.matchAll(/font-size:\s*([^;}]+)/g)].map((m) => m[1]!.trim());
    expect(sizes.filter((v) => !/var\(--step-|^var\(--root-size\)$|^[\d.]+em$|^inherit$/.test(v))).toEqual([]);
    const heavy = styled.flatMap((f) =>
      [...readFileSync(path.join(src, f), 'utf8').matchAll(/font-weight:\s*(bold(er)?|[7-9]00)\b/g)].map((m) => `src/${f}: ${m[0]}`),
    );
    expect(heavy).toEqual([]);
    expect(siteCss).toMatch(/b, strong, th, h1, h2, h3, h4, h5, h6[^{]*\{\s*font-weight: var\(--weight-bold\)/);
  });

  it('text colours meet WCAG AA (4.5:1) on the page and panel backgrounds, light, dark and print', async () => {
    const { siteConfig } = await import('../../src/site.config.ts');
    const print = { '--bg': light['--print-bg']!, '--panel': light['--print-panel']!, '--fg': light['--print-fg']!, '--muted': light['--print-muted']!, '--link': siteConfig.accent };
    const schemes: Record<string, Record<string, string>> = {
      light: { ...light, '--link': siteConfig.accent },
      dark: { ...dark, '--link': siteConfig.accentDark },
      print,
    };
    const low = Object.entries(schemes).flatMap(([name, t]) =>
      ['--fg', '--muted', '--link'].flatMap((fg) =>
        ['--bg', '--panel'].map((bg) => ({ pair: `${name} ${fg} on ${bg}`, ratio: contrast(t[fg]!, t[bg]!) })).filter((p) => p.ratio < 4.5),
      ),
    );
    expect(low).toEqual([]);
  });
});
