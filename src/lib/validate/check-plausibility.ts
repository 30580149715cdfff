// Checks on schema-valid records that need the build date: a date far in the future is a typo (2052 for
// 2025, a swapped month and day) that no schema can see.
import type { Dataset } from '../dataset.ts';
import type { PartialDate } from '../../schema/primitives.ts';
import { periodLatestStart } from '../periods.ts';
import { FILES, type BriefingFile } from './check-dataset.ts';
import type { Problem } from './problem.ts';

/**
 * How far past the build date a date may lie: a briefing or announcement dated up to a month ahead (an
 * embargoed release, a briefing written for the coming month) is allowed.
 */
export const FUTURE_MARGIN_DAYS = 31;

/** The first day a partial date can mean: "2025" → 2025-01-01, "2025-03" → 2025-03-01. */
const firstDay = (value: string) => (value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);

function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const isRealIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Dates after the build date plus `marginDays`: deal announcements, source dates, metric periods (by the
 * day the latest part starts) and published briefings' dates and periods. Drafts are not published, so
 * their dates may lie ahead.
 */
export function futureDates(ds: Dataset, briefings: BriefingFile[], builtOn: string, marginDays: number): Problem[] {
  if (!isRealIsoDate(builtOn))
    return [{ file: 'src/site.config.ts', record: '', field: 'builtOn', message: `the build date "${builtOn}" (BUILD_DATE or siteConfig.builtOn) is not a real date YYYY-MM-DD` }];
  const limit = addDays(builtOn, marginDays);
  const problems: Problem[] = [];
  const check = (file: string, record: string, field: string, what: string, first: string | undefined) => {
    if (first !== undefined && first > limit)
      problems.push({
        file,
        record,
        field,
        message: `${what} is in the future: after the build date ${builtOn} plus ${marginDays} days (${limit}); check the year, or if the date is right build with BUILD_DATE set to the day you build`,
      });
  };
  const partial = (d: PartialDate | undefined) => (d ? firstDay(d.value) : undefined);
  for (const s of ds.sources) check(FILES.sources, s.id, 'date', `"${s.date}"`, firstDay(s.date));
  for (const d of ds.deals) check(FILES.deals, d.id, 'announced.value', `"${d.announced?.value}"`, partial(d.announced));
  for (const m of ds.metrics)
    m.points.forEach((p, i) => check(FILES.metric(m.id), m.id, `points.${i}.period`, `period "${p.period}"`, periodLatestStart(p.period)));
  for (const b of briefings) {
    if (b.data.draft) continue;
    check(b.file, b.slug, 'date', `"${b.data.date}"`, b.data.date);
    check(b.file, b.slug, 'period', `period "${b.data.period}"`, periodLatestStart(b.data.period));
  }
  return problems;
}
