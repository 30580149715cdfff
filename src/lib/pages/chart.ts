// A chart's pages: its permalink (src/pages/[...locale]/charts/[id].astro) and its embed
// (src/pages/[...locale]/embed/[id].astro), in each language. Their data downloads are in data-files.ts.
import { editorialIn } from '../i18n/editorial.ts';
import { briefingTitleIn } from './briefing-title.ts';
import { chartNotes, sourceLine, sourcesOf } from '../../charts/notes.ts';
import { charts, getChart } from '../../charts/registry.ts';
import { renderChart } from '../../charts/render.ts';
import { layoutForBox } from '../../charts/theme.ts';
import { siteConfig } from '../../site.config.ts';
import { embedPolicy } from '../csp.ts';
import type { Dataset } from '../dataset.ts';
import { embedBoxWidth, embedHeightGuess, TYPICAL_EMBED_WIDTH } from '../embed-height-guess.ts';
import { embedSnippet } from '../embed-snippet.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { topicsOfChart } from '../queries.ts';
import { absoluteUrl, href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import { url } from '../url.ts';
import { pageCard } from '../social-image.ts';
import { cardText, chartPictureSvg, pictureLang, PICTURE_ZOOM } from './pictures.ts';

/** One page (or file) per registered chart. */
export function chartPaths(): { params: { id: string } }[] {
  return charts.map((c) => ({ params: { id: c.id } }));
}

/** The chart's social card in the language (its own picture, /cards/charts/<id>.ko.png). */
function chartCard(ds: Dataset, briefings: BriefingEntry[], id: string, locale: Locale) {
  return pageCard('charts', id, cardText(ds, briefings, 'charts', id, locale).alt, pictureLang(locale));
}

export function chartPage(ds: Dataset, briefings: BriefingEntry[], id: string, locale: Locale = DEFAULT_LOCALE) {
  const def = getChart(id);
  const text = def.text(locale);
  const t = translator(locale);
  const h = hrefIn(locale);
  return {
    id,
    title: text.title,
    subtitle: text.subtitle,
    report: { kind: t('chart.kind') },
    /** It shows the chart: the page loads the figure script. */
    figures: true,
    /** <link rel="alternate" type="application/json+oembed">: its embed's oEmbed JSON, in the page's language. */
    oembed: oembedLink(id, locale),
    /** Its social card (src/pages/cards/), in the page's language. */
    image: chartCard(ds, briefings, id, locale),
    breadcrumb: { href: h.charts(), text: t('charts.title') },
    usedInHeading: t('chart.usedIn.heading'),
    /** Topics that show it, then briefings that place it (<Chart id="…" />), titled in the page's language where translated. */
    usedIn: [
      ...topicsOfChart(ds, id).map((tp) => ({ kind: t('chart.usedIn.topic'), href: h.topic(tp.id), title: editorialIn(tp, 'title', locale) })),
      ...briefings.filter((b) => chartsPlaced(b.refs).includes(id)).map((b) => ({ kind: t('chart.usedIn.briefing'), href: h.briefing(b.id), title: briefingTitleIn(b, locale) })),
    ],
  };
}

/** The figure alone, for <iframe>s: no site chrome, links open outside the frame. */
export function embedPage(ds: Dataset, briefings: BriefingEntry[], id: string, locale: Locale = DEFAULT_LOCALE) {
  const text = getChart(id).text(locale);
  const h = hrefIn(locale);
  return {
    id,
    lang: locale === 'en' ? siteConfig.locale : LOCALES[locale].tag,
    title: translator(locale)('embed.title', { title: text.title, site: siteConfig.name }),
    /** The chart's own page, in the embed's language. */
    canonical: absoluteUrl(h.chart(id)),
    csp: embedPolicy(),
    icon: url(siteConfig.logo),
    stylesheet: href.brandCss(),
    siteName: siteConfig.name,
    oembed: oembedLink(id, locale),
    /** Shared, an embed's address shows what its chart page shows: the chart's title, subtitle and card. */
    social: { title: text.title, description: text.subtitle, image: chartCard(ds, briefings, id, locale) },
  };
}

/** The oEmbed discovery link of a chart's page and its embed page (absolute, as consumers fetch it). */
function oembedLink(id: string, locale: Locale) {
  return { href: absoluteUrl(hrefIn(locale).embedOembed(id)), title: getChart(id).text(locale).title };
}

/** A chart's embed code (the snippet readers copy) and the iframe's initial size, for a typical column. */
export async function chartEmbed(ds: Dataset, id: string, locale: Locale = DEFAULT_LOCALE): Promise<{ html: string; width: number; height: number }> {
  const def = getChart(id);
  const text = def.text(locale);
  // The render a typical frame's figure box shows (its container queries choose by box width).
  const { rows, width, height: chartHeight } = await renderChart(def, ds, { accent: siteConfig.accent, layout: layoutForBox(embedBoxWidth()).layout, locale });
  const sources = sourcesOf(rows);
  const height = embedHeightGuess({
    title: text.title,
    subtitle: text.subtitle,
    notes: chartNotes(def, rows, locale),
    sources: sourceLine(sources, locale),
    chartWidth: width,
    chartHeight,
  });
  const html = embedSnippet({ src: absoluteUrl(hrefIn(locale).embed(id)), title: text.title, chart: id, height });
  return { html, width: TYPICAL_EMBED_WIDTH, height };
}

/** The chart's picture (/data/<id>.png, titled and sourced; /data/<id>.ko.png in Korean) as the oEmbed thumbnail, at its pixel size. */
export async function chartThumbnail(ds: Dataset, id: string, locale: Locale = DEFAULT_LOCALE): Promise<{ url: string; width: number; height: number }> {
  const picture = await chartPictureSvg(ds, id, locale);
  return { url: absoluteUrl(href.dataPng(id, pictureLang(locale))), width: picture.width * PICTURE_ZOOM, height: picture.height * PICTURE_ZOOM };
}

/** /embed/<id>/oembed.json (/ko/embed/<id>/oembed.json, …): an oEmbed 1.0 "rich" response for the chart's embed (https://oembed.com/). */
export async function chartOembed(ds: Dataset, id: string, locale: Locale = DEFAULT_LOCALE) {
  const embed = await chartEmbed(ds, id, locale);
  const thumb = await chartThumbnail(ds, id, locale);
  return {
    version: '1.0',
    type: 'rich',
    title: getChart(id).text(locale).title,
    provider_name: siteConfig.name,
    provider_url: absoluteUrl(hrefIn(locale).home()),
    html: embed.html,
    width: embed.width,
    height: embed.height,
    thumbnail_url: thumb.url,
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
  };
}
