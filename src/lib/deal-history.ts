// A deal's history: its status follows from its events, and the rules its events must keep. Pure.
import type { Deal } from '../schema/deal.ts';
import type { DealEvent } from '../schema/deal-event.ts';
import type { PartialDate } from '../schema/primitives.ts';
import { DEAL_STATUSES, type DealEventKind, type DealStatus } from '../schema/vocab.ts';
import { formatPartialDate } from './dates.ts';
import { formatPartialDateIn } from './i18n/format-date.ts';
import { translator } from './i18n/messages.ts';
import type { Locale } from './i18n/locales.ts';
import { vocabLabel } from './vocab-labels.ts';
import { countText } from './count-text.ts';

/** The status each kind of event leaves a deal in. Re-licensing happens after a termination: this deal stays ended. */
const STATUS_AFTER: Record<DealEventKind, DealStatus> = {
  announced: 'signed',
  amended: 'signed',
  'terms-revised': 'signed',
  'option-exercised': 'signed',
  suspended: 'suspended',
  terminated: 'terminated',
  'rights-returned': 'terminated',
  're-licensed': 'terminated',
};

/** Events allowed after a termination: what becomes of the rights. */
const AFTER_TERMINATION = new Set<DealEventKind>(['rights-returned', 're-licensed']);

/** A deal's status: what its latest event (the last, as events are in date order) left it in. */
export function dealStatus(deal: Pick<Deal, 'events'>): DealStatus {
  const last = deal.events[deal.events.length - 1];
  return last ? STATUS_AFTER[last.kind] : 'signed';
}

/** The statuses in vocabulary order, with their English labels (filters and notes take theirs from vocabLabel). */
export const STATUS_LIST = Object.entries(DEAL_STATUSES).map(([id, label]) => ({ id: id as DealStatus, label }));

/**
 * Which statuses a count of deals includes, said beside the count: "all signed", "8 signed, 2 terminated".
 * Every count on the site counts every status: a terminated deal was still signed, and hiding it is what
 * deal trackers are faulted for.
 */
export function statusesCounted(deals: Pick<Deal, 'events'>[], locale: Locale = 'en'): string {
  const t = translator(locale);
  const n = new Map<DealStatus, number>();
  for (const d of deals) n.set(dealStatus(d), (n.get(dealStatus(d)) ?? 0) + 1);
  const label = (id: DealStatus) => vocabLabel('dealStatus', id, locale).toLowerCase();
  const present = STATUS_LIST.filter((s) => n.has(s.id));
  if (present.length === 0) return t('deals.statuses.none');
  if (present.length === 1) return t('deals.statuses.all', { status: label(present[0]!.id) });
  return present.map((s) => t('deals.statuses.part', { n: countText(n.get(s.id)!, locale), status: label(s.id) })).join(t('deals.statuses.separator'));
}

/** First and last day a partial date may mean, as comparable strings: "2025-02" → 2025-02-01 … 2025-02-31. */
function span(d: PartialDate): [string, string] {
  if (d.precision === 'year') return [`${d.value}-01-01`, `${d.value}-12-31`];
  if (d.precision === 'month') return [`${d.value}-01`, `${d.value}-31`];
  return [d.value, d.value];
}

/** True when b certainly lies before a ("2025-03" is not before "2025-03-17": they may be the same day). */
export function certainlyBefore(b: PartialDate, a: PartialDate): boolean {
  return span(b)[1] < span(a)[0];
}

export interface HistoryProblem {
  /** Field path inside the deal, e.g. "events.2.date". */
  field: string;
  message: string;
}

/**
 * What is wrong with a deal's events: the first is its announcement (dated by the deal's `announced`), every
 * other is dated, they are in date order, and nothing follows a termination but what becomes of the rights.
 * Each event's sources are required by the schema.
 */
export function historyProblems(deal: Pick<Deal, 'announced' | 'events'>): HistoryProblem[] {
  const out: HistoryProblem[] = [];
  const { events } = deal;
  const first = events[0];
  if (first && first.kind !== 'announced')
    out.push({ field: 'events.0.kind', message: `the first event must be "announced" (the deal's announcement), got "${first.kind}"` });
  if (first?.kind === 'announced' && first.date)
    out.push({ field: 'events.0.date', message: `the announcement takes the deal's "announced" date: remove the date here (and set "announced" to ${first.date.value} if that is the date)` });
  let terminatedAt: number | undefined;
  let latest: { date: PartialDate; i: number } | undefined;
  events.forEach((e, i) => {
    if (i > 0 && e.kind === 'announced') out.push({ field: `events.${i}.kind`, message: 'a deal is announced once, as its first event: use "amended" or "terms-revised" for later news' });
    if (i > 0 && !e.date) out.push({ field: `events.${i}.date`, message: `a "${e.kind}" event needs a date, or its place in the history is unknown` });
    const date = eventDate(deal, e, i);
    if (date) {
      if (latest && certainlyBefore(date, latest.date))
        out.push({
          field: `events.${i}.date`,
          message: `events must be in date order: ${formatPartialDate(date)} comes before event ${latest.i + 1} (${formatPartialDate(latest.date)}); move it up`,
        });
      else latest = { date, i };
    }
    if (terminatedAt !== undefined && !AFTER_TERMINATION.has(e.kind))
      out.push({
        field: `events.${i}.kind`,
        message: `"${e.kind}" after the termination (event ${terminatedAt + 1}): after a termination only "rights-returned" or "re-licensed" may follow`,
      });
    if (e.kind === 'terminated') terminatedAt ??= i;
  });
  return out;
}

/** An event's date: its own, or for the announcement (the first event), the deal's `announced`. */
export function eventDate(deal: Pick<Deal, 'announced'>, e: DealEvent, i: number): PartialDate | undefined {
  return i === 0 && e.kind === 'announced' ? deal.announced : e.date;
}

/** One entry of a deal's timeline, as its page shows it. */
export interface TimelineEntry {
  date: string;
  /** ISO-like value for <time datetime>, when dated. */
  datetime?: string;
  kind: string;
  note?: string;
  sources: DealEvent['sources'];
}

/** The deal's events, oldest first, for its History section. */
export function timeline(deal: Pick<Deal, 'announced' | 'events'>, locale: Locale = 'en'): TimelineEntry[] {
  return deal.events.map((e, i) => ({
    date: formatPartialDateIn(eventDate(deal, e, i), locale),
    datetime: eventDate(deal, e, i)?.value,
    kind: vocabLabel('dealEvent', e.kind, locale),
    note: e.note,
    sources: e.sources,
  }));
}
