// Pictures are drawn once per content (src/pictures/raster.ts): the key is the SVG, the font files and the
// renderer's version, so an unchanged chart is not drawn again, in this build or the next.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRasterizer, resvgRenderer, type RenderRequest } from '../../../src/pictures/raster.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'pictures-cache-'));
  dirs.push(d);
  return d;
};

/** A renderer that records its calls and returns a marker, not a real PNG. */
function counting() {
  const calls: RenderRequest[] = [];
  return { calls, render: async (req: RenderRequest) => (calls.push(req), Buffer.from(`png of ${req.svg} at ${req.zoom}`)) };
}
const fonts = (hash: string) => async () => ({ paths: ['/fonts/a.ttf'], hash });

describe('picture cache', () => {
  it('draws a picture once: the second request, in this process or a new one, reads the cache', async () => {
    const cacheDir = tempDir();
    const r = counting();
    const a = createRasterizer({ cacheDir, render: r.render, fonts: fonts('f1'), version: '1' });
    const first = await a.png('<svg>1</svg>', 2);
    expect(await a.png('<svg>1</svg>', 2)).toEqual(first);
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]).toEqual({ svg: '<svg>1</svg>', zoom: 2, fonts: ['/fonts/a.ttf'] });
    // The next build: a new rasterizer on the same folder.
    const b = createRasterizer({ cacheDir, render: r.render, fonts: fonts('f1'), version: '1' });
    expect(await b.png('<svg>1</svg>', 2)).toEqual(first);
    expect(r.calls).toHaveLength(1);
    expect(b.stats).toEqual({ drawn: 0, cached: 1 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws again when the SVG, the zoom, a font file or the renderer changes', async () => {
    const cacheDir = tempDir();
    const r = counting();
    const make = (hash: string, version: string) => createRasterizer({ cacheDir, render: r.render, fonts: fonts(hash), version });
    await make('f1', '1').png('<svg>1</svg>', 2);
    await make('f1', '1').png('<svg>2</svg>', 2);
    await make('f1', '1').png('<svg>2</svg>', 1);
    await make('f2', '1').png('<svg>2</svg>', 1);
    await make('f2', '2').png('<svg>2</svg>', 1);
    expect(r.calls).toHaveLength(5);
    await make('f2', '2').png('<svg>2</svg>', 1);
    expect(r.calls).toHaveLength(5);
  });

  it('the real renderer draws with the site’s fonts only, at the zoom asked', async () => {
    const cacheDir = tempDir();
    const a = createRasterizer({ cacheDir });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><text x="2" y="15" font-size="12">Ab</text></svg>';
    const png = await a.png(svg, 2);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([60, 40]);
    // The site's faces were written beside the cache for resvg, as TrueType.
    expect(readdirSync(join(cacheDir, 'fonts')).filter((f) => f.endsWith('.ttf')).length).toBeGreaterThan(0);
    // Text is drawn (with no system fonts, a face that failed to load would leave it blank).
    const blank = await resvgRenderer({ svg: svg.replace('Ab', ''), zoom: 2, fonts: [] });
    expect(png.equals(blank)).toBe(false);
  });
});

describe('picture cache pruning', () => {
  it('removes the renders no picture of this build asked for, and nothing else in the folder', async () => {
    const cacheDir = tempDir();
    const r = counting();
    const make = () => createRasterizer({ cacheDir, render: r.render, fonts: fonts('f1'), version: '1' });
    const last = make();
    await last.png('<svg>kept</svg>', 2);
    await last.png('<svg>changed since</svg>', 2);
    writeFileSync(join(cacheDir, 'notes.txt'), 'not a render');
    mkdirSync(join(cacheDir, 'fonts'), { recursive: true });
    writeFileSync(join(cacheDir, 'fonts', 'a.ttf'), 'font');
    const pngs = () => readdirSync(cacheDir).filter((f) => f.endsWith('.png'));
    expect(pngs()).toHaveLength(2);
    // The next build asks for one of the two pictures (from the cache) and one new one.
    const next = make();
    await next.png('<svg>kept</svg>', 2);
    await next.png('<svg>new</svg>', 2);
    expect(pngs()).toHaveLength(3);
    expect(await next.prune()).toBe(1);
    expect(pngs()).toHaveLength(2);
    expect(readdirSync(cacheDir).sort()).toEqual([...pngs(), 'fonts', 'notes.txt'].sort());
    // What it kept is what this build asked for: a third build reads both from the cache.
    const calls = r.calls.length;
    const third = make();
    await third.png('<svg>kept</svg>', 2);
    await third.png('<svg>new</svg>', 2);
    expect(r.calls.length).toBe(calls);
    expect(await third.prune()).toBe(0);
  });
});
