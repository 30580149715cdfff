// /briefings/ (and /ko/briefings/, /zh/briefings/): every briefing, grouped by the period it covers, the
// latest-ending period first, and the edition reports' PDFs. A briefing not yet translated is listed in
// English, marked as such.
import { formatIsoDate } from '../dates.ts';
import type { Dataset } from '../dataset.ts';
import { editionReports, reportPdfSlot } from '../edition-reports.ts';
import { periodSortKey } from '../periods.ts';
import type { BriefingEntry } from '../site-content.ts';
import type { EditionEntry } from '../editions.ts';
import { briefingIn } from '../briefing-in.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { formatIsoDateIn } from '../i18n/format-date.ts';
import { translator } from '../i18n/messages.ts';

export function briefingsIndexPage(briefings: BriefingEntry[], dataset: Dataset, editions: EditionEntry[] = [], locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale);
  const date = (iso: string) => (locale === DEFAULT_LOCALE ? formatIsoDate(iso) : formatIsoDateIn(iso, locale));
  const key = (b: BriefingEntry) => periodSortKey(b.data.period);
  // Grouped by the period itself; English groups by its label, as it always has.
  const groupKey = (b: BriefingEntry) => (locale === DEFAULT_LOCALE ? b.data.periodLabel : b.data.period);
  const groups = new Map<string, BriefingEntry[]>();
  for (const b of [...briefings].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0)))
    (groups.get(groupKey(b)) ?? groups.set(groupKey(b), []).get(groupKey(b))!).push(b);
  return {
    title: t('briefings.title'),
    description: t('briefings.description'),
    lede: { before: t('briefings.lede'), link: t('briefings.ledeLink'), after: t('briefings.ledeAfter') },
    /** Placeholders for the reports' links (ReportLink), filled in by the PDF step. */
    reports: editionReports({ dataset, briefings, editions }).map((r) => ({ slot: reportPdfSlot(r.id) })),
    groups: [...groups.values()].map((list) => {
      const shown = list.map((b) => briefingIn(b, locale));
      // The period's name from a translated briefing of it where there is one, else the English label.
      const named = shown.find((s) => s.translated) ?? shown[0]!;
      return {
        period: named.periodLabel,
        lang: named.lang,
        briefings: list.map((b, i) => ({
          href: shown[i]!.href,
          title: shown[i]!.title,
          date: date(b.data.date),
          summary: shown[i]!.summary,
          /** "en" for a briefing shown in English on another language's page. */
          lang: shown[i]!.lang,
          inEnglish: shown[i]!.translated ? undefined : t('briefings.inEnglish'),
        })),
      };
    }),
  };
}
