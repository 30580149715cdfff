import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { chartIds } from '../charts/registry.ts';
import type { Dataset } from './dataset.ts';
import { formatProblems } from './validate/problem.ts';
import { readDataset } from './validate/read-dataset.ts';

let cached: Promise<Dataset> | undefined;
let cachedSignature = '';

/** Names, sizes and modification times of the files the dataset is read from: changes when any is edited. */
async function filesSignature(root: string): Promise<string> {
  const dirs = ['data', 'data/metrics', 'content/briefings'];
  const parts = await Promise.all(
    dirs.map(async (dir) => {
      const names = await readdir(path.join(root, dir)).catch(() => [] as string[]);
      const stats = await Promise.all(names.map((n) => stat(path.join(root, dir, n)).then((s) => `${dir}/${n}:${s.size}:${s.mtimeMs}`, () => '')));
      return stats.join('|');
    }),
  );
  return parts.join('|');
}

/**
 * The whole dataset, read from data/ by the same reader `npm run validate` uses, once per build.
 *
 * Deliberately not Astro content collections: at 10,000 deals the content layer (sync, data store,
 * generated types, bundled store) added about 5 s and 250 MB to the build for data that is already
 * validated here (`npm run bench`, README "Performance"). Briefings stay a collection: MDX needs it.
 * Bad data throws every problem at once (file › record › field), in dev as the error overlay.
 */
export async function getDataset(): Promise<Dataset> {
  const read = async (): Promise<Dataset> => {
    const { dataset, problems } = await readDataset(import.meta.env.DATA_ROOT, chartIds);
    if (problems.length) throw new Error(`${problems.length} data problem(s):\n${formatProblems(problems)}`);
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      sources: dataset.sources.sort(byId),
      companies: dataset.companies.sort(byId),
      deals: dataset.deals.sort(byId),
      metrics: dataset.metrics.sort(byId),
      topics: dataset.topics.sort((a, b) => a.order - b.order),
    };
  };
  if (import.meta.env.PROD) return (cached ??= read());
  // astro dev: read again when a file changed (pages ask many times per request; editing must show at once).
  const signature = await filesSignature(import.meta.env.DATA_ROOT);
  if (!cached || signature !== cachedSignature) {
    cachedSignature = signature;
    cached = read();
    cached.catch(() => (cachedSignature = '')); // a failed read is retried on the next request
  }
  return cached;
}

type BriefingEntry = Awaited<ReturnType<typeof getCollection<'briefings'>>>[number];
let briefingsCached: Promise<BriefingEntry[]> | undefined;

/**
 * Published briefings, newest first. In a build they are read once (every deal page asks, and each
 * getCollection call re-resolves every entry): the array is shared, so callers filter or copy it, never mutate.
 */
export function getBriefings(): Promise<BriefingEntry[]> {
  const read = () =>
    getCollection('briefings', (b) => !b.data.draft).then((all) =>
      all.sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id < b.id ? -1 : 1)),
    );
  if (!import.meta.env.PROD) return read(); // dev: always fresh while writing
  briefingsCached ??= read();
  return briefingsCached;
}
