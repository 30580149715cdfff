// The web font files: each face of FACE_SUBSETS cut down to its ranges with harfbuzz (subset-font), as
// WOFF2 for pages and TrueType for resvg (chart pictures), which reads no WOFF2. Layout tables are
// dropped: smaller files, and text exactly as wide as metrics.ts measures. File names carry a content
// hash, so a host may cache them forever.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { FACE_SUBSETS, FONT_FAMILY, FONT_WEIGHTS, rangeText, unicodeRange, type FaceSubset, type FontWeight } from './faces.ts';
import { sourceFontPath } from './metrics.ts';

export interface FontFile {
  weight: FontWeight;
  subset: FaceSubset;
  /** File name under /fonts/, with a content hash. */
  fileName: string;
  woff2: Buffer;
  ttf: Buffer;
}

// Typographic family and subfamily (name ids 16, 17): without them the 600 face calls itself "IBM Plex Sans
// SemiBold" and resvg would not find it under "IBM Plex Sans".
const FAMILY_NAME_IDS = [16, 17];

const require = createRequire(import.meta.url);

let made: Promise<FontFile[]> | undefined;

/**
 * Subsetting and WOFF2 compression took about 1.3 s of every build (npm run bench), for files that change only
 * with the font package or the ranges: they are kept in node_modules/.cache/deal-atlas-fonts (where build
 * tools keep caches; it goes with node_modules), keyed by the source face, the ranges, the options and
 * subset-font's version, so anything that could change a file makes a new key.
 */
async function subsetCached(source: Buffer, text: string, targetFormat: 'woff2' | 'sfnt'): Promise<Buffer> {
  const options = { targetFormat, keepFeatures: [] as string[], preserveNameIds: FAMILY_NAME_IDS };
  const key = createHash('sha256').update(source).update(`\n${text}\n${JSON.stringify(options)}\n${subsetFontVersion()}`).digest('hex');
  const file = join(cacheDir(), `${key}.${targetFormat}`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return hit;
  const made = await subsetFont(source, text, options);
  await mkdir(cacheDir(), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`; // then rename: a build reading the cache never sees half a file
  await writeFile(tmp, made);
  await rename(tmp, file);
  return made;
}

const cacheDir = () => join(dirname(require.resolve('subset-font/package.json')), '..', '.cache', 'deal-atlas-fonts');
const subsetFontVersion = () => (JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')) as { version: string }).version;

/** Every face, subset; computed once per process. */
export function fontFiles(): Promise<FontFile[]> {
  return (made ??= Promise.all(
    FONT_WEIGHTS.flatMap((weight) =>
      FACE_SUBSETS.map(async (subset) => {
        const source = readFileSync(sourceFontPath(subset.source, weight));
        const text = rangeText(subset.ranges);
        const [woff2, ttf] = await Promise.all([subsetCached(source, text, 'woff2'), subsetCached(source, text, 'sfnt')]);
        const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 10);
        return { weight, subset, fileName: `ibm-plex-sans-${subset.name}-${weight}.${hash}.woff2`, woff2, ttf };
      }),
    ),
  ));
}

/** The @font-face rules, with URLs made by `fontUrl` (file name → site URL). */
export function fontFaceCss(files: FontFile[], fontUrl: (fileName: string) => string): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${f.weight};font-display:swap;` +
        `src:url("${fontUrl(f.fileName)}") format("woff2");unicode-range:${unicodeRange(f.subset.ranges)}}`,
    )
    .join('\n');
}

/** TrueType copies on disk for resvg (which loads fonts by path), in `dir`; returns their paths. */
export async function trueTypePaths(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  return (await fontFiles()).map((f) => {
    const path = join(dir, f.fileName.replace(/\.woff2$/, '.ttf'));
    if (!existsSync(path)) writeFileSync(path, f.ttf);
    return path;
  });
}
