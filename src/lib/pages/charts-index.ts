// /charts/ (/ko/charts/, /zh/charts/): every chart as a card, its thumbnail the static SVG itself: the NARROW
// render, laid out for a card's width, so its text stays legible (the wide one would shrink to a few px).
import { charts } from '../../charts/registry.ts';
import { renderChart } from '../../charts/render.ts';
import { siteConfig } from '../../site.config.ts';
import type { Dataset } from '../dataset.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';

export async function chartsIndexPage(ds: Dataset, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale);
  const h = hrefIn(locale);
  return {
    title: t('charts.title'),
    description: t('charts.description'),
    intro: t('charts.intro'),
    charts: await Promise.all(
      charts.map(async (def) => {
        const text = def.text(locale);
        return {
          href: h.chart(def.id),
          title: text.title,
          subtitle: text.subtitle,
          svg: (await renderChart(def, ds, { accent: siteConfig.accent, layout: 'narrow', locale })).svg,
        };
      }),
    ),
  };
}
