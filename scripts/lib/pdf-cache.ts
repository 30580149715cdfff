// PDFs of report pages that have not changed since the last build are reused instead of printed again.
// Printing is the slowest step of `npm run build` (at 10,000 deals: 107 PDFs, about 40 s of both cores), and
// a publisher's rebuild usually changes a few pages. An entry is reused only when the page's HTML, every
// file the page loaded while printing (CSS, logo, images: their bytes), the print settings, this code and
// the browser version are all the same as when it was printed.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PdfCacheEntry {
  /** Hash of the page's HTML and everything else that shapes the PDF except its subresources. */
  key: string;
  /** Site-relative file → sha256 of its bytes (MISSING if it was not there), for every file the page asked for while printing. */
  deps: Record<string, string>;
  pages: number;
  bytes: number;
  /** sha256 of the PDF: an entry and a PDF written by two builds at once never pass for each other. */
  sha: string;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The hash recorded for a file the page asked for that did not exist: if it appears later, the page prints anew. */
export const MISSING = 'missing';

/** One key from the parts that shape a PDF (page HTML, settings, code, browser version). */
export function pdfKey(parts: Record<string, string>): string {
  return sha256(JSON.stringify(Object.entries(parts).sort(([a], [b]) => a.localeCompare(b))));
}

/** Hashes of files under distDir, each read once per run. */
export function fileHasher(distDir: string): (rel: string) => Promise<string | undefined> {
  const memo = new Map<string, Promise<string | undefined>>();
  return (rel) => {
    let h = memo.get(rel);
    if (!h) memo.set(rel, (h = readFile(path.join(distDir, rel)).then(sha256, () => undefined)));
    return h;
  };
}

const entryFiles = (cacheDir: string, slot: string) => ({ json: path.join(cacheDir, `${slot}.json`), pdf: path.join(cacheDir, `${slot}.pdf`) });

/** The cached PDF for slot ("briefings/x") if its key and every dependency's bytes still match. */
export async function lookupPdf(
  cacheDir: string,
  slot: string,
  key: string,
  hashOf: (rel: string) => Promise<string | undefined>,
): Promise<{ bytes: Uint8Array; pages: number } | undefined> {
  const files = entryFiles(cacheDir, slot);
  let entry: PdfCacheEntry;
  try {
    entry = JSON.parse(await readFile(files.json, 'utf8')) as PdfCacheEntry;
  } catch {
    return undefined;
  }
  if (entry.key !== key) return undefined;
  for (const [rel, hash] of Object.entries(entry.deps)) if (((await hashOf(rel)) ?? MISSING) !== hash) return undefined;
  const bytes = await readFile(files.pdf).catch(() => undefined);
  if (!bytes || bytes.length !== entry.bytes || sha256(bytes) !== entry.sha) return undefined;
  return { bytes: new Uint8Array(bytes), pages: entry.pages };
}

/** Store a printed PDF: the PDF first, then its entry (the entry is what makes it count). */
export async function storePdf(cacheDir: string, slot: string, entry: Omit<PdfCacheEntry, 'bytes' | 'sha'>, bytes: Uint8Array): Promise<void> {
  const files = entryFiles(cacheDir, slot);
  await mkdir(path.dirname(files.pdf), { recursive: true });
  const tmp = `${files.pdf}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, files.pdf);
  await writeFile(`${files.json}.${process.pid}.tmp`, JSON.stringify({ ...entry, bytes: bytes.length, sha: sha256(bytes) }));
  await rename(`${files.json}.${process.pid}.tmp`, files.json);
}

/** Remove entries of pages that are no longer printed (a deleted briefing). */
export async function pruneCache(cacheDir: string, keep: Set<string>): Promise<void> {
  if (!existsSync(cacheDir)) return;
  for (const kind of await readdir(cacheDir)) {
    const dir = path.join(cacheDir, kind);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const slot = `${kind}/${name.replace(/\.(json|pdf)$/, '')}`;
      if (!keep.has(slot)) await rm(path.join(dir, name), { force: true });
    }
  }
}
