// `npm run new:briefing -- "Title" 2025-Q3 [--topic id] [--source id] [--region korea] [--edition id] [--date YYYY-MM-DD] [--slug name]`
// Writes content/briefings/<slug>.mdx: valid frontmatter, a draft of placeholders that validation will not
// let be published until each is replaced (src/lib/briefing-placeholders.ts).
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { briefingSlug, briefingTemplate, utcDay } from '../src/lib/briefing-template.ts';
import { idRefSchema, isoDateSchema } from '../src/schema/primitives.ts';
import { REGIONS } from '../src/schema/vocab.ts';

const USAGE = `usage: npm run new:briefing -- "Briefing title" <period: 2025-Q3 | 2025-H1 | 2026-01 | 2025>
  [--topic id]... [--source id]... [--region ${Object.keys(REGIONS).join('|')}] [--edition id] [--date YYYY-MM-DD] [--slug file-name]`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      topic: { type: 'string', multiple: true },
      source: { type: 'string', multiple: true },
      region: { type: 'string' },
      edition: { type: 'string' },
      date: { type: 'string' },
      slug: { type: 'string' },
    },
  });
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed!;
const [title, period] = positionals;
if (!title?.trim() || !period || !/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?$/.test(period)) fail(USAGE);

const region = values.region ?? 'global';
if (!Object.hasOwn(REGIONS, region)) fail(`unknown region ${region}; known: ${Object.keys(REGIONS).join(', ')}`);
// The machine's day in UTC, so the date does not depend on where the author sits.
const date = values.date ?? utcDay(new Date());
if (!isoDateSchema.safeParse(date).success) fail(`--date ${date}: expected a real calendar date as YYYY-MM-DD`);

const ids = async (file: string) => (JSON.parse(await readFile(path.join(root, file), 'utf8')) as { id: string }[]).map((r) => r.id);
const [topicIds, sourceIds] = await Promise.all([ids('data/topics.json'), ids('data/sources.json')]);
const topics = values.topic ?? [topicIds[0]!];
const sources = values.source ?? [sourceIds[0]!];
// Editions are checked against data/editions.json where the project has one; without it any slug is taken.
const editionIds = existsSync(path.join(root, 'data/editions.json')) ? await ids('data/editions.json') : undefined;
const edition = values.edition;
if (edition !== undefined && !idRefSchema.safeParse(edition).success) fail(`--edition "${edition}": expected an edition id, a lowercase slug such as 2025-q3`);
const checks = [['topic', topics, topicIds], ['source', sources, sourceIds], ...(edition !== undefined && editionIds ? [['edition', [edition], editionIds] as const] : [])] as const;
for (const [kind, chosen, known] of checks) {
  const bad = chosen.filter((x) => !known.includes(x));
  if (bad.length) fail(`unknown ${kind} ${bad.join(', ')}; known: ${known.join(', ')}`);
}

const choice = briefingSlug({ title, period, region, slug: values.slug });
if ('problem' in choice) fail(choice.problem);
const { slug, from } = choice as Exclude<typeof choice, { problem: string }>;
const file = path.join(root, 'content/briefings', `${slug}.mdx`);
const rel = path.relative(root, file);
if (existsSync(file)) fail(`${rel} already exists; name the new file with --slug <name>${from === 'title' ? ' or choose another title' : ''}.`);

await writeFile(file, briefingTemplate({ title, period, date, topics, sources, region, edition }));
const lines = [`created ${rel} (a draft dated ${date}${edition ? `, edition ${edition}` : ''})`];
if (from === 'region and period')
  lines.push(`the title has letters a file name cannot carry (such as Korean or Chinese), so the file is named after the region and period; pass --slug <name> to choose the name (it is the page's address).`);
lines.push(
  'next: write it, replacing every "[Placeholder: …]" (`npm run dev` previews drafts); add records to data/; to publish, delete',
  'the draft line and run `npm run validate` (it refuses a briefing that still holds a placeholder). Drafts are never built.',
);
console.log(lines.join('\n'));
