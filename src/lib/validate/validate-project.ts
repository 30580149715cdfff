import { fileURLToPath } from 'node:url';
import { charts, chartIds } from '../../charts/registry.ts';
import { checkChartSpecs } from './check-charts.ts';
import { checkMessageFiles } from './check-messages.ts';
import { readDataset, type ReadResult } from './read-dataset.ts';

/**
 * Everything `npm run validate` and the build check: files, schemas, cross-references, and (only on
 * clean data, so one data mistake is not reported twice) that vega-lite accepts every chart spec.
 */
export async function validateProject(root: string, { onRead }: { onRead?: (r: ReadResult) => Promise<void> } = {}): Promise<ReadResult> {
  const result = await readDataset(root, chartIds, { seedsDir: process.env.SEEDS_DIR });
  // The message files are part of the code, not of a site's content: read beside this code, whatever data root is validated.
  result.problems.push(...(await checkMessageFiles(fileURLToPath(new URL('../../../', import.meta.url)))));
  // onRead: the build hands clean data to Astro before the (slower) chart spec check; a spec problem still
  // stops the build.
  if (result.problems.length === 0 && onRead) await onRead(result);
  if (result.problems.length === 0) result.problems.push(...checkChartSpecs(result.dataset, charts));
  return result;
}
