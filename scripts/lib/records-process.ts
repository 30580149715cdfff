// The search record bundles for `npm run build`, in a child process at the lowest CPU priority (pagefind,
// which it starts, inherits it). On two cores this work shares the machine with Astro's render, the
// build's critical path: at normal priority it slowed the 10,000-deal build by about 1.5 s; at low
// priority it still finishes well before Astro does (npm run bench; README "Performance").
import os from 'node:os';
import type { SearchRecord } from '../../src/lib/search-records.ts';
import { writeRecordIndexes } from './search-index.ts';

export interface RecordsRequest {
  records: SearchRecord[];
  outDir: string;
}
export type RecordsReply = { bundles: string[] } | { error: string };

if (process.send) {
  try {
    os.setPriority(19);
  } catch {
    // Not permitted here: index at normal priority.
  }
  process.on('disconnect', () => process.exit(1)); // the build stopped: stop too
  process.once('message', async ({ records, outDir }: RecordsRequest) => {
    const reply: RecordsReply = await writeRecordIndexes(records, outDir).then(
      (bundles) => ({ bundles }),
      (err: unknown) => ({ error: (err as Error).stack ?? String(err) }),
    );
    process.send!(reply, () => process.exit('error' in reply ? 1 : 0));
  });
}
