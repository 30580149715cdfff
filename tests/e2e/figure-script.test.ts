// Every page that shows a figure loads the figure script exactly once (tooltips, interactive view), and
// no page without a figure loads it (pages without charts ship no JavaScript). The script is placed by
// the layout, not by each Figure, so its place in the page is the same in every build.
import { describe, expect, it } from 'vitest';
import { distFiles, distPath, readDist, requireDist } from './helpers/dist.ts';

requireDist();
const pages = distFiles().filter((f) => f.endsWith('.html'));
const moduleScripts = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
const isFigureScript = (src: string) => readDist(distPath(src)).includes('figure-tooltip');

describe('figure script', () => {
  const withFigures = pages.filter((f) => /<figure class="figure[ "]/.test(readDist(f)));

  it('found pages with and without figures', () => {
    expect(withFigures.length).toBeGreaterThanOrEqual(11 + 11 + 7); // chart and embed pages, topics
    expect(pages.length - withFigures.length).toBeGreaterThan(10);
  });

  it('pages with figures load it once, after the last figure', () => {
    const bad: string[] = [];
    for (const f of withFigures) {
      const html = readDist(f);
      const srcs = moduleScripts(html).filter(isFigureScript);
      if (srcs.length !== 1) bad.push(`${f}: ${srcs.length} figure scripts`);
      else if (html.indexOf(srcs[0]!) < html.lastIndexOf('<figure class="figure')) bad.push(`${f}: script before a figure`);
    }
    expect(bad).toEqual([]);
  });

  it('pages without figures do not load it', () => {
    const bad = pages.filter((f) => !withFigures.includes(f) && moduleScripts(readDist(f)).some(isFigureScript));
    expect(bad).toEqual([]);
  });
});
