import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MarkdownHeading, MDXInstance } from 'astro';
import { chartIds } from '../charts/registry.ts';
import { readSnapshot, SNAPSHOT_ENV, type Snapshot } from './dataset-snapshot.ts';
import type { Dataset } from './dataset.ts';
import type { EditionEntry } from './editions.ts';
import { siteContent, type BriefingEntry, type BriefingText, type SiteContent } from './site-content.ts';
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES } from './i18n/locales.ts';
import { formatProblems } from './validate/problem.ts';
import { readDataset } from './validate/read-dataset.ts';

/** Where translated briefings live: content/briefings/ko/, content/briefings/zh/ (read-dataset.ts). */
const TRANSLATION_DIRS = LOCALE_IDS.filter((l) => l !== DEFAULT_LOCALE).map((l) => `content/briefings/${LOCALES[l].path}`);

let cached: Promise<SiteContent> | undefined;
let cachedSignature = '';

/** Names, sizes and modification times of the files the dataset is read from: changes when any is edited. */
async function filesSignature(root: string): Promise<string> {
  const dirs = ['data', 'data/metrics', 'data/editions', 'content/briefings', ...TRANSLATION_DIRS];
  const parts = await Promise.all(
    dirs.map(async (dir) => {
      const names = await readdir(path.join(root, dir)).catch(() => [] as string[]);
      const stats = await Promise.all(names.map((n) => stat(path.join(root, dir, n)).then((s) => `${dir}/${n}:${s.size}:${s.mtimeMs}`, () => '')));
      return stats.join('|');
    }),
  );
  return parts.join('|');
}

/** Read and validate data/ and the briefings in this process. */
async function readHere(): Promise<Snapshot> {
  const { dataset, briefings, translations, editions, problems } = await readDataset(import.meta.env.DATA_ROOT, chartIds);
  if (problems.length) throw new Error(`${problems.length} data problem(s):\n${formatProblems(problems)}`);
  return { dataset, briefings, translations, editions };
}

/**
 * The dataset and the briefings, read by the same reader `npm run validate` uses, once per build.
 *
 * Deliberately not Astro content collections: at 10,000 deals the content layer (sync, data store,
 * generated types, bundled store) added about 5 s and 250 MB to the build for data that is already
 * validated here; with only the briefings left in it, it still cost 1.1-1.3 s of every build (loading the
 * content config through a Vite server) for frontmatter this reader parses anyway (`npm run bench`,
 * docs/performance.md). The MDX itself is compiled by Vite as a module import (renderBriefing).
 * Bad data throws every problem at once (file › record › field), in dev as the error overlay.
 */
async function readSite(): Promise<SiteContent> {
  const read = async (): Promise<SiteContent> => {
    // `npm run build` validates in a child process beside Astro and hands the result over (dataset-snapshot.ts).
    const snapshotFile = process.env[SNAPSHOT_ENV];
    // Drafts are previewed in `astro dev` and never built.
    return siteContent((snapshotFile && (await readSnapshot(snapshotFile))) || (await readHere()), { drafts: import.meta.env.SERVING });
  };
  if (!import.meta.env.SERVING) return (cached ??= read());
  // astro dev: read again when a file changed (pages ask many times per request; editing must show at once).
  const signature = await filesSignature(import.meta.env.DATA_ROOT);
  if (!cached || signature !== cachedSignature) {
    cachedSignature = signature;
    cached = read();
    cached.catch(() => (cachedSignature = '')); // a failed read is retried on the next request
  }
  return cached;
}

export async function getDataset(): Promise<Dataset> {
  return (await readSite()).dataset;
}

/** Published briefings, newest first. The array is shared: callers filter or copy it, never mutate. */
export async function getBriefings(): Promise<BriefingEntry[]> {
  return (await readSite()).briefings;
}

/** Editions with their snapshots, oldest first. */
export async function getEditions(): Promise<EditionEntry[]> {
  return (await readSite()).editions;
}

// Every briefing's compiled MDX (originals and translations), loaded when its page renders. The patterns
// must be literals (Vite expands them).
const briefingModules = import.meta.glob<MDXInstance<Record<string, unknown>>>(['/content/briefings/*.mdx', '/content/briefings/*/*.mdx']);

/** A briefing text's MDX as a component, and its headings (for the contents list): `briefingIn(entry, locale).text`. */
export async function renderBriefing(entry: BriefingText): Promise<{ Content: MDXInstance<Record<string, unknown>>['Content']; headings: MarkdownHeading[] }> {
  const load = briefingModules[`/${entry.file}`];
  if (!load) throw new Error(`${entry.file}: no compiled MDX module for this briefing (is it under content/briefings/?)`);
  const mod = await load();
  return { Content: mod.Content, headings: mod.getHeadings() };
}
