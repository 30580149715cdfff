// `npm run dev` while editing data/: pages show the edited records at once (pages read data/ themselves,
// not through Astro's content layer), and a mistake shows as an error naming the file, record and field.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, editJson, NODE, removeCopies } from './helpers.ts';

let dir = '';
let dev: ChildProcess | undefined;
let base = '';
let log = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function page(p: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${base}${p}`);
  return { status: res.status, text: await res.text() };
}

/** The page's <h1> text (dev adds attributes to the tag). */
const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

/** Ask until the answer passes (the file watcher needs a moment to see an edit). */
async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    v = await get();
  }
  return v;
}

beforeAll(async () => {
  dir = await copyProject('deal-atlas-dev-');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Vitest's own variables (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test, VITEST*) leak into a dev server
  // started from here and change how it serves pages: start it with the environment a user's shell has.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/.test(k)));
  dev = spawn(NODE, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (b: Buffer) => (log += b));
  dev.stderr!.on('data', (b: Buffer) => (log += b));
  await until(() => fetch(base).then((r) => r.status, () => 0), (s) => s === 200, 60_000);
}, 90_000);

afterAll(async () => {
  dev?.kill();
  await removeCopies();
});

describe('astro dev with data edits', () => {
  it('shows an edited company name on its page and on its deals', async () => {
    expect(h1((await page('/companies/remegen/')).text), log).toBe('RemeGen');
    await editJson(dir, 'data/companies.json', (cs: { id: string; name: string }[]) => {
      cs.find((c) => c.id === 'remegen')!.name = 'RemeGen Edited';
    });
    const after = await until(() => page('/companies/remegen/'), (r) => h1(r.text) === 'RemeGen Edited');
    expect(h1(after.text)).toBe('RemeGen Edited');
    expect(h1((await page('/deals/remegen-abbvie-2026/')).text)).toMatch(/^RemeGen Edited → AbbVie/);
  }, 30_000);

  it('shows a new briefing and an edit to a briefing at once (frontmatter and MDX body)', async () => {
    const src = path.join(dir, 'content/briefings/jpm-2026-china-deals.mdx');
    const text = await readFile(src, 'utf8');
    const added = text.replace(/^title: .*$/m, 'title: "Briefing added while the server runs"');
    await writeFile(path.join(dir, 'content/briefings/dev-added.mdx'), added);
    const page1 = await until(() => page('/briefings/dev-added/'), (r) => h1(r.text) === 'Briefing added while the server runs');
    expect(h1(page1.text), log).toBe('Briefing added while the server runs');
    expect((await page('/briefings/')).text).toContain('Briefing added while the server runs');

    await writeFile(src, `${text.trimEnd()}\n\nA sentence added to the body while the server runs.\n`);
    const page2 = await until(() => page('/briefings/jpm-2026-china-deals/'), (r) => r.text.includes('A sentence added to the body while the server runs.'));
    expect(page2.text).toContain('A sentence added to the body while the server runs.');
  }, 30_000);

  it('a mistake in the data shows as an error naming file, record and field', async () => {
    await editJson(dir, 'data/companies.json', (cs: { id: string; country: string }[]) => {
      cs.find((c) => c.id === 'remegen')!.country = 'ZZZ';
    });
    const r = await until(() => page('/companies/remegen/'), (x) => x.status >= 500);
    expect(r.status).toBe(500);
    expect(`${r.text}\n${log}`).toContain('data/companies.json › record "remegen" › field "country"');
  }, 30_000);
});
