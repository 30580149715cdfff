import matter from 'gray-matter';
import { z } from 'astro/zod';
import type { Dataset } from '../dataset.ts';
import { briefingSchema } from '../../schema/briefing.ts';
import { idProblem } from '../../schema/primitives.ts';
import { companySchema } from '../../schema/company.ts';
import { dealSchema } from '../../schema/deal.ts';
import { metricSeriesSchema } from '../../schema/metric.ts';
import { sourceSchema } from '../../schema/source.ts';
import { topicSchema } from '../../schema/topic.ts';
import { checkDataset, FILES, type BriefingFile, type RecordKind, type Unvalidated } from './check-dataset.ts';
import { translationProblems, type TranslationFile } from './check-translations.ts';
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES } from '../i18n/locales.ts';
import type { Problem } from './problem.ts';
import { readMdx } from './check-mdx.ts';
import { readRedirects, REDIRECTS_FILE, redirectsOverPages } from '../redirects.ts';
import { dataPagePaths } from '../page-kinds.ts';
import { parseJson, withoutBom } from './read-json.ts';
import { listFolder, readText, walkProject, type ProjectFiles } from './read-files.ts';
import { futureDates, FUTURE_MARGIN_DAYS } from './check-plausibility.ts';
import { placeholderProblems } from './check-placeholders.ts';
import { siteConfig } from '../../site.config.ts';
import { recordName, zodProblems } from './zod-problems.ts';
import type { EditionEntry } from '../editions.ts';
import { checkBriefingEditions, readEditions } from './read-editions.ts';
import { seedsDirOf, sourceFileProblems } from './check-source-files.ts';

export interface ReadResult {
  dataset: Dataset;
  briefings: BriefingFile[];
  /** Translations of the briefings (content/briefings/ko/, zh/), each with its language. */
  translations: TranslationFile[];
  /** data/editions.json with each published edition's snapshot, oldest first. */
  editions: EditionEntry[];
  problems: Problem[];
  /** False when the shared seeds folder was not found, so seed file names were not checked against it. */
  seedsChecked?: boolean;
}

/** Read an array file; each valid record is kept, each invalid one becomes problems (and is noted in `seen`). */
async function readArray<S extends z.ZodType>(
  files: ProjectFiles,
  kind: Exclude<RecordKind, 'metrics'>,
  schema: S,
  problems: Problem[],
  seen: Required<Unvalidated>,
): Promise<z.infer<S>[]> {
  const file = FILES[kind];
  const unreadable = (message?: string) => {
    if (message) problems.push({ file, record: '', field: '', message });
    seen.unreadable.push(kind);
    return [];
  };
  const read = await readText(files, file);
  problems.push(...read.problems);
  if (read.missing) return unreadable('file is missing');
  if (read.text === undefined) return unreadable();
  const { value, problems: p } = parseJson(read.text, file);
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

/** Names in a folder with the given ending; a folder that cannot be listed is a problem. */
async function listNames(files: ProjectFiles, rel: string, ext: string, problems: Problem[]): Promise<string[]> {
  const listed = await listFolder(files, rel);
  problems.push(...listed.problems);
  return listed.names.filter((f) => f.endsWith(ext));
}

export interface ReadOptions {
  /** The build date (YYYY-MM-DD) dates are checked against; siteConfig.builtOn (BUILD_DATE) by default. */
  builtOn?: string;
  /** Files to read from memory instead of disk (see ProjectFiles.overlay): the importer's candidate data/. */
  overlay?: ReadonlyMap<string, string | null>;
  /**
   * The shared seeds folder sources' `seed` names are checked in; ../shared/seeds beside the project by default
   * (validateProject passes SEEDS_DIR). Where it does not exist seeds are not checked (a clone alone validates).
   */
  seedsDir?: string;
}

/** A briefing saved as Markdown would otherwise be left out of the site without a word. */
function markdownProblems(folder: string, names: string[]): Problem[] {
  return names
    .filter((n) => n.endsWith('.md') || n.endsWith('.markdown'))
    .map((name) => {
      const slug = name.replace(/\.(md|markdown)$/, '');
      return { file: `${folder}/${name}`, record: slug, field: 'file name', message: `only .mdx files are briefings: rename it to ${slug}.mdx to publish it, or move it out of ${folder}/` };
    });
}

/** One briefing file (an English original or a translation): its frontmatter, body and the components it places. */
async function readBriefingFile(files: ProjectFiles, file: string, slug: string): Promise<{ briefing?: BriefingFile; problems: Problem[] }> {
  const problems: Problem[] = [];
  // The file name is the page's address (/briefings/<slug>/): keep it a plain lowercase slug.
  const badName = idProblem(slug, `expected a lowercase slug such as "korea-licensing-q3-2025.mdx" (a-z, 0-9, single hyphens): the file name is the page's address`);
  if (badName) problems.push({ file, record: slug, field: 'file name', message: badName });
  const read = await readText(files, file, slug);
  problems.push(...read.problems);
  if (read.text === undefined) return { problems };
  const text = withoutBom(read.text);
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
    return { problems };
  }
  if (!text.startsWith('---')) {
    problems.push({ file, record: slug, field: 'frontmatter', message: 'missing frontmatter: the file must start with a --- block (title, summary, date, period, ...)' });
    return { problems };
  }
  const r = briefingSchema.safeParse(parsed.data);
  if (!r.success) {
    // YAML reads an unquoted 2025-03-28 as a date and 2025 as a number; say how to write a string.
    const hint = (p: Problem) =>
      /received (Date|number)$/.test(p.message) ? { ...p, message: `${p.message} (quote the value in the frontmatter, e.g. ${p.field}: "…")` } : p;
    problems.push(...zodProblems(r.error, file, slug, [], briefingSchema).map(hint));
    return { problems };
  }
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
  const mdx = readMdx(parsed.content, file, slug, bodyLine);
  problems.push(...mdx.problems);
  return { briefing: { slug, file, data: r.data, body: parsed.content, bodyLine, refs: mdx.refs }, problems };
}

/**
 * Translations: content/briefings/<language path>/<slug>.mdx ("ko/", "zh/"), the same slug as the English
 * original, so a translation is found by its address and cannot drift from the page it translates.
 */
async function readTranslations(files: ProjectFiles, problems: Problem[]): Promise<TranslationFile[]> {
  const out: TranslationFile[] = [];
  for (const locale of LOCALE_IDS.filter((l) => l !== DEFAULT_LOCALE)) {
    const folder = `content/briefings/${LOCALES[locale].path}`;
    const listed = await listFolder(files, folder);
    problems.push(...listed.problems, ...markdownProblems(folder, listed.names));
    for (const name of listed.names.filter((n) => n.endsWith('.mdx'))) {
      const read = await readBriefingFile(files, `${folder}/${name}`, name.replace(/\.mdx$/, ''));
      problems.push(...read.problems);
      if (read.briefing) out.push({ ...read.briefing, locale });
    }
  }
  return out;
}

/**
 * Read and validate all of data/ and content/ under root. Never throws for bad input: every problem
 * (files, syntax, schema, cross-reference, plausibility) is collected so the author sees them all at once.
 */
export async function readDataset(root: string, chartIds: readonly string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const walked = await walkProject(root);
  const files = { ...walked.files, overlay: opts.overlay };
  const problems: Problem[] = [...walked.problems];
  const seen: Required<Unvalidated> = { invalidIds: {}, unreadable: [] };
  // Read side by side, reported in this order whichever finishes first: the same input prints the same problems.
  const arrayProblems: Problem[][] = [[], [], [], []];
  const [sources, companies, deals, topics] = await Promise.all([
    readArray(files, 'sources', sourceSchema, arrayProblems[0]!, seen),
    readArray(files, 'companies', companySchema, arrayProblems[1]!, seen),
    readArray(files, 'deals', dealSchema, arrayProblems[2]!, seen),
    readArray(files, 'topics', topicSchema, arrayProblems[3]!, seen),
  ]);
  problems.push(...arrayProblems.flat());
  const invalidMetric = (id: string) => (seen.invalidIds.metrics ??= []).push(id);

  const metrics: Dataset['metrics'] = [];
  for (const name of await listNames(files, 'data/metrics', '.json', problems)) {
    const file = `data/metrics/${name}`;
    const stem = name.replace(/\.json$/, '');
    // The file name is the series id, which the site uses in addresses and file names.
    const badName = idProblem(stem, `expected a lowercase slug such as "korea-licensing-exports.json" (a-z, 0-9, single hyphens): the file name is the series id`);
    if (badName) problems.push({ file, record: stem, field: 'file name', message: badName });
    const read = await readText(files, file, stem);
    problems.push(...read.problems);
    const { value, problems: p } = read.text === undefined ? { value: undefined, problems: [] } : parseJson(read.text, file);
    problems.push(...p);
    if (value === undefined) {
      invalidMetric(stem);
      continue;
    }
    const r = metricSeriesSchema.safeParse(value);
    const record = recordName(value, 0).replace(/^#0$/, stem);
    if (!r.success) {
      invalidMetric(stem);
      // An id equal to a bad file name is the same mistake: reported once, on the file name.
      const same = (q: Problem) => badName !== undefined && q.field === 'id' && record === stem;
      problems.push(...zodProblems(r.error, file, record, [], metricSeriesSchema).filter((q) => !same(q)));
    } else if (r.data.id !== stem) {
      invalidMetric(stem);
      problems.push({ file, record, field: 'id', message: `series id "${r.data.id}" must equal the file name "${stem}"` });
    } else metrics.push(r.data);
  }

  const briefings: BriefingFile[] = [];
  const briefingNames = await listFolder(files, 'content/briefings');
  problems.push(...briefingNames.problems, ...markdownProblems('content/briefings', briefingNames.names));
  for (const name of briefingNames.names.filter((n) => n.endsWith('.mdx'))) {
    const read = await readBriefingFile(files, `content/briefings/${name}`, name.replace(/\.mdx$/, ''));
    problems.push(...read.problems);
    if (read.briefing) briefings.push(read.briefing);
  }
  const translations = await readTranslations(files, problems);
  if (briefings.length === 0 && !problems.some((p) => p.file.startsWith('content')))
    problems.push({ file: 'content/briefings/', record: '', field: '', message: 'no briefings: expected at least one .mdx file' });

  const dataset: Dataset = { sources, companies, deals, metrics, topics };
  // readRedirects reads synchronously for astro.config.mjs and lets file-system errors through: check the file here first.
  const redirectsFile = await readText(files, REDIRECTS_FILE, '');
  problems.push(...redirectsFile.problems);
  const redirects = redirectsFile.text === undefined && !redirectsFile.missing ? { redirects: [], problems: [] } : readRedirects(root);
  problems.push(...redirects.problems);
  const editions = await readEditions(files);
  const editionIds = editions.editions.map((e) => e.edition.id);
  problems.push(...redirectsOverPages(redirects.redirects, dataPagePaths(dataset, briefings.filter((b) => !b.data.draft).map((b) => b.slug), chartIds, editionIds)));
  problems.push(...checkDataset(dataset, briefings, chartIds, seen));
  problems.push(...futureDates(dataset, briefings, opts.builtOn ?? siteConfig.builtOn, FUTURE_MARGIN_DAYS));
  problems.push(...placeholderProblems([...briefings, ...translations]));
  const troubled = new Set(problems.filter((p) => /^content\/briefings\/[^/]+\.mdx$/.test(p.file)).map((p) => p.file.slice('content/briefings/'.length, -'.mdx'.length)));
  problems.push(...translationProblems(briefings, translations, troubled));
  problems.push(...editions.problems, ...checkBriefingEditions(editions.editions, briefings));
  const documents = await sourceFileProblems(sources, files, seedsDirOf(root, opts.seedsDir));
  problems.push(...documents.problems);
  return { dataset, briefings, translations, editions: editions.editions, problems, seedsChecked: documents.seedsChecked };
}
