// `npm run publish:edition -- <id> [--force] [--reconstruct] [--taken YYYY-MM-DD] [--root DIR]`
// Writes data/editions/<id>.json: the validated data as of the edition, which its briefings then quote and
// the next edition compares against. A published snapshot is never overwritten without --force.
// --reconstruct, for an edition published before snapshots existed: keep only records citing the sources
// that this and earlier editions' briefings cite, and mark the snapshot reconstructed.
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chartIds } from '../src/charts/registry.ts';
import { asOfSources, snapshotJson, takeSnapshot } from '../src/lib/edition-snapshot.ts';
import { formatProblems } from '../src/lib/validate/problem.ts';
import { readDataset } from '../src/lib/validate/read-dataset.ts';
import { snapshotFile } from '../src/lib/validate/read-editions.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean' }, reconstruct: { type: 'boolean' }, taken: { type: 'string' }, root: { type: 'string' } },
});
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
const root = values.root ? path.resolve(values.root) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [id] = positionals;
if (!id) fail('usage: npm run publish:edition -- <edition id> [--force] [--reconstruct] [--taken YYYY-MM-DD]');
const taken = values.taken ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(taken)) fail(`--taken: expected YYYY-MM-DD, got "${taken}"`);

const { dataset, briefings, editions, problems } = await readDataset(root, chartIds);
if (problems.length) fail(`${formatProblems(problems)}\n\npublish:edition: ${problems.length} problem(s); nothing was written. Run npm run validate.`);
const at = editions.findIndex((e) => e.edition.id === id);
if (at < 0) fail(`unknown edition "${id}"; data/editions.json has: ${editions.map((e) => e.edition.id).join(', ') || 'none'}`);
const rel = snapshotFile(id!);
const file = path.join(root, rel);
if (existsSync(file) && !values.force) fail(`${rel} is already published: its briefings quote it and the next edition compares against it. Pass --force to replace it.`);

let snapshot;
if (values.reconstruct) {
  const upTo = new Set(editions.slice(0, at + 1).map((e) => e.edition.id));
  const known = new Set(briefings.filter((b) => b.data.edition && upTo.has(b.data.edition)).flatMap((b) => b.data.sources));
  const how = `Written on ${taken}, after the edition was published, from that day's data: only records citing the sources that the briefings of this and earlier editions cite (${[...known].sort().join(', ')}), with today's values.`;
  snapshot = takeSnapshot(asOfSources(dataset, known), id!, taken, how);
} else snapshot = takeSnapshot(dataset, id!, taken);

await mkdir(path.dirname(file), { recursive: true });
await writeFile(`${file}.tmp`, snapshotJson(snapshot));
await rename(`${file}.tmp`, file);
console.log(`wrote ${rel}: ${snapshot.sources.length} sources, ${snapshot.companies.length} companies, ${snapshot.deals.length} deals, ${snapshot.metrics.length} metric series${snapshot.reconstructed ? ' (reconstructed)' : ''}`);
