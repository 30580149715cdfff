import { getCollection } from 'astro:content';
import type { Dataset } from './dataset.ts';

let cached: Promise<Dataset> | undefined;

/** The whole dataset from Astro's collections, built once per build. */
export function getDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const [sources, companies, deals, metrics, topics] = await Promise.all([
      getCollection('sources'),
      getCollection('companies'),
      getCollection('deals'),
      getCollection('metrics'),
      getCollection('topics'),
    ]);
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      sources: sources.map((e) => e.data).sort(byId),
      companies: companies.map((e) => e.data).sort(byId),
      deals: deals.map((e) => e.data).sort(byId),
      metrics: metrics.map((e) => e.data).sort(byId),
      topics: topics.map((e) => e.data).sort((a, b) => a.order - b.order),
    };
  })();
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
