// /charts/: every chart as a card, its thumbnail the static SVG itself: the NARROW render, laid out for a
// card's width, so its text stays legible (the wide one would shrink to a few px).
import { charts } from '../../charts/registry.ts';
import { renderChart } from '../../charts/render.ts';
import { siteConfig } from '../../site.config.ts';
import type { Dataset } from '../dataset.ts';
import { href } from '../routes.ts';

export async function chartsIndexPage(ds: Dataset) {
  return {
    charts: await Promise.all(
      charts.map(async (def) => ({
        href: href.chart(def.id),
        title: def.title,
        subtitle: def.subtitle,
        svg: (await renderChart(def, ds, { accent: siteConfig.accent, layout: 'narrow' })).svg,
      })),
    ),
  };
}
