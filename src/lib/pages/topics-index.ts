// /topics/: every topic with its summary and chart count.
import type { Dataset } from '../dataset.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import { editorialIn } from '../i18n/editorial.ts';

export function topicsIndexPage(ds: Dataset, locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  return {
    topics: ds.topics.map((tp) => ({
      href: h.topic(tp.id),
      title: editorialIn(tp, 'title', locale),
      summary: editorialIn(tp, 'summary', locale),
      charts: t.count('topics.charts', tp.charts.length),
    })),
  };
}
