// `npm run validate`: check all of data/ and content/ and print every problem at once.
// The build runs it first, so a bad record stops the build before Astro starts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { charts } from '../src/charts/registry.ts';
import { validateProject } from '../src/lib/validate/validate-project.ts';
import { formatProblems } from '../src/lib/validate/problem.ts';

const root = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const { dataset, briefings, translations, problems, seedsChecked } = await validateProject(root);
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nvalidate: ${problems.length} problem(s); nothing was built. Fix the records above and run again.`);
  process.exit(1);
}
const points = dataset.metrics.reduce((n, m) => n + m.points.length, 0);
const drafts = briefings.filter((b) => b.data.draft).length;
// Translations per language folder ("ko 4, zh 4"), said only where there are any.
const perFolder = Object.entries(Object.groupBy(translations, (t) => t.file.split('/')[2]!)).map(([folder, list]) => `${folder} ${list!.length}`);
console.log(
  `validate: ok in ${ms} ms: ${dataset.sources.length} sources, ${dataset.companies.length} companies, ${dataset.deals.length} deals, ` +
    `${dataset.metrics.length} metric series (${points} points), ${dataset.topics.length} topics, ${briefings.length} briefings${drafts ? ` (${drafts} draft${drafts === 1 ? '' : 's'}, not published)` : ''}${perFolder.length ? ` (translated: ${perFolder.join(', ')})` : ''}, ${charts.length} chart specs`,
);
if (!seedsChecked) console.log('validate: no seeds folder (../shared/seeds or SEEDS_DIR), so sources\' seed files were not checked');
