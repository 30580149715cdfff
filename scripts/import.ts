// `npm run import -- <file.xlsx|file.csv> [--sheet NAME] [--dry-run] [--prune]`: merge a workbook (or a
// CSV) into data/*.json. Every problem is printed at once, located by file, sheet, row and column;
// nothing is written unless the whole import is valid. See README, "From a spreadsheet".
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importWorkbook } from '../src/lib/sheets/import-workbook.ts';
import { formatChanges } from '../src/lib/sheets/merge.ts';
import { formatProblem } from '../src/lib/validate/problem.ts';

const USAGE = 'usage: npm run import -- <file.xlsx|file.csv> [--sheet NAME] [--dry-run] [--prune] [--root DIR]';
const args = process.argv.slice(2);
const take = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const sheet = take('--sheet');
const rootArg = take('--root');
const dryRun = flag('--dry-run');
const prune = flag('--prune');
const unknown = args.filter((a) => a.startsWith('--'));
if (args.length !== 1 || unknown.length) {
  console.error(unknown.length ? `import: unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
  process.exit(2);
}
// npm runs scripts from the project folder; INIT_CWD is where the command was typed.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]!);
const root = rootArg ? path.resolve(rootArg) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const started = performance.now();
const r = await importWorkbook(root, file, { sheet, dryRun, prune, display: args[0] });
const ms = Math.round(performance.now() - started);
for (const note of r.notes) console.log(`import: ${args[0]}: ${note}`);
if (r.problems.length > 0) {
  const n = r.problems.length;
  console.error([`${n} problem${n === 1 ? '' : 's'} in ${args[0]}:`, ...r.problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n'));
  console.error(`\nimport: ${n} problem(s); nothing was written. Fix them and run again (--dry-run checks without writing).`);
  process.exit(1);
}
const count = (a: string) => r.changes.filter((c) => c.action === a).length;
const read = r.read.map((s) => `${s.sheet} ${s.rows} row${s.rows === 1 ? '' : 's'}`).join(', ');
const summary = `${count('added')} added, ${count('updated')} updated, ${count('removed')} removed`;
if (r.changes.length === 0) console.log(`import: ok in ${ms} ms: read ${read}; nothing changed.`);
else {
  console.log(`import: ${dryRun ? 'dry run (nothing written)' : 'ok'} in ${ms} ms: read ${read}; ${summary}`);
  console.log(formatChanges(r.changes));
  if (!dryRun) console.log(`import: wrote ${r.written.join(', ')}`);
}
