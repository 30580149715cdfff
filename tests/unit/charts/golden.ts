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

/** The command that (re)writes the references: run locally, look at the SVGs, commit them. */
export const UPDATE_COMMAND = 'UPDATE_GOLDEN=1 npx vitest run tests/unit/charts/golden.test.ts';

/** CI sets CI (CI=1 in .ci/run, CI=true elsewhere); empty, 0 and false mean not CI. */
export const onCi = (): boolean => !['', '0', 'false'].includes(process.env.CI ?? '');

/**
 * Compare with tests/unit/charts/__golden__/<name>. Locally, UPDATE_GOLDEN=1 (re)writes references and a missing
 * one is written with a warning (a new chart's reference, to be looked at before it is committed). On CI
 * nothing is written: a missing reference fails, saying how to create it, so no chart passes there
 * without a reviewed reference.
 */
export function checkGolden(dir: string, name: string, actual: string): { ok: boolean; message: string } {
  const file = path.join(dir, name);
  const ci = onCi();
  const update = process.env.UPDATE_GOLDEN === '1' && !ci;
  if (update || (!existsSync(file) && !ci)) {
    const created = !existsSync(file);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    if (created && !update) console.warn(`golden: wrote a new reference ${file}; look at it, then commit it (CI fails without it)`);
    return { ok: true, message: `wrote ${file}` };
  }
  if (!existsSync(file)) {
    return { ok: false, message: `missing golden ${file}: CI does not create references. Create it locally with ${UPDATE_COMMAND}, look at it, and commit it` };
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return { ok: true, message: '' };
  return { ok: false, message: `${name} differs from its golden reference (- golden, + now). If the change is intended: ${UPDATE_COMMAND}\n${lineDiff(expected, actual)}` };
}
