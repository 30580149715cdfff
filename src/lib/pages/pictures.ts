// The pictures of the site's pages: each chart as a standalone image (src/pages/data/[id].png.ts, [id].svg.ts)
// and the social cards of charts, briefings, topics and the site (src/pages/cards/). SVG text here; the
// routes draw the PNGs (src/pictures/raster.ts). A chart's picture and card are drawn in every language, at
// addresses named with the language's segment (sitePath.dataPng(id, 'ko') → /data/<id>.ko.png); CSV and JSON
// stay one per chart.
import { chartNotes, sourceLine, sourcesOf } from '../../charts/notes.ts';
import { fontStack } from '../../fonts/faces.ts';
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES, type Locale } from '../i18n/locales.ts';
import { hrefIn } from '../i18n/routing.ts';
import { translator } from '../i18n/messages.ts';
import { editorialIn } from '../i18n/editorial.ts';
import { briefingIn } from '../briefing-in.ts';
import { charts, getChart } from '../../charts/registry.ts';
import { renderChart } from '../../charts/render.ts';
import type { ChartDefinition } from '../../charts/types.ts';
import { chartPicture, type Picture } from '../../pictures/chart-picture.ts';
import { socialCard } from '../../pictures/social-card.ts';
import { siteConfig } from '../../site.config.ts';
import type { Dataset } from '../dataset.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { absoluteUrl, sitePath } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import { cardAlt, pageCard, SITE_CARD_ALT, type CardKind } from '../social-image.ts';

/** A chart's PNG picture is drawn at twice its size, for sharp slides and high-density screens. */
export const PICTURE_ZOOM = 2;

/** The segment a language's pictures are named with: "" for English, "ko", "zh" (sitePath.dataPng's `lang`). */
export const pictureLang = (locale: Locale): string => LOCALES[locale].path;

// The render a wide figure box shows (Figure.astro): the picture is the figure as readers see it on a screen.
const draw = (def: ChartDefinition, ds: Dataset, locale: Locale) => renderChart(def, ds, { accent: siteConfig.accent, layout: 'wide', locale });

export async function chartPictureSvg(ds: Dataset, id: string, locale: Locale = DEFAULT_LOCALE): Promise<Picture> {
  const def = getChart(id);
  const chart = await draw(def, ds, locale);
  const text = def.text(locale);
  return chartPicture({
    chart,
    title: text.title,
    subtitle: text.subtitle,
    description: text.description,
    summary: text.summary,
    notes: chartNotes(def, chart.rows, locale),
    sources: sourceLine(sourcesOf(chart.rows), locale),
    siteName: siteConfig.name,
    url: absoluteUrl(hrefIn(locale).chart(id)),
    fontFamily: fontStack(locale),
    accent: siteConfig.accent,
  });
}

/** A chart picture's route parameter in every language: "<id>" for English, "<id>.ko", "<id>.zh". */
export function chartPicturePaths(): { params: { id: string }; props: { chart: string; locale: Locale } }[] {
  return LOCALE_IDS.flatMap((locale) =>
    charts.map((c) => ({ params: { id: localName(c.id, locale) }, props: { chart: c.id, locale } })),
  );
}

const localName = (id: string, locale: Locale) => (pictureLang(locale) ? `${id}.${pictureLang(locale)}` : id);

/** The lead chart of a briefing (the first it places) or a topic (the first it lists). */
export function leadChart(ds: Dataset, briefings: BriefingEntry[], kind: CardKind, id: string): ChartDefinition | undefined {
  if (kind === 'charts') return getChart(id);
  const first = kind === 'briefings' ? chartsPlaced(briefings.find((b) => b.id === id)?.refs ?? [])[0] : ds.topics.find((t) => t.id === id)?.charts[0];
  return first ? getChart(first) : undefined;
}

/**
 * The language a page's card is drawn in, for a page in `locale`: a chart's always; a briefing's or topic's
 * where its text is translated, else the English card (a card of English words under a Korean label would
 * say no more, and would cost a picture per page).
 */
export function cardLocale(ds: Dataset, briefings: BriefingEntry[], kind: CardKind, id: string, locale: Locale): Locale {
  if (kind === 'charts' || locale === DEFAULT_LOCALE) return locale;
  if (kind === 'briefings') {
    const b = briefings.find((e) => e.id === id);
    return b && briefingIn(b, locale).translated ? locale : DEFAULT_LOCALE;
  }
  const t = ds.topics.find((e) => e.id === id);
  return t && editorialIn(t, 'title', locale).lang === undefined ? locale : DEFAULT_LOCALE;
}

/** A briefing's or topic's page's card, in the page's language where it has one (cardLocale). */
export function ownCard(ds: Dataset, briefings: BriefingEntry[], kind: Exclude<CardKind, 'charts'>, id: string, locale: Locale) {
  const drawn = cardLocale(ds, briefings, kind, id, locale);
  return pageCard(kind, id, cardText(ds, briefings, kind, id, drawn).alt, pictureLang(drawn));
}

/** What a page's card says, in `locale`: kind label, title, summary, alt text, and its lead chart. */
export function cardText(ds: Dataset, briefings: BriefingEntry[], kind: CardKind, id: string, locale: Locale = DEFAULT_LOCALE) {
  const chart = leadChart(ds, briefings, kind, id);
  const tr = translator(locale);
  const text = (() => {
    if (kind === 'charts') {
      const words = chart!.text(locale);
      return { kind: tr('chart.kind'), title: words.title, summary: words.subtitle };
    }
    if (kind === 'briefings') {
      const b = briefings.find((e) => e.id === id);
      if (!b) throw new Error(`no briefing "${id}"`);
      const shown = briefingIn(b, locale);
      return { kind: `${tr('briefing.kind')} · ${shown.periodLabel}`, title: shown.title, summary: shown.summary };
    }
    const t = ds.topics.find((e) => e.id === id);
    if (!t) throw new Error(`no topic "${id}"`);
    return { kind: tr('topic.report.kind'), title: editorialIn(t, 'title', locale).text, summary: editorialIn(t, 'summary', locale).text };
  })();
  // A chart's own card: its title and what the chart shows (its description), not its title twice.
  const alt = kind === 'charts' ? cardAlt(text.title, chart!.text(locale).description, undefined, locale) : cardAlt(text.title, text.summary, chart?.text(locale), locale);
  return { ...text, alt, chart };
}

export async function pageCardSvg(ds: Dataset, briefings: BriefingEntry[], kind: CardKind, id: string, locale: Locale = DEFAULT_LOCALE): Promise<Picture> {
  const { chart, ...text } = cardText(ds, briefings, kind, id, locale);
  return socialCard({ ...text, siteName: siteConfig.name, accent: siteConfig.accent, fontFamily: fontStack(locale), chart: chart && (await draw(chart, ds, locale)) });
}

export function siteCardSvg(): Picture {
  return socialCard({
    kind: '',
    title: siteConfig.tagline,
    summary: 'Briefings · Topics · Charts · Deal explorer · Sources',
    siteName: siteConfig.name,
    accent: siteConfig.accent,
    alt: SITE_CARD_ALT,
  });
}

/**
 * Set in Astro's environment by `npm run build`, which draws the PNG pictures in a process of their own beside
 * Astro (scripts/lib/pictures-process.ts) and adds them to the site: their routes then list no pages. Drawn by
 * Astro, the 130-odd pictures held up its page rendering (its critical path) for about 4 s of a 10,000-deal
 * build, while the machine's other core had time to spare (docs/performance.md). `astro dev` and a plain
 * `astro build` draw them in the routes as before.
 */
export const PICTURES_APART_ENV = 'DEAL_ATLAS_PICTURES_APART';
export const picturesDrawnApart = (): boolean => process.env[PICTURES_APART_ENV] === '1';

export interface PngPicture {
  /** Address under the site, without the base: /data/<id>.png, /cards/<kind>/<id>.png. */
  path: string;
  zoom: number;
  svg(): Promise<string>;
}

/** Every PNG picture with a route of the same pattern: each chart's picture and each page's card (not the site card). */
export function pngPictures(ds: Dataset, briefings: BriefingEntry[]): PngPicture[] {
  return [
    // sitePath, not href: the file's place under dist/, which a BASE_PATH does not change.
    ...chartPicturePaths().map(({ props: { chart, locale } }) => ({
      path: sitePath.dataPng(chart, pictureLang(locale)),
      zoom: PICTURE_ZOOM,
      svg: async () => (await chartPictureSvg(ds, chart, locale)).svg,
    })),
    ...cardPaths(ds, briefings).map(({ props: { kind, id, locale } }) => ({
      path: sitePath.card(kind, id, pictureLang(locale)),
      zoom: 1,
      svg: async () => (await pageCardSvg(ds, briefings, kind, id, locale)).svg,
    })),
  ];
}

/**
 * One card per chart in each language (the route's id "<id>.ko" for Korean), and one per briefing and topic.
 * Props say which page and language the card is of.
 */
export function cardPaths(ds: Dataset, briefings: BriefingEntry[]): { params: { kind: CardKind; id: string }; props: { kind: CardKind; id: string; locale: Locale } }[] {
  const card = (kind: CardKind, id: string, locale: Locale = DEFAULT_LOCALE) => ({ params: { kind, id: localName(id, locale) }, props: { kind, id, locale } });
  return [
    ...LOCALE_IDS.flatMap((locale) => charts.map((c) => card('charts', c.id, locale))),
    // A briefing's or topic's card in each language it is translated into (cardLocale), else English only.
    ...LOCALE_IDS.flatMap((locale) => briefings.filter((b) => cardLocale(ds, briefings, 'briefings', b.id, locale) === locale).map((b) => card('briefings', b.id, locale))),
    ...LOCALE_IDS.flatMap((locale) => ds.topics.filter((t) => cardLocale(ds, briefings, 'topics', t.id, locale) === locale).map((t) => card('topics', t.id, locale))),
  ];
}
