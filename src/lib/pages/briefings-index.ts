// /briefings/: every briefing, grouped by the period it covers, the latest-ending period first, and the
// edition reports' PDFs.
import { formatIsoDate } from '../dates.ts';
import type { Dataset } from '../dataset.ts';
import { editionReports, reportPdfSlot } from '../edition-reports.ts';
import { periodSortKey } from '../periods.ts';
import { href } from '../routes.ts';
import type { BriefingEntry } from '../site-content.ts';
import type { EditionEntry } from '../editions.ts';

export function briefingsIndexPage(briefings: BriefingEntry[], dataset: Dataset, editions: EditionEntry[] = []) {
  const key = (b: BriefingEntry) => periodSortKey(b.data.period);
  const groups = new Map<string, BriefingEntry[]>();
  for (const b of [...briefings].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0)))
    (groups.get(b.data.periodLabel) ?? groups.set(b.data.periodLabel, []).get(b.data.periodLabel)!).push(b);
  return {
    /** Placeholders for the reports' links (ReportLink), filled in by the PDF step. */
    reports: editionReports({ dataset, briefings, editions }).map((r) => ({ slot: reportPdfSlot(r.id) })),
    groups: [...groups].map(([period, list]) => ({
      period,
      briefings: list.map((b) => ({ href: href.briefing(b.id), title: b.data.title, date: formatIsoDate(b.data.date), summary: b.data.summary })),
    })),
  };
}
