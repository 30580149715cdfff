import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'astro/zod';
import type { Dataset } from '../dataset.ts';
import { briefingSchema } from '../../schema/briefing.ts';
import { idSchema } from '../../schema/primitives.ts';
import { companySchema } from '../../schema/company.ts';
import { dealSchema } from '../../schema/deal.ts';
import { metricSeriesSchema } from '../../schema/metric.ts';
import { sourceSchema } from '../../schema/source.ts';
import { topicSchema } from '../../schema/topic.ts';
import { checkDataset, FILES, type BriefingFile, type RecordKind, type Unvalidated } from './check-dataset.ts';
import type { Problem } from './problem.ts';
import { mdxProblems } from './check-mdx.ts';
import { dataPagePaths, readRedirects, redirectsOverPages } from '../redirects.ts';
import { readJson, withoutBom } from './read-json.ts';
import { recordName, zodProblems } from './zod-problems.ts';

export interface ReadResult {
  dataset: Dataset;
  briefings: BriefingFile[];
  problems: Problem[];
}

async function exists(p: string): Promise<boolean> {
  return readFile(p).then(() => true, () => false);
}

/** Read an array file; each valid record is kept, each invalid one becomes problems (and is noted in `seen`). */
async function readArray<S extends z.ZodType>(
  root: string,
  kind: Exclude<RecordKind, 'metrics'>,
  schema: S,
  problems: Problem[],
  seen: Required<Unvalidated>,
): Promise<z.infer<S>[]> {
  const file = FILES[kind];
  const abs = path.join(root, file);
  const unreadable = (message?: string) => {
    if (message) problems.push({ file, record: '', field: '', message });
    seen.unreadable.push(kind);
    return [];
  };
  if (!(await exists(abs))) return unreadable('file is missing');
  const { value, problems: p } = await readJson(abs, file);
  problems.push(...p);
  if (value === undefined) return unreadable();
  if (!Array.isArray(value)) return unreadable('expected a JSON array of records');
  const out: z.infer<S>[] = [];
  value.forEach((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) out.push(r.data);
    else {
      const record = recordName(raw, i);
      (seen.invalidIds[kind] ??= []).push(record);
      problems.push(...zodProblems(r.error, file, record, [], schema));
    }
  });
  return out;
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

/**
 * Read and validate all of data/ and content/ under root. Never throws for bad input: every problem
 * (syntax, schema, cross-reference) is collected so the author sees them all at once.
 */
export async function readDataset(root: string, chartIds: readonly string[]): Promise<ReadResult> {
  const problems: Problem[] = [];
  const seen: Required<Unvalidated> = { invalidIds: {}, unreadable: [] };
  const [sources, companies, deals, topics] = await Promise.all([
    readArray(root, 'sources', sourceSchema, problems, seen),
    readArray(root, 'companies', companySchema, problems, seen),
    readArray(root, 'deals', dealSchema, problems, seen),
    readArray(root, 'topics', topicSchema, problems, seen),
  ]);
  const invalidMetric = (id: string) => (seen.invalidIds.metrics ??= []).push(id);

  const metrics: Dataset['metrics'] = [];
  for (const name of await listFiles(path.join(root, 'data/metrics'), '.json')) {
    const file = `data/metrics/${name}`;
    const { value, problems: p } = await readJson(path.join(root, file), file);
    problems.push(...p);
    if (value === undefined) {
      invalidMetric(name.replace(/\.json$/, ''));
      continue;
    }
    const r = metricSeriesSchema.safeParse(value);
    const record = recordName(value, 0).replace(/^#0$/, name.replace(/\.json$/, ''));
    if (!r.success) {
      invalidMetric(name.replace(/\.json$/, ''));
      problems.push(...zodProblems(r.error, file, record, [], metricSeriesSchema));
    } else if (r.data.id !== name.replace(/\.json$/, '')) {
      invalidMetric(name.replace(/\.json$/, ''));
      problems.push({ file, record, field: 'id', message: `series id "${r.data.id}" must equal the file name "${name.replace(/\.json$/, '')}"` });
    } else metrics.push(r.data);
  }

  const briefings: BriefingFile[] = [];
  // A briefing saved as Markdown would otherwise be left out of the site without a word.
  for (const name of [...(await listFiles(path.join(root, 'content/briefings'), '.md')), ...(await listFiles(path.join(root, 'content/briefings'), '.markdown'))]) {
    const slug = name.replace(/\.(md|markdown)$/, '');
    problems.push({ file: `content/briefings/${name}`, record: slug, field: 'file name', message: `only .mdx files are briefings: rename it to ${slug}.mdx to publish it, or move it out of content/briefings/` });
  }
  for (const name of await listFiles(path.join(root, 'content/briefings'), '.mdx')) {
    const file = `content/briefings/${name}`;
    const slug = name.replace(/\.mdx$/, '');
    // The file name is the page's address (/briefings/<slug>/): keep it a plain lowercase slug.
    if (!idSchema.safeParse(slug).success)
      problems.push({ file, record: slug, field: 'file name', message: `expected a lowercase slug such as "korea-licensing-q3-2025.mdx" (a-z, 0-9, single hyphens): the file name is the page's address` });
    const text = withoutBom(await readFile(path.join(root, file), 'utf8'));
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(text);
    } catch (err) {
      const e = err as Error & { mark?: { line: number; column: number } };
      // gray-matter hands js-yaml the text after the opening "---" including its newline, so YAML line
      // index 0 is the "---" line itself: the 0-based mark.line plus one is the file line.
      const at = e.mark ? ` at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : '';
      const reason = (e.message.split('\n')[0] ?? '').replace(/\s*(?:\(\d+:\d+\)|at line \d+, column \d+):?\s*$/, '');
      problems.push({ file, record: slug, field: 'frontmatter', message: `broken frontmatter${at}: ${reason}` });
      continue;
    }
    if (!text.startsWith('---')) {
      problems.push({ file, record: slug, field: 'frontmatter', message: 'missing frontmatter: the file must start with a --- block (title, summary, date, period, ...)' });
      continue;
    }
    const r = briefingSchema.safeParse(parsed.data);
    if (!r.success) {
      // YAML reads an unquoted 2025-03-28 as a date and 2025 as a number; say how to write a string.
      const hint = (p: Problem) =>
        /received (Date|number)$/.test(p.message) ? { ...p, message: `${p.message} (quote the value in the frontmatter, e.g. ${p.field}: "…")` } : p;
      problems.push(...zodProblems(r.error, file, slug, [], briefingSchema).map(hint));
      continue;
    }
    const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
    briefings.push({ slug, file, data: r.data, body: parsed.content, bodyLine });
    problems.push(...mdxProblems(parsed.content, file, slug, bodyLine));
  }
  if (briefings.length === 0 && !problems.some((p) => p.file.startsWith('content/briefings/')))
    problems.push({ file: 'content/briefings/', record: '', field: '', message: 'no briefings: expected at least one .mdx file' });

  const dataset: Dataset = { sources, companies, deals, metrics, topics };
  const redirects = readRedirects(root);
  problems.push(...redirects.problems);
  problems.push(...redirectsOverPages(redirects.redirects, dataPagePaths(dataset, briefings.filter((b) => !b.data.draft).map((b) => b.slug), chartIds)));
  problems.push(...checkDataset(dataset, briefings, chartIds, seen));
  return { dataset, briefings, problems };
}
