// The embed code (src/lib/embed-snippet.ts), its initial height (embed-height-guess.ts) and a chart's oEmbed
// JSON (src/lib/pages/chart.ts) on the fixture site. The snippet's script runs here in a stand-in window.
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedHeightGuess, lineCount } from '../../../src/lib/embed-height-guess.ts';
import { EMBED_HEIGHT_MESSAGE, embedSnippet } from '../../../src/lib/embed-snippet.ts';
import { chartOembed, chartPage, embedPage } from '../../../src/lib/pages/chart.ts';
import { textWidth } from '../../../src/fonts/metrics.ts';
import { fixtureContent } from '../../helpers/fixture-content.ts';
import { FIXTURE_CHART, removeSites } from '../../helpers/fixture-site.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';

const fx = {} as { small: SiteContent };
beforeAll(async () => {
  fx.small = await fixtureContent();
});
afterAll(removeSites);
const SRC = 'https://atlas.example/embed/x/';

/** Runs the snippet's script with a fake window holding two frames; returns a way to send messages. */
function runScript(html: string) {
  const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
  const frames = [{ contentWindow: {}, style: {} as Record<string, string> }, { contentWindow: {}, style: {} as Record<string, string> }];
  const listeners: ((e: unknown) => void)[] = [];
  const window: Record<string, unknown> = { addEventListener: (type: string, f: (e: unknown) => void) => type === 'message' && listeners.push(f) };
  const document = { querySelectorAll: (sel: string) => (sel === 'iframe[data-deal-atlas-embed]' ? frames : []) };
  runInNewContext(script, { window, document });
  runInNewContext(script, { window, document }); // a second snippet on the same page adds no second listener
  return { frames, listeners, send: (e: unknown) => listeners.forEach((f) => f(e)) };
}

describe('embed snippet', () => {
  const html = embedSnippet({ src: SRC, title: 'Deals "by" <year>', chart: 'x', height: 412.3 });

  it('an iframe of the embed page with an escaped title and a whole-pixel initial height', () => {
    expect(html).toMatch(/^<iframe src="https:\/\/atlas\.example\/embed\/x\/" title="Deals &quot;by&quot; &lt;year&gt;" data-deal-atlas-embed="x" width="100%" height="413" /);
    expect(html).toContain('loading="lazy"');
  });

  it('its script sets the sending frame’s height, from the site’s origin only', () => {
    const w = runScript(html);
    expect(w.listeners).toHaveLength(1);
    const msg = (height: unknown) => ({ type: EMBED_HEIGHT_MESSAGE, chart: 'x', height });
    w.send({ origin: 'https://evil.example', source: w.frames[0]!.contentWindow, data: msg(900) });
    expect(w.frames[0]!.style.height).toBeUndefined();
    w.send({ origin: 'https://atlas.example', source: w.frames[1]!.contentWindow, data: msg(640.2) });
    expect(w.frames[1]!.style.height).toBe('641px');
    expect(w.frames[0]!.style.height).toBeUndefined();
    // Not a number, absurd, or another message type: ignored.
    for (const data of [msg('100px; background:red'), msg(-5), msg(1e9), { type: 'other', height: 10 }, null])
      w.send({ origin: 'https://atlas.example', source: w.frames[1]!.contentWindow, data });
    expect(w.frames[1]!.style.height).toBe('641px');
  });
});

describe('embed height guess', () => {
  it('wraps text as a browser does, at the shipped font’s widths', () => {
    const text = 'Share of Chinese license-out deals at the leading asset stage';
    const full = textWidth(text, 16, 400);
    expect(lineCount(text, 16, 400, full + 1)).toBe(1);
    expect(lineCount(text, 16, 400, full - 1)).toBe(2);
    expect(lineCount('', 16, 400, 100)).toBe(0);
  });

  it('a taller chart, a longer note or a narrower frame makes it taller; the chart is scaled to the box', () => {
    // A 656 px chart in a 680 px frame (656 px box) is drawn at its own size.
    const base = { title: 'T', subtitle: 'S', notes: [], sources: 'Source: X (¶1)', chartWidth: 656, chartHeight: 200 };
    const h = embedHeightGuess(base);
    expect(embedHeightGuess({ ...base, chartHeight: 300 })).toBe(h + 100);
    expect(embedHeightGuess({ ...base, notes: ['A note.'] })).toBeGreaterThan(h);
    // (without a chart, which a narrower frame draws smaller)
    const long = { ...base, chartHeight: 0, subtitle: 'word '.repeat(60) };
    expect(embedHeightGuess({ ...long, frameWidth: 360 })).toBeGreaterThan(embedHeightGuess(long));
    // 1312 px of chart in a 680 px frame (656 px box): drawn at half size; 328 px: at twice its size.
    expect(embedHeightGuess({ ...base, chartWidth: 1312, chartHeight: 400 })).toBe(h);
    expect(embedHeightGuess({ ...base, chartWidth: 328, chartHeight: 100 })).toBe(h);
  });
});

describe('oEmbed', () => {
  it('a rich oEmbed 1.0 response: the snippet as html, its size, the site as provider', async () => {
    const o = await chartOembed(fx.small.dataset, FIXTURE_CHART);
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Deal Atlas', width: 680 });
    expect(o.title).toBe(chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART).title);
    expect(new URL(o.provider_url).pathname).toBe('/');
    expect(o.html).toMatch(new RegExp(`^<iframe src="https?://[^/]+/embed/${FIXTURE_CHART}/" `));
    expect(o.html).toContain(`height="${o.height}"`);
    expect(o.height).toBeGreaterThan(200);
    // The thumbnail is the chart's picture, at its pixel size (2x the picture).
    expect(new URL(o.thumbnail_url).pathname).toBe(`/data/${FIXTURE_CHART}.png`);
    expect(o.thumbnail_width).toBeGreaterThan(1000);
    expect(o.thumbnail_width % 2).toBe(0);
    expect(o.thumbnail_height % 2).toBe(0);
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
  });

  it('the chart page and the embed page link it for discovery', () => {
    const link = { href: expect.stringMatching(new RegExp(`^https?://[^/]+/embed/${FIXTURE_CHART}/oembed\\.json$`)), title: expect.any(String) };
    expect(chartPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART).oembed).toEqual(link);
    expect(embedPage(fx.small.dataset, fx.small.briefings, FIXTURE_CHART).oembed).toEqual(link);
  });
});
