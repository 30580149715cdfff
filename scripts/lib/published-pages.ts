// Pages a build publishes, to tell the publisher which addresses a new build drops: links already shared
// to them would land on the 404 page unless data/redirects.json sends them on.
import { readdir } from 'node:fs/promises';

/** Site paths of the HTML pages in a built folder ("briefings/x/index.html" → "/briefings/x/"); none if it does not exist. */
export async function builtPages(dir: string): Promise<Set<string>> {
  const files = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const pages = new Set<string>();
  for (const f of files) {
    if (!f.endsWith('.html')) continue;
    const p = `/${f.split('\\').join('/')}`;
    pages.add(p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p);
  }
  return pages;
}

/** Pages of the previous build that the new one no longer has, sorted. */
export function removedPages(before: Set<string>, after: Set<string>): string[] {
  return [...before].filter((p) => !after.has(p)).sort();
}

/** The warning for dropped pages: the addresses (the first `max`) and what to do. */
export function removedPagesWarning(removed: string[], max = 20): string {
  const n = removed.length;
  const list = removed.slice(0, max).map((p) => `  ${p}`);
  if (n > max) list.push(`  … and ${n - max} more`);
  return [
    `build: ${n} page${n === 1 ? '' : 's'} of the published site ${n === 1 ? 'is' : 'are'} not in this build; links to ${n === 1 ? 'it' : 'them'} will get the 404 page:`,
    ...list,
    '  If a page moved, add {"from": "<old address>", "to": "<new address>"} to data/redirects.json and build again.',
  ].join('\n');
}
