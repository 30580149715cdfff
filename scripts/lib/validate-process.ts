// Validation for `npm run build`, in a child process: the validator loads vega-lite and the whole dataset,
// and a process hands all its memory back when it exits (a worker thread's stayed with the build), so the
// build stays small while Astro and pagefind run beside it. Sends the problems, or (on clean data) the
// search records of deals and companies.
import { searchRecords, type SearchRecord } from '../../src/lib/search-records.ts';
import type { Problem } from '../../src/lib/validate/problem.ts';
import { validateProject } from '../../src/lib/validate/validate-project.ts';

export interface ValidateResult {
  problems: Problem[];
  records: SearchRecord[];
}

if (process.send) {
  const { problems, dataset } = await validateProject(process.argv[2]!);
  process.send({ problems, records: problems.length ? [] : searchRecords(dataset) } satisfies ValidateResult, () => process.exit(0));
}
