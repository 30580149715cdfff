// Validation for `npm run build`, in a child process: the validator loads vega-lite and the whole dataset,
// and a process hands all its memory back when it exits (a worker thread's stayed with the build), so the
// build stays small while Astro and pagefind run beside it. Sends the problems, or (on clean data) the
// search records of deals and companies. With a second argument, clean data is also written there as a
// snapshot for Astro's pages (src/lib/dataset-snapshot.ts).
import { writeSnapshot } from '../../src/lib/dataset-snapshot.ts';
import { searchRecords, type SearchRecord } from '../../src/lib/search-records.ts';
import type { Problem } from '../../src/lib/validate/problem.ts';
import { validateProject } from '../../src/lib/validate/validate-project.ts';

export interface ValidateResult {
  problems: Problem[];
  records: SearchRecord[];
}

if (process.send) {
  const [root, snapshot] = process.argv.slice(2);
  const { problems, dataset } = await validateProject(root!, { onRead: snapshot ? (r) => writeSnapshot(snapshot, r) : undefined });
  process.send({ problems, records: problems.length ? [] : searchRecords(dataset) } satisfies ValidateResult, () => process.exit(0));
}
