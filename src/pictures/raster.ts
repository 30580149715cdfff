// SVG → PNG at build time, without a browser: resvg (@resvg/resvg-js) with the site's own font files and no
// system fonts, so every machine draws the same pixels. Korean and Chinese text is drawn in the CJK faces the
// pages use (Noto Sans KR, SC), cut to the characters the site uses. Renders are cached on disk by content: the key is the
// SVG, the font files and the resvg version (and the zoom), so an unchanged picture is never drawn again and a
// new font or renderer draws everything afresh. The cache is .cache/pictures/ in the project (gitignored).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CJK_FACES, FONT_FAMILY } from '../fonts/faces.ts';
import { fontFiles, trueTypeFiles } from '../fonts/files.ts';

export interface RenderRequest {
  svg: string;
  /** Device pixels per SVG pixel: 2 draws a 600 px picture as 1200 px. */
  zoom: number;
  /** TrueType files of the site's face. */
  fonts: string[];
}

/** Draws one PNG. resvg by default; tests pass their own to count calls. */
export type Renderer = (req: RenderRequest) => Promise<Buffer>;

export const resvgRenderer: Renderer = async ({ svg, zoom, fonts }) => {
  const { renderAsync } = await import('@resvg/resvg-js');
  // renderAsync draws on libuv's thread pool: Astro keeps rendering pages meanwhile.
  const image = await renderAsync(svg, {
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: zoom },
    logLevel: 'off',
  });
  return image.asPng();
};

export function resvgVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
}

export interface Rasterizer {
  png(svg: string, zoom: number): Promise<Buffer>;
  /** How many PNGs were drawn and how many came from the cache, in this process. */
  stats: { drawn: number; cached: number };
  /**
   * Removes every cached picture this rasterizer was not asked for (a chart since changed, a briefing
   * deleted): without it the cache grows by a render per change, forever. Only for a process that asked
   * for every picture of the site (scripts/lib/pictures-process.ts). Returns how many it removed.
   */
  prune(): Promise<number>;
}

export interface RasterizerOptions {
  cacheDir: string;
  render?: Renderer;
  /** Font files to draw with (default: the site's, written to cacheDir/fonts), with each one's family if known. */
  fonts?: () => Promise<PictureFonts>;
  /** Part of every key (default: the installed resvg's version). */
  version?: string;
}

export interface PictureFonts {
  paths: string[];
  /** Of every file: a new CJK character (a new translation) draws every picture again. */
  hash: string;
  /** Each path's family, in order. */
  families?: string[];
}

async function siteFonts(dir: string): Promise<PictureFonts> {
  const hash = createHash('sha256');
  for (const f of await fontFiles()) hash.update(f.ttf);
  const files = await trueTypeFiles(dir);
  return { paths: files.map((f) => f.path), families: files.map((f) => f.family), hash: hash.digest('hex') };
}

const CJK_FAMILIES: string[] = Object.values(CJK_FACES).map((f) => f.family);

/**
 * The files one picture is drawn with: Plex, and the CJK faces its SVG names (a Chinese chart's stack names
 * Noto Sans SC). resvg falls back through every loaded face in load order, not the stack's: with both CJK
 * faces loaded, a character both have would be drawn in whichever loaded first. An SVG naming none gets
 * them all, so a Korean name on an English chart still draws.
 */
export function fontsFor(svg: string, fonts: PictureFonts): string[] {
  const { paths, families } = fonts;
  const named = CJK_FAMILIES.filter((f) => svg.includes(f));
  if (!families || !named.length) return paths;
  return paths.filter((_, i) => !CJK_FAMILIES.includes(families[i]!) || named.includes(families[i]!));
}

export function createRasterizer({ cacheDir, render = resvgRenderer, fonts, version }: RasterizerOptions): Rasterizer {
  mkdirSync(cacheDir, { recursive: true });
  const renderer = `resvg ${version ?? resvgVersion()}`;
  let loaded: Promise<PictureFonts> | undefined;
  const stats = { drawn: 0, cached: 0 };
  const asked = new Set<string>(); // file names of the pictures asked for in this process
  return {
    stats,
    async prune() {
      let removed = 0;
      for (const name of await readdir(cacheDir)) {
        if (!/^[0-9a-f]{64}\.png$/.test(name) || asked.has(name)) continue; // its pictures only: not fonts/, not another writer's .tmp
        await rm(join(cacheDir, name), { force: true });
        removed++;
      }
      return removed;
    },
    async png(svg, zoom) {
      const font = await (loaded ??= (fonts ?? (() => siteFonts(join(cacheDir, 'fonts'))))());
      const key = createHash('sha256')
        .update(`${renderer}\nfonts ${font.hash}\nzoom ${zoom}\n`)
        .update(svg)
        .digest('hex');
      const file = join(cacheDir, `${key}.png`);
      asked.add(`${key}.png`);
      const hit = await readFile(file).catch(() => undefined);
      if (hit) {
        stats.cached++;
        return hit;
      }
      const png = await render({ svg, zoom, fonts: fontsFor(svg, font) });
      stats.drawn++;
      // Write then rename: a build reading the cache never sees half a file.
      const tmp = `${file}.${process.pid}.${stats.drawn}.tmp`;
      await writeFile(tmp, png);
      await rename(tmp, file);
      return png;
    },
  };
}

const byRoot = new Map<string, Rasterizer>();

/** The build's rasterizer, caching under <project>/.cache/pictures. */
export function projectRasterizer(root: string): Rasterizer {
  let r = byRoot.get(root);
  if (!r) byRoot.set(root, (r = createRasterizer({ cacheDir: join(root, '.cache', 'pictures') })));
  return r;
}
