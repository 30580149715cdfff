import { periodPartBounds } from '../schema/periods.ts';

/**
 * Sort key for a period id ("2025-Q1", "2025-H1", "2026-01", "2024", "2024/2025-H1"): the month it ends,
 * then the month it starts, as "YYYY-MM|YYYY-MM". Later-ending periods sort later; H1 2025 after Q1 2025.
 */
export function periodSortKey(period: string): string {
  const parts = period.split('/');
  const bound = (p: string, end: boolean): string => {
    const m = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(p);
    if (!m) return p;
    const [, y, sub] = m;
    let first = 1;
    let last = 12;
    if (sub?.startsWith('Q')) [first, last] = [Number(sub[1]) * 3 - 2, Number(sub[1]) * 3];
    else if (sub?.startsWith('H')) [first, last] = [Number(sub[1]) * 6 - 5, Number(sub[1]) * 6];
    else if (sub) first = last = Number(sub);
    return `${y}-${String(end ? last : first).padStart(2, '0')}`;
  };
  return `${bound(parts[parts.length - 1]!, true)}|${bound(parts[0]!, false)}`;
}

/** First day of the latest-starting part of a valid period id; undefined for free labels ("c2020"). */
export function periodLatestStart(period: string): string | undefined {
  const starts = period.split('/').map((p) => periodPartBounds(p)?.start);
  if (starts.some((s) => s === undefined)) return undefined;
  return starts.sort().pop();
}
