import type { PartialDate } from '../schema/primitives.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "17 March 2025", "February 2025" or "2021": never more precise than the source. */
export function formatPartialDate(d: PartialDate | undefined, opts: { short?: boolean } = {}): string {
  if (!d) return opts.short ? 'not stated' : 'date not stated';
  const [y, m, day] = d.value.split('-');
  if (d.precision === 'year') return y!;
  const name = MONTHS[Number(m) - 1]!;
  const month = opts.short ? name.slice(0, 3) : name;
  return d.precision === 'month' ? `${month} ${y}` : `${Number(day)} ${month} ${y}`;
}

/** An ISO date (YYYY-MM-DD) for readers: "28 March 2025". */
export function formatIsoDate(iso: string): string {
  return formatPartialDate({ value: iso, precision: 'day' });
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD (a source's date) for readers, as precise as written. */
export function formatFlexibleDate(value: string): string {
  return formatPartialDate({ value, precision: (['year', 'month', 'day'] as const)[value.split('-').length - 1]! });
}

/** Sort key: undated deals sort last; a month sorts before any day in it. */
export function dateSortKey(d: PartialDate | undefined): string {
  return d ? d.value : '0000';
}

/** The year of a partial date, or undefined. */
export function yearOf(d: PartialDate | undefined): number | undefined {
  return d ? Number(d.value.slice(0, 4)) : undefined;
}
