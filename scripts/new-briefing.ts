// `npm run new:briefing -- "Title" 2025-Q3 [--topic id] [--source id] [--region korea]`
// Writes content/briefings/<slug>.mdx with valid frontmatter; `npm run dev` previews it live.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { briefingTemplate, slugify } from '../src/lib/briefing-template.ts';
import { siteConfig } from '../src/site.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { topic: { type: 'string', multiple: true }, source: { type: 'string', multiple: true }, region: { type: 'string' }, date: { type: 'string' } },
});
const [title, period] = positionals;
if (!title || !period || !/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?$/.test(period)) {
  console.error('usage: npm run new:briefing -- "Briefing title" <period: 2025-Q3 | 2025-H1 | 2026-01> [--topic id] [--source id] [--region china|korea|global]');
  process.exit(1);
}
const ids = async (file: string) => (JSON.parse(await readFile(path.join(root, file), 'utf8')) as { id: string }[]).map((r) => r.id);
const [topicIds, sourceIds] = await Promise.all([ids('data/topics.json'), ids('data/sources.json')]);
const topics = values.topic ?? [topicIds[0]!];
const sources = values.source ?? [sourceIds[0]!];
for (const [kind, chosen, known] of [['topic', topics, topicIds], ['source', sources, sourceIds]] as const) {
  const bad = chosen.filter((x) => !known.includes(x));
  if (bad.length) {
    console.error(`unknown ${kind} ${bad.join(', ')}; known: ${known.join(', ')}`);
    process.exit(1);
  }
}
const file = path.join(root, 'content/briefings', `${slugify(title)}.mdx`);
if (existsSync(file)) {
  console.error(`${path.relative(root, file)} already exists; choose another title.`);
  process.exit(1);
}
const date = values.date ?? siteConfig.builtOn;
await writeFile(file, briefingTemplate({ title, period, date, topics, sources, region: values.region ?? 'global' }));
console.log(`created ${path.relative(root, file)}\nnext: edit it, add records to data/, run \`npm run validate\`, preview with \`npm run dev\`.`);
