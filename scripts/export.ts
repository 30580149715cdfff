// `npm run export -- deals.xlsx`: the current data as the workbook `npm run import` reads (Read me,
// Deals, Companies, Sources, Metric series, Metric points). `npm run export -- --template [file.xlsx]`:
// the same workbook with no rows.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkbookData } from '../src/lib/sheets/workbook-data.ts';
import { workbookBytes } from '../src/lib/sheets/write-workbook.ts';

const USAGE = 'usage: npm run export -- <file.xlsx> | npm run export -- --template [file.xlsx]';
const args = process.argv.slice(2);
const template = args.includes('--template');
const rootAt = args.indexOf('--root');
const rootArg = rootAt >= 0 ? args[rootAt + 1] : undefined;
const rest = args.filter((a, i) => a !== '--template' && (rootAt < 0 || (i !== rootAt && i !== rootAt + 1)));
const target = rest[0] ?? (template ? 'deal-atlas-template.xlsx' : undefined);
if (!target || rest.length > 1 || rest.some((a) => a.startsWith('--')) || !/\.xlsx$/i.test(target)) {
  console.error(USAGE);
  process.exit(2);
}
const root = rootArg ? path.resolve(rootArg) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);

const started = performance.now();
const data = template ? undefined : await readWorkbookData(root);
const bytes = await workbookBytes(data);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, bytes);
const ms = Math.round(performance.now() - started);
const what = data
  ? `${data.deals.length} deals, ${data.companies.length} companies, ${data.sources.length} sources, ${data.metrics.length} metric series (${data.metrics.reduce((n, m) => n + ((m.points as unknown[]) ?? []).length, 0)} points)`
  : 'an empty template';
console.log(`export: wrote ${target} in ${ms} ms: ${what} (${Math.round(bytes.length / 1024)} KB)`);
