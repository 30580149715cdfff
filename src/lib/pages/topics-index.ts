// /topics/: every topic with its summary and chart count.
import type { Dataset } from '../dataset.ts';
import { href } from '../routes.ts';

export function topicsIndexPage(ds: Dataset) {
  return {
    topics: ds.topics.map((t) => ({ href: href.topic(t.id), title: t.title, summary: t.summary, charts: `${t.charts.length} chart${t.charts.length === 1 ? '' : 's'}` })),
  };
}
