// `npm run publish:edition -- <id>`: writes data/editions/<id>.json from the validated data, in a stable
// form, refuses to overwrite a published snapshot without --force, and --reconstruct keeps only what the
// edition's sources support, marked as reconstructed.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, removeSites, type SiteFiles } from '../helpers/fixture-site.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { FIXTURE_CHART_IDS } from '../helpers/fixture-site.ts';

afterAll(removeSites);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = path.join(root, 'node_modules/.bin/node');
const publish = (dir: string, ...args: string[]) => spawnSync(NODE, ['scripts/publish-edition.ts', '--root', dir, '--taken', '2025-08-01', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

/** Two editions; a second source and a deal citing only it, quoted by a briefing of the second edition. */
function twoEditions(s: SiteFiles) {
  s.raw['data/editions.json'] = JSON.stringify([
    { id: 'e1', label: 'Q1 2025', period: '2025-Q1', published: '2025-03-31' },
    { id: 'e2', label: 'Q2 2025', period: '2025-Q2', published: '2025-06-30' },
  ]);
  s.sources.push({ ...s.sources[0], id: 'src-b', date: '2025-06' });
  s.deals.push({ ...structuredClone(s.deals[0]), id: 'acme-bigpharma-2025b', sources: [{ source: 'src-b', locator: '¶1' }] });
  const a = s.briefings.a as { frontmatter: Record<string, unknown>; body: string };
  a.frontmatter.edition = 'e1';
  s.briefings.b = { frontmatter: { ...a.frontmatter, date: '2025-06-01', period: '2025-Q2', sources: ['src-b'], deals: [], edition: 'e2' }, body: 'Text.\n' };
}

describe('scripts/publish-edition.ts', () => {
  it('writes the snapshot, which then validates; records by id, keys in schema order', async () => {
    const dir = await makeSite(twoEditions);
    const r = publish(dir, 'e2');
    expect(r.status, r.stderr).toBe(0);
    const text = await readFile(path.join(dir, 'data/editions/e2.json'), 'utf8');
    const snap = JSON.parse(text);
    expect(Object.keys(snap)).toEqual(['edition', 'taken', 'sources', 'companies', 'deals', 'metrics']);
    expect(snap.deals.map((d: { id: string }) => d.id)).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-2025b', 'acme-bigpharma-rd-2024']);
    expect(Object.keys(snap.deals[0]).slice(0, 3)).toEqual(['id', 'announced', 'licensor']);
    const read = await readDataset(dir, FIXTURE_CHART_IDS);
    expect(read.problems).toEqual([]);
    expect(read.editions.map((e) => [e.edition.id, e.snapshot?.deals.length])).toEqual([['e1', undefined], ['e2', 3]]);
  });

  it('refuses to overwrite a published snapshot without --force; with it, the same data gives the same bytes', async () => {
    const dir = await makeSite(twoEditions);
    expect(publish(dir, 'e1').status).toBe(0);
    const file = path.join(dir, 'data/editions/e1.json');
    const first = await readFile(file, 'utf8');
    const again = publish(dir, 'e1', '--reconstruct');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/data\/editions\/e1.json is already published.*--force/s);
    expect(await readFile(file, 'utf8')).toBe(first);
    expect(publish(dir, 'e1', '--force').status).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(first);
  });

  it('--reconstruct keeps only records citing the sources of this and earlier editions, and says so', async () => {
    const dir = await makeSite(twoEditions);
    expect(publish(dir, 'e1', '--reconstruct').status).toBe(0);
    const snap = JSON.parse(await readFile(path.join(dir, 'data/editions/e1.json'), 'utf8'));
    expect(snap.sources.map((s: { id: string }) => s.id)).toEqual(['src-a']);
    expect(snap.deals.map((d: { id: string }) => d.id)).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
    expect(snap.reconstructed).toMatch(/^Written on 2025-08-01, after the edition was published.*\(src-a\)/);
  });

  it('an unknown edition: exit 1 listing the editions', async () => {
    const r = publish(await makeSite(twoEditions), 'e9');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown edition "e9"; data/editions.json has: e1, e2');
  });
});
