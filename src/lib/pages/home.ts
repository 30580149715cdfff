// The home page (src/pages/index.astro): the latest briefing, key figures, topics and every briefing.
import { formatValue } from '../format.ts';
import type { Dataset } from '../dataset.ts';
import { formatIsoDate } from '../dates.ts';
import { keyFigures } from '../key-figures.ts';
import { href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';

export function homePage(ds: Dataset, briefings: BriefingEntry[]) {
  const latest = briefings[0];
  return {
    latest: latest && {
      href: href.briefing(latest.id),
      title: latest.data.title,
      periodLabel: latest.data.periodLabel,
      date: formatIsoDate(latest.data.date),
      summary: latest.data.summary,
    },
    figures: keyFigures(ds).map((f) => {
      const cite = f.point.sources[0]!;
      return {
        value: formatValue(f.point.value, f.series.unit, f.point.qualifier, f.point.upper),
        label: f.label,
        source: { href: href.sourceSection(cite.source), text: `${f.sourceTitle}, ${cite.locator}` },
      };
    }),
    topics: ds.topics.map((t) => ({ href: href.topic(t.id), title: t.title, summary: t.summary })),
    briefings: briefings.map((b) => ({ href: href.briefing(b.id), title: b.data.title, periodLabel: b.data.periodLabel })),
  };
}
