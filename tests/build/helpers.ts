// Shared helpers for the build tests: throwaway project copies, `node scripts/build.ts` runs in them,
// dist/ snapshots and file walks. Every copy made here is removed by removeCopies() (call from afterAll).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeProjectCopy, projectRoot, removeProjectCopy } from '../../scripts/lib/project-copy.ts';

/** Node 22 from the `node` devDependency (runs the .ts build script natively). */
export const NODE = path.join(projectRoot, 'node_modules/.bin/node');

const copies: string[] = [];

/** A fresh copy of the project (src, public, scripts, config, data, content; node_modules linked). */
export async function copyProject(prefix = 'deal-atlas-hardening-', opts: { empty?: boolean } = {}): Promise<string> {
  const dir = await makeProjectCopy({ prefix, empty: opts.empty });
  copies.push(dir);
  return dir;
}

export async function removeCopies(): Promise<void> {
  await Promise.all(copies.splice(0).map((d) => removeProjectCopy(d)));
}

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run `node scripts/build.ts` in a copy. PDFs are skipped unless `pdf` is set. */
export function build(dir: string, opts: { pdf?: boolean; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<BuildResult> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env };
  if (opts.pdf) delete env.SKIP_PDF;
  else env.SKIP_PDF = '1';
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['scripts/build.ts'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** Every file under dir, as paths relative to dir (sorted, "/" separators). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else out.push(r);
    }
  };
  await walk('');
  return out.sort();
}

/** relative path → sha256 of every file under dir. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const snap: Record<string, string> = {};
  for (const f of await listFiles(dir)) snap[f] = createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex');
  return snap;
}

/** Read, change and write back a JSON file of the copy (pretty-printed like the originals). */
export async function editJson<T = any>(dir: string, rel: string, change: (value: T) => T | void): Promise<void> {
  const file = path.join(dir, rel);
  const value = JSON.parse(await readFile(file, 'utf8')) as T;
  const next = change(value) ?? value;
  await writeFile(file, JSON.stringify(next, null, 2) + '\n');
}

interface DealMoney { disclosure: string; amount?: number; currency: string; qualifier: string; usd?: number; usdBasis?: string }

/**
 * Make these deals the largest by headline value in a copy, first to last, so that the top-deals chart
 * (the ten largest) and its table, CSV, JSON and PDF list them, and in that order, whatever other deals
 * data/ holds. Only their totals change; tests that put hostile names on them need the chart to show them.
 */
export async function leadTopDeals(dir: string, ids: string[]): Promise<void> {
  await editJson(dir, 'data/deals.json', (deals: { id: string; terms: { total?: DealMoney; upfront?: DealMoney } }[]) => {
    const usd = (m?: DealMoney) => (!m || m.disclosure !== 'given' ? 0 : (m.usd ?? (m.currency === 'USD' ? (m.amount ?? 0) : 0)));
    const largest = Math.max(0, ...deals.map((d) => Math.max(usd(d.terms.total), usd(d.terms.upfront))));
    ids.forEach((id, i) => {
      const deal = deals.find((d) => d.id === id);
      if (!deal) throw new Error(`leadTopDeals: no deal ${id} in ${dir}/data/deals.json`);
      const value = (Math.floor(largest / 1e9) + 1 + ids.length - i) * 1e9;
      deal.terms.total = { disclosure: 'given', amount: value, currency: 'USD', qualifier: 'up-to', usd: value, usdBasis: 'stated' };
    });
  });
}

/** Lines of stderr that report a problem ("  ✗ file › record › field: message"). */
export function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trimStart().startsWith('✗'));
}

/** Build output that helps when an assertion fails (tail of both streams). */
export function describeBuild(r: BuildResult): string {
  return `exit ${r.code} after ${Math.round(r.ms)} ms\n--- stderr ---\n${r.stderr.slice(-4000)}\n--- stdout ---\n${r.stdout.slice(-2000)}`;
}

export interface HtmlTag {
  /** Lower-cased tag name; "/name" for an end tag. */
  name: string;
  attrs: Record<string, string>;
  /** Raw attribute names in order (duplicates kept). */
  attrNames: string[];
  /** Offset of "<" in the document. */
  at: number;
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[e.toLowerCase()]!,
  );

/**
 * A small HTML tokenizer, enough for Astro's output: tags with their (decoded) attributes, and the
 * document's markup with every attribute value blanked out. A string that shows up in `markup` is either
 * text or real markup; inside attribute values "<" is harmless as long as the quote cannot be closed,
 * which is exactly what a broken escape would do (and then the injected tag appears in `markup`).
 */
export function scanHtml(html: string): { tags: HtmlTag[]; markup: string; rawText: { tag: string; text: string }[] } {
  const tags: HtmlTag[] = [];
  const rawText: { tag: string; text: string }[] = [];
  let markup = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      markup += html.slice(i);
      break;
    }
    markup += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      markup += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!m && html[lt + 1] !== '!') {
      markup += '<';
      i = lt + 1;
      continue;
    }
    // Inside a tag (or <!doctype>): attributes until an unquoted ">".
    let j = lt + (m ? m[0].length : 2);
    let out = html.slice(lt, j);
    const attrs: Record<string, string> = {};
    const attrNames: string[] = [];
    while (j < html.length && html[j] !== '>') {
      const a = /^\s*([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=<]+)))?|^\s*\/|^\s+/.exec(html.slice(j));
      if (!a || a[0].length === 0) {
        out += html[j];
        j++;
        continue;
      }
      if (a[1]) {
        const name = a[1].toLowerCase();
        attrNames.push(name);
        const value = a[2] ?? a[3] ?? a[4];
        attrs[name] = value === undefined ? '' : decode(value);
        out += value === undefined ? ` ${a[1]}` : ` ${a[1]}=""`;
      } else out += a[0];
      j += a[0].length;
    }
    out += '>';
    markup += out;
    i = j + 1;
    if (m) {
      const name = (m[1] ? '/' : '') + m[2]!.toLowerCase();
      tags.push({ name, attrs, attrNames, at: lt });
      // Raw text elements: their content is not markup.
      if (name === 'script' || name === 'style') {
        const end = html.toLowerCase().indexOf(`</${name}`, i);
        const stop = end < 0 ? html.length : end;
        rawText.push({ tag: name, text: html.slice(i, stop) });
        markup += html.slice(i, stop);
        i = stop;
      }
    }
  }
  return { tags, markup, rawText };
}

