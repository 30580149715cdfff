// What each edition report PDF compiles (scripts/report.ts prints it from the built pages). The compiler takes a
// plain list; this one adapter decides what goes in it, so pointing the reports at editions is a change here only.
import { periodSortKey } from './periods.ts';
import { sitePath } from './routes.ts';
import { LOCALE_IDS, type Locale } from './i18n/locales.ts';
import { translator } from './i18n/messages.ts';
import { editorialIn } from './i18n/editorial.ts';
import type { SiteContent } from './site-content.ts';

/** The sections of a report, in the order it prints them, with the heading its contents and outline give each. */
export const REPORT_SECTIONS = { briefing: 'Briefings', changes: 'Since the previous edition', charts: 'Charts', deals: 'Deal appendix', sources: 'Sources' } as const;
export type ReportPartKind = keyof typeof REPORT_SECTIONS;

/** One built page printed into a report. */
export interface ReportPart {
  /** Its line in the contents, the outline and the running header. */
  title: string;
  /** Site path of the page (without the base path), as sitePath gives it. */
  path: string;
  kind: ReportPartKind;
}

export interface EditionReport {
  /** A slug: the PDF is sitePath.pdf(reportPdfSlot(id)). */
  id: string;
  /** The edition as the cover and running header name it ("January 2026"). */
  label: string;
  /** The edition as another language's pages name it, where it has a translated label ("2025년 1분기 호"). */
  labels?: Partial<Record<Locale, string>>;
  /** Publication date, YYYY-MM-DD: the cover shows it. */
  date: string;
  /** Pages in print order, grouped by kind in REPORT_SECTIONS order. */
  parts: ReportPart[];
  /** Site paths of the pages that carry the report's download link (a ReportLink placeholder). */
  linkedFrom: string[];
}

/** The report's PDF slot ("reports/<id>"), as page PDFs have "briefings/<slug>". */
export const reportPdfSlot = (id: string) => `reports/${id}`;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * One report per edition with a published briefing: its briefings (newest first), its edition page (what changed
 * since the previous edition), the charts of its briefings' topics, the deal explorer as the appendix and the
 * sources page; linked from the edition's page and from /briefings/. A site without editions gets one report of
 * every published briefing, named after the latest briefing's period, linked from /briefings/.
 */
export function editionReports({ dataset, briefings, editions = [] }: Pick<SiteContent, 'dataset' | 'briefings'> & { editions?: SiteContent['editions'] }): EditionReport[] {
  if (!briefings.length) return [];
  if (editions.length)
    return editions.flatMap(({ edition: e }) => {
      const own = briefings.filter((b) => b.data.edition === e.id);
      if (!own.length) return [];
      const labels = Object.fromEntries(LOCALE_IDS.flatMap((l) => (l === 'en' ? [] : [[l, translator(l)('edition.title', { label: editorialIn(e, 'label', l).text })]])));
      return [{ ...report(dataset, own, { id: e.id, label: `${e.label} edition`, date: e.published, overview: sitePath.edition(e.id), deals: sitePath.editionDeals(e.id), linkedFrom: [sitePath.edition(e.id), sitePath.briefings()] }), labels }];
    });
  const latest = [...briefings].sort((a, b) => periodSortKey(b.data.period).localeCompare(periodSortKey(a.data.period)) || b.data.date.localeCompare(a.data.date))[0]!;
  const date = [...briefings].sort((a, b) => b.data.date.localeCompare(a.data.date))[0]!.data.date;
  return [report(dataset, briefings, { id: slug(latest.data.period), label: latest.data.periodLabel, date, linkedFrom: [sitePath.briefings()] })];
}

function report(
  dataset: SiteContent['dataset'],
  briefings: SiteContent['briefings'],
  { id, label, date, overview, deals = sitePath.deals(), linkedFrom }: { id: string; label: string; date: string; overview?: string; deals?: string; linkedFrom: string[] },
): EditionReport {
  const newest = [...briefings].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const topicIds = new Set(briefings.flatMap((b) => b.data.topics));
  // Topics in the site's order; a topic without charts has nothing for this section.
  const topics = dataset.topics.filter((t) => topicIds.has(t.id) && t.charts.length);
  return {
    id,
    label,
    date,
    parts: [
      ...newest.map((b) => ({ title: b.data.title, path: sitePath.briefing(b.id), kind: 'briefing' as const })),
      ...(overview ? [{ title: REPORT_SECTIONS.changes, path: overview, kind: 'changes' as const }] : []),
      ...topics.map((t) => ({ title: t.title, path: sitePath.topic(t.id), kind: 'charts' as const })),
      { title: REPORT_SECTIONS.deals, path: deals, kind: 'deals' },
      { title: REPORT_SECTIONS.sources, path: sitePath.sources(), kind: 'sources' },
    ],
    linkedFrom,
  };
}
