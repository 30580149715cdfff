// A chart's pages: its permalink (src/pages/charts/[id].astro) and its embed (src/pages/embed/[id].astro).
// Their data downloads are in data-files.ts.
import { chartNotes, sourceLine, sourcesOf } from '../../charts/notes.ts';
import { charts, getChart } from '../../charts/registry.ts';
import { renderChart } from '../../charts/render.ts';
import { layoutForBox } from '../../charts/theme.ts';
import { siteConfig } from '../../site.config.ts';
import { embedPolicy } from '../csp.ts';
import type { Dataset } from '../dataset.ts';
import { embedBoxWidth, embedHeightGuess, TYPICAL_EMBED_WIDTH } from '../embed-height-guess.ts';
import { embedSnippet } from '../embed-snippet.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { topicsOfChart } from '../queries.ts';
import { absoluteUrl, href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import { url } from '../url.ts';
import { pageCard } from '../social-image.ts';
import { cardText, chartPictureSvg, PICTURE_ZOOM } from './pictures.ts';

/** One page (or file) per registered chart. */
export function chartPaths(): { params: { id: string } }[] {
  return charts.map((c) => ({ params: { id: c.id } }));
}

export function chartPage(ds: Dataset, briefings: BriefingEntry[], id: string) {
  const def = getChart(id);
  return {
    id,
    title: def.title,
    subtitle: def.subtitle,
    report: { kind: 'Chart' },
    /** It shows the chart: the page loads the figure script. */
    figures: true,
    /** <link rel="alternate" type="application/json+oembed">: its embed's oEmbed JSON. */
    oembed: oembedLink(id),
    /** Its social card (src/pages/cards/). */
    image: pageCard('charts', id, cardText(ds, briefings, 'charts', id).alt),
    /** Topics that show it, then briefings that place it (<Chart id="…" />). */
    usedIn: [
      ...topicsOfChart(ds, id).map((t) => ({ kind: 'Topic', href: href.topic(t.id), text: t.title })),
      ...briefings.filter((b) => chartsPlaced(b.refs).includes(id)).map((b) => ({ kind: 'Briefing', href: href.briefing(b.id), text: b.data.title })),
    ],
  };
}

/** The figure alone, for <iframe>s: no site chrome, links open outside the frame. */
export function embedPage(ds: Dataset, briefings: BriefingEntry[], id: string) {
  const def = getChart(id);
  return {
    id,
    lang: siteConfig.locale,
    title: `${def.title} · ${siteConfig.name}`,
    /** The chart's own page. */
    canonical: absoluteUrl(href.chart(id)),
    csp: embedPolicy(),
    icon: url(siteConfig.logo),
    stylesheet: href.brandCss(),
    siteName: siteConfig.name,
    oembed: oembedLink(id),
    /** Shared, an embed's address shows what its chart page shows: the chart's title, subtitle and card. */
    social: { title: def.title, description: def.subtitle, image: pageCard('charts', id, cardText(ds, briefings, 'charts', id).alt) },
  };
}

/** The oEmbed discovery link of a chart's page and its embed page (absolute, as consumers fetch it). */
function oembedLink(id: string) {
  return { href: absoluteUrl(href.embedOembed(id)), title: getChart(id).title };
}

/** A chart's embed code (the snippet readers copy) and the iframe's initial size, for a typical column. */
export async function chartEmbed(ds: Dataset, id: string): Promise<{ html: string; width: number; height: number }> {
  const def = getChart(id);
  // The render a typical frame's figure box shows (its container queries choose by box width).
  const { rows, width, height: chartHeight } = await renderChart(def, ds, { accent: siteConfig.accent, layout: layoutForBox(embedBoxWidth()).layout });
  const sources = sourcesOf(rows);
  const height = embedHeightGuess({
    title: def.title,
    subtitle: def.subtitle,
    notes: chartNotes(def, rows),
    sources: sourceLine(sources),
    chartWidth: width,
    chartHeight,
  });
  const html = embedSnippet({ src: absoluteUrl(href.embed(id)), title: def.title, chart: id, height });
  return { html, width: TYPICAL_EMBED_WIDTH, height };
}

/** The chart's picture (/data/<id>.png, titled and sourced) as the oEmbed thumbnail, at its pixel size. */
export async function chartThumbnail(ds: Dataset, id: string): Promise<{ url: string; width: number; height: number }> {
  const picture = await chartPictureSvg(ds, id);
  return { url: absoluteUrl(href.dataPng(id)), width: picture.width * PICTURE_ZOOM, height: picture.height * PICTURE_ZOOM };
}

/** /embed/<id>/oembed.json: an oEmbed 1.0 "rich" response for the chart's embed (https://oembed.com/). */
export async function chartOembed(ds: Dataset, id: string) {
  const def = getChart(id);
  const embed = await chartEmbed(ds, id);
  const thumb = await chartThumbnail(ds, id);
  return {
    version: '1.0',
    type: 'rich',
    title: def.title,
    provider_name: siteConfig.name,
    provider_url: absoluteUrl(href.home()),
    html: embed.html,
    width: embed.width,
    height: embed.height,
    thumbnail_url: thumb.url,
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
  };
}
