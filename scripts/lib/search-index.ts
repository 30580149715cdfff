// The site's search index (pagefind), in bundles that the search page merges:
// - records: deals and companies, built from data while Astro renders (their pages are most of the site,
//   and indexing them from HTML after the render was the build's second-largest cost), in bundles of
//   RECORDS_PER_BUNDLE (src/lib/search-records.ts);
// - pages: every other searchable page (briefings, topics...), indexed from the built HTML.
import type { ChildProcess } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { recordBundles, type SearchRecord } from '../../src/lib/search-records.ts';

/** Folder under dist/ of the pages bundle: the search page loads it and merges the record bundles in. */
export const PAGES_BUNDLE = 'pagefind';

type Pagefind = typeof import('pagefind');

/**
 * Start pagefind's helper process at the lowest CPU priority. Pagefind spawns it inside createIndex, with
 * no option for that, so the spawn is caught on Node's child_process diagnostics channel, for the length
 * of the call only. Why: the record bundles are written on the second core while Astro renders on the
 * first, and Astro is the build's critical path; at normal priority pagefind slowed the 10,000-deal build
 * by 1.5-1.7 s, at low priority it still finishes well before Astro (npm run bench; docs/performance.md).
 */
async function createIndexNiced(pagefind: Pagefind): ReturnType<Pagefind['createIndex']> {
  const lower = ({ process: child }: { process: ChildProcess }) =>
    child.once('spawn', () => {
      try {
        os.setPriority(child.pid!, 19);
      } catch {
        // Not permitted here: it runs at normal priority.
      }
    });
  const onChild = (message: unknown) => lower(message as { process: ChildProcess });
  diagnostics.subscribe('child_process', onChild);
  try {
    return pagefind.createIndex({}); // spawns synchronously, if the helper is not running yet
  } finally {
    diagnostics.unsubscribe('child_process', onChild);
  }
}

async function withIndex<T>(
  work: (index: NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>) => Promise<T>,
  { lowPriority = false } = {},
): Promise<T> {
  const pagefind = await import('pagefind');
  const { index, errors } = await (lowPriority ? createIndexNiced(pagefind) : pagefind.createIndex({}));
  if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
  try {
    return await work(index);
  } finally {
    await index.deleteIndex().catch(() => {});
  }
}

/**
 * Write the record bundles into outDir (one folder per bundle, named as its site path), one after another,
 * stopping pagefind between them so its memory is returned each time. Returns the bundle folder names.
 * lowPriority: run pagefind at the lowest CPU priority (the build does, beside Astro).
 */
export async function writeRecordIndexes(records: SearchRecord[], outDir: string, { lowPriority = false } = {}): Promise<string[]> {
  const names: string[] = [];
  for (const bundle of recordBundles(records)) {
    const name = bundle.path.replace(/^\/|\/$/g, '');
    await withIndex(async (index) => {
      const results = await Promise.all(bundle.records.map((r) => index.addCustomRecord(r)));
      const errors = results.flatMap((r) => r.errors);
      if (errors.length) throw new Error(`pagefind (${name}): ${errors.slice(0, 5).join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(outDir, name) });
      if (written.errors.length) throw new Error(`pagefind (${name}): ${written.errors.join('; ')}`);
    }, { lowPriority });
    await closeSearch();
    names.push(name);
  }
  return names;
}

/** HTML files under dir, not descending into folders that are pages a record covers ("deals/x/"). */
async function htmlFiles(dir: string, covered: Set<string>, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!covered.has(`/${r}/`)) out.push(...(await htmlFiles(dir, covered, r)));
    } else if (e.name.endsWith('.html') && !covered.has(pathOfFile(r))) out.push(r);
  }
  return out;
}

/** The site path a built file is served at ("deals/x/index.html" → "/deals/x/"). */
export function pathOfFile(rel: string): string {
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Index the built HTML in distDir except pages a record already covers, and write the bundle to
 * outputPath: the pages marked data-pagefind-body (Base.astro `searchable`). Returns how many.
 */
export async function writePageIndex(distDir: string, coveredPaths: Set<string>, outputPath: string): Promise<number> {
  return withIndex(async (index) => {
    let pages = 0;
    for (const rel of await htmlFiles(distDir, coveredPaths)) {
      const content = await readFile(path.join(distDir, rel), 'utf8');
      // Pagefind would parse and then drop a page without it (the 10,000-row deal explorer is 6 MB).
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath: rel, content });
      if (added.errors.length) throw new Error(`pagefind (${rel}): ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind (pages): ${written.errors.join('; ')}`);
    return pages;
  });
}

/** Shut down pagefind's helper process (once, after both indexes are written). */
export async function closeSearch(): Promise<void> {
  const pagefind = await import('pagefind');
  await pagefind.close();
}
