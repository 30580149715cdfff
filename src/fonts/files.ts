// The web font files: each face of FACE_SUBSETS cut down to its ranges, and each CJK face (CJK_FACES) to the
// characters its language's pages use (cjk-text.ts), with harfbuzz (subset-font), as
// WOFF2 for pages and TrueType for resvg (chart pictures), which reads no WOFF2. Layout tables are
// dropped: smaller files, and text exactly as wide as metrics.ts measures. File names carry a content
// hash, so a host may cache them forever.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { LOCALES, type Locale } from '../lib/i18n/locales.ts';
import { cjkCharacters } from './cjk-text.ts';
import { withFamilyName } from './font-names.ts';
import { CJK_FACES, FACE_SUBSETS, FONT_FAMILY, FONT_WEIGHTS, LANGUAGE_NAMES_FAMILY, fontStack, rangeText, unicodeRange, type CjkLocale, type FontWeight } from './faces.ts';
import { cjkSourcePath, sourceFontPath } from './metrics.ts';

export interface FontFile {
  family: string;
  weight: FontWeight;
  /** The CSS unicode-range: which characters a page must show for the browser to fetch the file. */
  unicodeRange: string;
  /** Fetched with the page's CSS (Plex core on every page; a CJK face's 400 on its language's pages). */
  preload: boolean;
  /** The one language whose pages use the file; undefined: every page. */
  locale?: Locale;
  /**
   * Where pages use the file: on screen and in print ('all'), or in print only. The CJK faces' 600 is for
   * print: on screen, Korean and Chinese pages draw their bold from the 400, emboldened by the browser
   * (languageFontCss), since a Chinese page that loaded both weights fetched 230 KB of Noto Sans SC and
   * scored 92 for performance on a simulated phone (npm run audit). Printed, an emboldened face becomes Type 3
   * glyphs (a Chinese briefing's PDF 161 KB → 396 KB), so print asks for the real 600. Pictures, drawn by resvg
   * from these files, use both.
   */
  media: 'all' | 'print';
  /** File name under /fonts/, with a content hash. */
  fileName: string;
  woff2: Buffer;
  ttf: Buffer;
}

// Typographic family and subfamily (name ids 16, 17): without them the 600 face calls itself "IBM Plex Sans
// SemiBold" and resvg would not find it under "IBM Plex Sans".
const FAMILY_NAME_IDS = [16, 17];

const require = createRequire(import.meta.url);

const made = new Map<string, Promise<FontFile[]>>();

/**
 * Subsetting and WOFF2 compression took about 1.3 s of every build (npm run bench), for files that change only
 * with the font package or the ranges: they are kept in node_modules/.cache/deal-atlas-fonts (where build
 * tools keep caches; it goes with node_modules), keyed by the source face, the ranges, the options and
 * subset-font's version, so anything that could change a file makes a new key.
 */
function subsetCached(source: Buffer, text: string, targetFormat: 'woff2' | 'sfnt', names?: { family: string; style: string }): Promise<Buffer> {
  const options = { targetFormat, keepFeatures: [] as string[], preserveNameIds: FAMILY_NAME_IDS };
  const key = createHash('sha256')
    .update(source)
    .update(`\n${text}\n${JSON.stringify(options)}\n${subsetFontVersion()}${names ? `\n${JSON.stringify(names)} ${NAMES_VERSION}` : ''}`)
    .digest('hex');
  // Asked once per process: a renamed WOFF2 is made from the TrueType asked for beside it.
  let pending = inProcess.get(key);
  if (!pending) inProcess.set(key, (pending = readOrMake(key, source, text, options, names)));
  return pending;
}

const inProcess = new Map<string, Promise<Buffer>>();

async function readOrMake(
  key: string,
  source: Buffer,
  text: string,
  options: { targetFormat: 'woff2' | 'sfnt'; keepFeatures: string[]; preserveNameIds: number[] },
  names?: { family: string; style: string },
): Promise<Buffer> {
  const { targetFormat } = options;
  const file = join(cacheDir(), `${key}.${targetFormat}`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return hit;
  // Renamed: cut to TrueType, name it, then (for pages) compress that, keeping the names (ids 1-6, 16, 17).
  const made = !names
    ? await subsetFont(source, text, options)
    : targetFormat === 'sfnt'
      ? withFamilyName(await subsetFont(source, text, options), names.family, names.style)
      : await subsetFont(await subsetCached(source, text, 'sfnt', names), text, options);
  await mkdir(cacheDir(), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`; // then rename: a build reading the cache never sees half a file
  await writeFile(tmp, made);
  await rename(tmp, file);
  return made;
}

/** Part of the key of renamed files: a change to font-names.ts that changes its output must bump it. */
const NAMES_VERSION = 'names 1';

const cacheDir = () => join(dirname(require.resolve('subset-font/package.json')), '..', '.cache', 'deal-atlas-fonts');
const subsetFontVersion = () => (JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')) as { version: string }).version;

/** Both formats of one face cut to `text`, named `<stem>.<hash>.woff2`. */
async function subsetFile(source: Buffer, text: string, stem: string, names?: { family: string; style: string }) {
  const [woff2, ttf] = await Promise.all([subsetCached(source, text, 'woff2', names), subsetCached(source, text, 'sfnt', names)]);
  const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 10);
  return { fileName: `${stem}.${hash}.woff2`, woff2, ttf };
}

/** Every face, subset, for the project at `root` (its CJK characters); computed once per process. */
export function fontFiles(root: string = process.cwd()): Promise<FontFile[]> {
  let files = made.get(root);
  if (!files) made.set(root, (files = makeFontFiles(root)));
  return files;
}

function makeFontFiles(root: string): Promise<FontFile[]> {
  return Promise.all([
    ...FONT_WEIGHTS.flatMap((weight) =>
      FACE_SUBSETS.map(async (subset): Promise<FontFile> => ({
        family: FONT_FAMILY,
        weight,
        unicodeRange: unicodeRange(subset.ranges),
        preload: subset.preload,
        media: 'all',
        ...(await subsetFile(readFileSync(sourceFontPath(subset.source, weight)), rangeText(subset.ranges), `ibm-plex-sans-${subset.name}-${weight}`)),
      })),
    ),
    ...(Object.keys(CJK_FACES) as CjkLocale[]).flatMap((locale) => {
      const face = CJK_FACES[locale];
      const text = cjkCharacters(locale, root);
      return FONT_WEIGHTS.map(async (weight): Promise<FontFile> => ({
        family: face.family,
        weight,
        unicodeRange: unicodeRange(face.ranges),
        // The text face of every page in its language, and its bold on screen too (emboldened): FontFile.media.
        preload: weight === FONT_WEIGHTS[0],
        media: weight === FONT_WEIGHTS[0] ? 'all' : 'print',
        locale,
        ...(await subsetFile(readFileSync(cjkSourcePath(locale, weight)), text, `noto-sans-${face.name}-${weight}`, {
          family: face.family,
          style: weight === 600 ? 'SemiBold' : 'Regular',
        })),
      }));
    }),
    ...(Object.keys(CJK_FACES) as CjkLocale[]).map(async (locale): Promise<FontFile> => {
      const text = [...new Set(LOCALES[locale].name)].filter((ch) => CJK_FACES[locale].script.test(ch)).join('');
      return {
        family: LANGUAGE_NAMES_FAMILY,
        weight: FONT_WEIGHTS[0]!,
        // Exactly its characters: a page fetches it only for the switcher's name in that script.
        unicodeRange: [...text].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`).join(','),
        preload: false,
        media: 'all',
        ...(await subsetFile(readFileSync(cjkSourcePath(locale, FONT_WEIGHTS[0]!)), text, `language-names-${CJK_FACES[locale].name}`, { family: LANGUAGE_NAMES_FAMILY, style: 'Regular' })),
      };
    }),
  ]);
}

/** The @font-face rules, with URLs made by `fontUrl` (file name → site URL); print-only faces inside @media print. */
export function fontFaceCss(files: FontFile[], fontUrl: (fileName: string) => string): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};font-display:swap;` +
        `src:url("${fontUrl(f.fileName)}") format("woff2");unicode-range:${f.unicodeRange}}`,
    )
    .map((rule, i) => (files[i]!.media === 'print' ? `@media print{${rule}}` : rule))
    .join('\n');
}

/**
 * Korean and Chinese pages' stacks: their CJK face after Plex, on the page's root only. An element marked
 * lang="ko" on an English page keeps the English stack and a system face: the language switcher names
 * 한국어 and 简体中文 on every page, which would otherwise fetch both CJK faces for every English reader.
 * Inline charts set their font in SVG attributes (the theme's, shared by all languages): CSS wins over those.
 */
export function languageFontCss(): string {
  return (Object.keys(CJK_FACES) as CjkLocale[])
    .map((locale) => {
      const root = `html[lang|="${LOCALES[locale].tag.split('-')[0]}"]`;
      // On screen, bold from the CJK 400 (FontFile.media); Plex keeps its real 600, so Latin text is never
      // emboldened, and print has the CJK 600, so nothing printed is.
      return `${root}{--font:${fontStack(locale)};font-synthesis-weight:auto}\n${root} svg text{font-family:var(--font)}`;
    })
    .concat(`.language-switch [lang]{font-family:"${FONT_FAMILY}","${LANGUAGE_NAMES_FAMILY}",var(--font)}`)
    .join('\n');
}

/** TrueType copies on disk for resvg (which loads fonts by path), in `dir`; their paths and families. */
export async function trueTypeFiles(dir: string, root?: string): Promise<{ path: string; family: string }[]> {
  mkdirSync(dir, { recursive: true });
  // Pictures have no language switcher: the language names' face is for pages only.
  return (await fontFiles(root)).filter((f) => f.family !== LANGUAGE_NAMES_FAMILY).map((f) => {
    const path = join(dir, f.fileName.replace(/\.woff2$/, '.ttf'));
    if (!existsSync(path)) writeFileSync(path, f.ttf);
    return { path, family: f.family };
  });
}
