// A chart's pages: its permalink (src/pages/charts/[id].astro) and its embed (src/pages/embed/[id].astro).
// Their data downloads are in data-files.ts.
import { charts, getChart } from '../../charts/registry.ts';
import { siteConfig } from '../../site.config.ts';
import { embedPolicy } from '../csp.ts';
import type { Dataset } from '../dataset.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { topicsOfChart } from '../queries.ts';
import { absoluteUrl, href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import { url } from '../url.ts';
import { pageCard } from '../social-image.ts';
import { cardText } from './pictures.ts';

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
export function embedPage(id: string) {
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
  };
}
