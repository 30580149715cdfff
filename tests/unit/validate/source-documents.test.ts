// Where a source is kept: a seed in the shared seeds folder, a document in the repository, a web page, or a
// publication with no link. Validation checks the named document is there: repository files always, seeds only
// where the seeds folder exists (a fresh clone or CI without ../shared still validates).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { at, FIXTURE_CHART_IDS, makeSite, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { sourceLocation } from '../../../src/lib/source-location.ts';

const SOURCES = 'data/sources.json';
const seedsDirs: string[] = [];
afterAll(async () => {
  await removeSites();
  await Promise.all(seedsDirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A seeds folder holding the given file names. */
async function seedsWith(...names: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-seeds-'));
  seedsDirs.push(dir);
  for (const n of names) await writeFile(path.join(dir, n), 'text\n');
  return dir;
}

async function read(mutate?: (s: SiteFiles) => void, seedsDir?: string) {
  return readDataset(await makeSite(mutate), FIXTURE_CHART_IDS, { seedsDir });
}

const web = { id: 'src-web', title: 'A web page', kind: 'news', date: '2025', covers: 'x', url: 'https://example.com/w' };
const kept = { id: 'src-kept', title: 'A kept report', kind: 'report', date: '2025', covers: 'x', file: 'data/documents/kept.txt' };
const paper = { id: 'src-paper', title: 'A printed report', publisher: 'Some Press', kind: 'report', date: '2025-02', covers: 'x' };

describe('a source says where its text is kept', () => {
  it('a web page, a repository document and a publication with no link are sources too', async () => {
    const r = await read((s) => {
      s.sources.push(web, kept, paper);
      s.raw['data/documents/kept.txt'] = 'the report\n';
    });
    expect(r.problems).toEqual([]);
    expect(r.dataset.sources.map((s) => sourceLocation(s).kind)).toEqual(['seed', 'url', 'file', 'publication']);
    expect(sourceLocation(r.dataset.sources[3]!)).toEqual({ kind: 'publication', label: 'Publication, no link', detail: 'Some Press, 2025-02' });
  });

  it('a publication with no seed, file or url must name its publisher', async () => {
    const { problems } = await read((s) => s.sources.push({ ...paper, publisher: undefined }));
    expect(problems).toHaveLength(1);
    expect(at(problems, SOURCES, 'src-paper', 'publisher')[0]?.message).toMatch(/no seed, file or url .* name its publisher/);
  });

  it('a seed and a file together are refused (locators count in one copy)', async () => {
    const { problems } = await read((s) => {
      s.sources[0].file = 'data/documents/kept.txt';
      s.raw['data/documents/kept.txt'] = 'x';
    });
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([[SOURCES, 'src-a', 'file']]);
  });

  it('a file outside data/documents/ is refused', async () => {
    const { problems } = await read((s) => s.sources.push({ ...kept, file: 'data/documents/../deals.json' }));
    expect(at(problems, SOURCES, 'src-kept', 'file')[0]?.message).toMatch(/under data\/documents\//);
  });
});

describe('the named document exists', () => {
  it('a repository document that is missing, or a folder, is a problem naming file, record and field', async () => {
    const missing = await read((s) => s.sources.push(kept));
    expect(missing.problems).toEqual([{ file: SOURCES, record: 'src-kept', field: 'file', message: '"data/documents/kept.txt" in the project: no such file' }]);
    const folder = await read((s) => {
      s.sources.push(kept);
      s.raw['data/documents/kept.txt/inside.txt'] = 'x';
    });
    expect(folder.problems.map((p) => p.message)).toEqual(['"data/documents/kept.txt" in the project: is a folder, not a file']);
  });

  it('with a seeds folder, a seed that is not in it is a problem; one that is, is fine', async () => {
    const empty = await seedsWith('001_0123456789abcdef.txt');
    const bad = await read(undefined, empty);
    expect(bad.seedsChecked).toBe(true);
    expect(bad.problems).toHaveLength(1);
    expect(at(bad.problems, SOURCES, 'src-a', 'seed')[0]?.message).toBe(`"000_0123456789abcdef.txt" in the seeds folder ${empty}: no such file`);
    const good = await read(undefined, await seedsWith('000_0123456789abcdef.txt'));
    expect(good).toMatchObject({ problems: [], seedsChecked: true });
  });

  it('without a seeds folder (a fresh clone, CI), seeds are not checked and nothing fails', async () => {
    const r = await read(undefined, path.join(os.tmpdir(), 'deal-atlas-no-such-seeds-folder'));
    expect(r).toMatchObject({ problems: [], seedsChecked: false });
    // The default is ../shared/seeds beside the project: a fixture site in a temp folder has none.
    const dir = await makeSite();
    await mkdir(path.join(dir, 'data/documents'), { recursive: true });
    expect(await readDataset(dir, FIXTURE_CHART_IDS)).toMatchObject({ problems: [], seedsChecked: false });
  });
});
