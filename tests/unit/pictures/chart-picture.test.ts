// A chart as a standalone picture and as a social card (src/pictures/): what is inside, wrapping by the
// measured width, light ink instead of currentColor, escaping, and that resvg reads the result.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FONT_STACK } from '../../../src/fonts/faces.ts';
import { textWidth } from '../../../src/fonts/metrics.ts';
import { getChart } from '../../../src/charts/registry.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { escapeMarkup } from '../../../src/lib/escape.ts';
import { chartPictureSvg } from '../../../src/lib/pages/pictures.ts';
import { chartPicture, displayUrl, PICTURE } from '../../../src/pictures/chart-picture.ts';
import { sourceLine } from '../../../src/charts/notes.ts';
import { PICTURE_COLOURS } from '../../../src/pictures/palette.ts';
import { CARD, socialCard } from '../../../src/pictures/social-card.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { EVIL, fixtureDataset } from '../../fixtures/charts/dataset.ts';

interface Text {
  x: number;
  y: number;
  px: number;
  weight: number;
  text: string;
}
/** The picture's own text lines (not the chart's, which sits in a nested <svg>). */
function texts(svg: string): Text[] {
  const outside = svg.replace(/<svg x=[\s\S]*?<\/svg>/g, '');
  return [...outside.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    px: Number(m[3]),
    weight: m[4]!.includes('font-weight="600"') ? 600 : 400,
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
  }));
}
const placed = (svg: string) => {
  const m = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
  const [x, y, w, h, vw] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { x, y, w, h, scale: w / vw };
};
const size = (svg: string) => {
  const m = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]) };
};

const base = async (id = 'china-license-out-value') => {
  const def = getChart(id);
  const chart = await renderChart(def, fixtureDataset(), { accent: siteConfig.accent });
  return {
    chart,
    title: def.title,
    subtitle: def.subtitle,
    description: def.description,
    notes: def.notes,
    sources: sourceLine([{ title: 'Report A', locators: ['¶1', '¶2'] }]),
    siteName: siteConfig.name,
    url: 'https://deal-atlas.example/charts/x/',
    accent: siteConfig.accent,
  };
};

describe('chart picture', () => {
  it('carries title, subtitle, notes, sources with locators, the site and the chart’s address, as the figure shows them', async () => {
    const def = getChart('china-license-out-value');
    const p = await chartPictureSvg(fixtureDataset(), def.id);
    const lines = texts(p.svg).map((t) => t.text).join(' ');
    expect(lines).toContain(def.title);
    expect(lines).toContain(def.subtitle);
    for (const note of def.notes) expect(lines).toContain(note);
    // Two sources in the fixture's rows for this chart, each with its locator, as Figure.astro words them.
    expect(lines).toContain('Sources: Report A (¶1); News B (¶7)');
    expect(lines).toContain(siteConfig.name);
    expect(lines).toContain(displayUrl(new URL(`/charts/${def.id}/`, siteConfig.url).href));
    expect(lines).toContain('“Nearly” marks'); // the fixture's "nearly" point: its qualifier note
    expect(size(p.svg)).toEqual({ width: p.width, height: p.height });
    expect(p.svg).toContain(`<title>${escapeMarkup(def.title)}</title>`);
  });

  it('in Korean and Chinese: its words, notes, sources line, chart and address in the language', async () => {
    const def = getChart('china-license-out-value');
    for (const [locale, segment, sources, unit] of [['ko', 'ko', '출처: Report A (¶1); News B (¶7)', '억 달러'], ['zh-Hans', 'zh', '来源：Report A (¶1)；News B (¶7)', '亿美元']] as const) {
      const p = await chartPictureSvg(fixtureDataset(), def.id, locale);
      const lines = texts(p.svg).map((t) => t.text).join(' ');
      const words = def.text(locale);
      expect(lines).toContain(words.subtitle.slice(0, 8));
      for (const note of words.notes) expect(lines).toContain(note.slice(0, 8));
      expect(lines).toContain(sources);
      expect(lines).toContain(displayUrl(new URL(`/${segment}/charts/${def.id}/`, siteConfig.url).href));
      expect(p.svg).toContain(`<title>${escapeMarkup(words.title)}</title>`);
      expect(p.svg).toContain(unit); // the chart inside, drawn in the language
      expect(lines).not.toContain(def.notes[0]!);
    }
  });

  it('is light: white page, the light ink instead of currentColor, the site face named by its CSS stack', async () => {
    const p = chartPicture(await base());
    expect(p.svg).not.toContain('currentColor');
    expect((await base()).chart.svg).toContain('currentColor'); // what the page's chart draws ink with
    expect(p.svg).toMatch(new RegExp(`(fill|stroke)="${PICTURE_COLOURS.ink}"`));
    expect(p.svg).toContain(`<rect width="${p.width}" height="${p.height}" fill="#ffffff"/>`);
    expect(p.svg).toContain(`font-family="${escapeMarkup(FONT_STACK)}"`);
    const title = texts(p.svg)[0]!;
    expect(title.weight).toBe(600);
    expect(p.svg).toMatch(new RegExp(`<text [^>]*fill="${PICTURE_COLOURS.ink}"[^>]*>${title.text}`));
  });

  it('wraps title and subtitle by measured width, and the picture grows to hold them', async () => {
    const input = await base();
    const short = chartPicture(input);
    const long = chartPicture({ ...input, title: `${input.title}, with a much longer title that cannot fit on one line of the picture at all` });
    const content = long.width - 2 * PICTURE.pad;
    const titleLines = texts(long.svg).filter((t) => t.px === PICTURE.title.px);
    expect(titleLines.length).toBeGreaterThan(1);
    for (const t of titleLines) expect(textWidth(t.text, t.px, 600), t.text).toBeLessThanOrEqual(content);
    expect(long.height - short.height).toBe((titleLines.length - 1) * PICTURE.title.lineHeight);
    // The chart moved down with the title: nothing overlaps it.
    expect(placed(long.svg).y - placed(short.svg).y).toBe(long.height - short.height);
    // Every line is inside the picture.
    for (const t of texts(long.svg)) expect(t.y).toBeLessThan(long.height);
  });

  it('gives each line its width in the site face, so a viewer drawing a fallback face keeps it inside the picture', async () => {
    const p = chartPicture(await base());
    const lines = [...p.svg.replace(/<svg x=[\s\S]*?<\/svg>/g, '').matchAll(/<text [^>]*font-size="([\d.]+)"([^>]*)>([^<]*)</g)];
    expect(lines.length).toBeGreaterThan(4);
    for (const [, px, attrs, text] of lines) {
      const weight = attrs!.includes('font-weight="600"') ? 600 : 400;
      const length = Number(/textLength="([\d.]+)"/.exec(attrs!)?.[1]);
      expect(length, text).toBeCloseTo(textWidth(text!.replace(/&amp;/g, '&'), Number(px), weight), 1);
      expect(attrs).toContain('lengthAdjust="spacingAndGlyphs"');
    }
  });

  it('escapes text from data', async () => {
    const p = chartPicture({ ...(await base()), sources: sourceLine([{ title: EVIL, locators: ['¶1'] }]) });
    expect(p.svg).not.toContain('<script');
    expect(p.svg).toContain('&lt;script&gt;');
  });

  it('draws: resvg reads it at twice the size', async () => {
    const p = chartPicture(await base());
    const r = new Resvg(p.svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'zoom', value: 2 } });
    expect([r.width, r.height]).toEqual([p.width, p.height]);
    const img = r.render();
    expect([img.width, img.height]).toEqual([p.width * 2, p.height * 2]);
  });

  it('draws the characters the face lacks with a stand-in (the top deals’ "A → B")', async () => {
    const p = await chartPictureSvg(fixtureDataset(), 'top-deals');
    expect((await renderChart(getChart('top-deals'), fixtureDataset(), { accent: siteConfig.accent })).svg).toContain('→');
    expect(p.svg).not.toMatch(/>[^<>]*→[^<>]*</); // drawn text (aria-labels keep the arrow: not drawn)
    expect(p.svg).toMatch(/>[^<>]* › [^<>]*</);
  });
});

describe('social card', () => {
  const card = async (id: string, title?: string) => {
    const input = await base(id);
    return socialCard({ siteName: siteConfig.name, accent: siteConfig.accent, kind: 'Chart', title: title ?? input.title, summary: input.subtitle, chart: input.chart, alt: 'alt' });
  };

  it('is 1200 × 630 with the brand bar in the accent, the site name, the kind, the title and the summary', async () => {
    const c = await card('korea-licensing-exports');
    expect([c.width, c.height]).toEqual([1200, 630]);
    expect(size(c.svg)).toEqual({ width: 1200, height: 630 });
    expect(c.svg).toContain(`<rect width="1200" height="${CARD.bar}" fill="${siteConfig.accent}"/>`);
    const t = texts(c.svg).map((x) => x.text);
    expect(t).toContain(siteConfig.name);
    expect(t).toContain('Chart');
    expect(t.join(' ')).toContain(getChart('korea-licensing-exports').title);
    expect(c.svg).not.toContain('currentColor');
  });

  it('shows the chart large: scaled up to fill the card, inside it, below or beside the text', async () => {
    for (const id of ['korea-licensing-exports', 'asset-stage-shift', 'capital-vs-license-out', 'top-deals']) {
      const c = await card(id);
      const ch = placed(c.svg);
      expect(ch.scale, id).toBeGreaterThan(1);
      expect(ch.x, id).toBeGreaterThanOrEqual(CARD.margin - 1);
      expect(ch.x + ch.w, id).toBeLessThanOrEqual(1200 - CARD.margin + 1);
      expect(ch.y, id).toBeGreaterThan(CARD.bar);
      expect(ch.y + ch.h, id).toBeLessThanOrEqual(630);
      // Below the text, or to the right of it: never over it.
      const text = texts(c.svg).filter((x) => x.y > CARD.bar);
      const below = text.every((x) => x.y < ch.y);
      const beside = text.every((x) => x.x + textWidth(x.text, x.px, x.weight) < ch.x);
      expect(below || beside, id).toBe(true);
    }
  });

  it('wraps a long title within the card, at most two lines over a chart, with an ellipsis', async () => {
    const c = await card('korea-licensing-exports', 'A title so long that it runs over two lines of the card at forty pixels and still has words left to say at the end of it, '.repeat(3));
    const title = texts(c.svg).filter((x) => x.px === CARD.chartTitle.px);
    expect(title.length).toBeGreaterThan(1);
    expect(title.length).toBeLessThanOrEqual(5);
    for (const t of title) expect(t.x + textWidth(t.text, t.px, 600)).toBeLessThanOrEqual(1200 - CARD.margin);
    expect(title.at(-1)!.text).toMatch(/…$/);
  });

  it('without a chart: a larger title and the summary', () => {
    const c = socialCard({ siteName: 'S', accent: '#0f5e8c', kind: 'Topic', title: 'T', summary: 'Summary line', alt: 'a' });
    expect(c.svg).not.toContain('<svg x=');
    const t = texts(c.svg);
    expect(t.find((x) => x.text === 'T')!.px).toBe(CARD.title.px);
    expect(t.find((x) => x.text === 'Summary line')!.px).toBe(CARD.summary.px);
  });
});
