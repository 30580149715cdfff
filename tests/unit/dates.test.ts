// Partial dates are shown no more precisely than the source gives them, and sort sensibly.
import { describe, expect, it } from 'vitest';
import { dateSortKey, formatIsoDate, formatPartialDate, yearOf } from '../../src/lib/dates.ts';

describe('formatPartialDate', () => {
  it('day, month and year precision', () => {
    expect(formatPartialDate({ value: '2025-03-07', precision: 'day' })).toBe('7 March 2025');
    expect(formatPartialDate({ value: '2025-02', precision: 'month' })).toBe('February 2025');
    expect(formatPartialDate({ value: '2021', precision: 'year' })).toBe('2021');
  });
  it('December and January (month index edges)', () => {
    expect(formatPartialDate({ value: '2024-12-31', precision: 'day' })).toBe('31 December 2024');
    expect(formatPartialDate({ value: '2026-01', precision: 'month' })).toBe('January 2026');
  });
  it('no date', () => {
    expect(formatPartialDate(undefined)).toBe('date not stated');
    expect(formatPartialDate(undefined, { short: true })).toBe('not stated');
  });
  it('short month names for tables, precision unchanged', () => {
    expect(formatPartialDate({ value: '2026-01-13', precision: 'day' }, { short: true })).toBe('13 Jan 2026');
    expect(formatPartialDate({ value: '2025-09', precision: 'month' }, { short: true })).toBe('Sep 2025');
    expect(formatPartialDate({ value: '2021', precision: 'year' }, { short: true })).toBe('2021');
  });
  it('formatIsoDate', () => {
    expect(formatIsoDate('2025-03-28')).toBe('28 March 2025');
  });
});

describe('dateSortKey', () => {
  it('orders year < month < day within the same period, and undated first ascending (last when newest-first)', () => {
    const dates = [
      { value: '2025-03-17', precision: 'day' as const },
      undefined,
      { value: '2025', precision: 'year' as const },
      { value: '2025-03', precision: 'month' as const },
      { value: '2024-12-31', precision: 'day' as const },
    ];
    // (sort entries, not the dates: Array#sort moves undefined elements to the end without comparing them)
    const sorted = dates
      .map((d) => ({ key: dateSortKey(d), name: d?.value ?? 'none' }))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((e) => e.name);
    expect(sorted).toEqual(['none', '2024-12-31', '2025', '2025-03', '2025-03-17']);
  });
});

describe('yearOf', () => {
  it('reads the year at any precision', () => {
    expect(yearOf({ value: '2025-03-17', precision: 'day' })).toBe(2025);
    expect(yearOf({ value: '2024-11', precision: 'month' })).toBe(2024);
    expect(yearOf({ value: '2019', precision: 'year' })).toBe(2019);
    expect(yearOf(undefined)).toBeUndefined();
  });
});
