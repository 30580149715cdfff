// The chart pictures and page cards (PNG) for `npm run build`, drawn in a child process beside Astro: resvg's
// work (about 25 ms of one core per picture, 130-odd pictures) would otherwise sit on Astro's page rendering,
// the build's critical path, while the other core has time to spare. Reads the validated data from the
// snapshot Astro reads (src/lib/dataset-snapshot.ts), draws through the same functions and the same cache as
// the routes (src/lib/pages/pictures.ts, src/pictures/raster.ts), so the files are the bytes Astro would have
// written, and writes them under the given folder at their addresses; scripts/build.ts moves them into the site.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readSnapshot } from '../../src/lib/dataset-snapshot.ts';
import { pngPictures, siteCardSvg } from '../../src/lib/pages/pictures.ts';
import { siteContent } from '../../src/lib/site-content.ts';
import { projectRasterizer } from '../../src/pictures/raster.ts';

export interface PicturesResult {
  pictures: number;
  drawn: number;
  cached: number;
  /** Cached renders no picture of this build asked for, removed from the cache. */
  pruned: number;
}

if (process.send) {
  const [root, snapshotFile, outDir] = process.argv.slice(2) as [string, string, string];
  // Written by validation (a few seconds); on bad data there is none and the build stops this process.
  const snapshot = await readSnapshot(snapshotFile, 10 * 60_000);
  if (!snapshot) throw new Error(`pictures: no validated data at ${snapshotFile}`);
  const { dataset, briefings } = siteContent(snapshot);
  const raster = projectRasterizer(root);
  const pictures = pngPictures(dataset, briefings);
  for (const p of pictures) {
    const file = path.join(outDir, p.path);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await raster.png(await p.svg(), p.zoom));
  }
  const stats = { ...raster.stats }; // taken before the site card, which is Astro's picture, not one of these
  // Astro draws the site card (/cards/site.png, a route of its own): asked here too, so pruning keeps it.
  await raster.png(siteCardSvg().svg, 1);
  const pruned = await raster.prune();
  process.send({ pictures: pictures.length, drawn: stats.drawn, cached: stats.cached, pruned } satisfies PicturesResult, () => process.exit(0));
}
