// Golden-file helpers: normalise an SVG to one element per line (numbers rounded so float noise across
// platforms does not count), and show a short readable line diff on mismatch.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function normalizeSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<')
    .trim() + '\n';
}

/** First differing lines with two lines of context, or '' when equal. */
export function lineDiff(expected: string, actual: string, max = 12): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n && out.length < max * 3; i++) {
    if (a[i] === b[i]) continue;
    for (let c = Math.max(0, i - 2); c < i; c++) if (a[c] === b[c]) out.push(`  ${c + 1}  ${a[c]}`);
    if (a[i] !== undefined) out.push(`- ${i + 1}  ${a[i]}`);
    if (b[i] !== undefined) out.push(`+ ${i + 1}  ${b[i]}`);
  }
  return out.join('\n');
}

/**
 * Compare with tests/unit/charts/__golden__/<name>. UPDATE_GOLDEN=1 (re)writes references, never on CI;
 * on CI a missing reference fails.
 */
export function checkGolden(dir: string, name: string, actual: string): { ok: boolean; message: string } {
  const file = path.join(dir, name);
  const update = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;
  if (update || (!existsSync(file) && !process.env.CI)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    return { ok: true, message: `wrote ${file}` };
  }
  if (!existsSync(file)) return { ok: false, message: `missing golden ${file}: run UPDATE_GOLDEN=1 npx vitest run tests/unit/charts locally and commit it` };
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return { ok: true, message: '' };
  return { ok: false, message: `${name} differs from its golden reference (- golden, + now). If the change is intended: UPDATE_GOLDEN=1 npx vitest run tests/unit/charts\n${lineDiff(expected, actual)}` };
}
