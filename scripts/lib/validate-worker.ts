// Validation for `npm run build`, on a worker thread: the validator loads vega-lite and the whole dataset,
// and a worker's memory is handed back when it ends, so the build process stays small while Astro and
// pagefind run beside it. Posts the problems, or (on clean data) the search records of deals and companies.
import { parentPort, workerData } from 'node:worker_threads';
import { searchRecords, type SearchRecord } from '../../src/lib/search-records.ts';
import type { Problem } from '../../src/lib/validate/problem.ts';
import { validateProject } from '../../src/lib/validate/validate-project.ts';

export interface ValidateResult {
  problems: Problem[];
  records: SearchRecord[];
}

const { problems, dataset } = await validateProject((workerData as { root: string }).root);
parentPort!.postMessage({ problems, records: problems.length ? [] : searchRecords(dataset) } satisfies ValidateResult);
