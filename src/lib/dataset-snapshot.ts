// The build validates data/ in a child process while Astro starts (scripts/build.ts), and Astro's pages
// need the same parsed dataset: the child hands it over as a V8-serialized file instead of Astro reading
// and validating everything a second time on its critical path (at 10,000 deals: 0.6-0.8 s to read,
// about 0.1 s to deserialize; npm run bench).
import { access, readFile, rename, writeFile } from 'node:fs/promises';
import v8 from 'node:v8';
import type { ReadResult } from './validate/read-dataset.ts';

export type Snapshot = Pick<ReadResult, 'dataset' | 'briefings'> & Partial<Pick<ReadResult, 'editions' | 'translations'>>;

/** Environment variable through which scripts/build.ts tells Astro's process where the snapshot will be. */
export const SNAPSHOT_ENV = 'DEAL_ATLAS_DATASET_SNAPSHOT';

/** Write atomically (temporary file, then rename), so a reader never sees half a file. */
export async function writeSnapshot(file: string, { dataset, briefings, translations, editions }: Snapshot): Promise<void> {
  await writeFile(`${file}.tmp`, v8.serialize({ dataset, briefings, translations, editions } satisfies Snapshot));
  await rename(`${file}.tmp`, file);
}

/**
 * Wait for the snapshot to appear and read it; undefined if it has not appeared within waitMs (the caller
 * then reads data/ itself). On bad data the child writes none and the build stops Astro meanwhile.
 */
export async function readSnapshot(file: string, waitMs = 60_000): Promise<Snapshot | undefined> {
  const end = Date.now() + waitMs;
  for (;;) {
    const there = await access(file).then(() => true, () => false);
    if (there) return v8.deserialize(await readFile(file)) as Snapshot;
    if (Date.now() > end) return undefined;
    await new Promise((r) => setTimeout(r, 10));
  }
}
