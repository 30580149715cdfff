import { describe, expect, it } from 'vitest';
import { certainlyBefore, dealStatus, historyProblems } from '../../src/lib/deal-history.ts';
import type { DealEvent } from '../../src/schema/deal-event.ts';

const cite = [{ source: 's', locator: '¶1' }];
const ev = (kind: DealEvent['kind'], value?: string): DealEvent => ({
  kind,
  ...(value ? { date: { value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' } } : {}),
  sources: cite,
});

describe('dealStatus: from the latest event', () => {
  it('signed until something ends or suspends it', () => {
    expect(dealStatus({ events: [ev('announced', '2025')] })).toBe('signed');
    expect(dealStatus({ events: [ev('announced', '2025'), ev('terms-revised', '2026'), ev('option-exercised', '2026')] })).toBe('signed');
    expect(dealStatus({ events: [ev('announced', '2025'), ev('suspended', '2026')] })).toBe('suspended');
    expect(dealStatus({ events: [ev('announced', '2025'), ev('suspended', '2026'), ev('amended', '2027')] })).toBe('signed');
  });
  it('a terminated deal stays terminated when its rights are returned or licensed again', () => {
    expect(dealStatus({ events: [ev('announced', '2025'), ev('terminated', '2026')] })).toBe('terminated');
    expect(dealStatus({ events: [ev('announced', '2025'), ev('terminated', '2026'), ev('rights-returned', '2026')] })).toBe('terminated');
    expect(dealStatus({ events: [ev('announced', '2025'), ev('terminated', '2026'), ev('re-licensed', '2027')] })).toBe('terminated');
  });
});

describe('partial dates in order', () => {
  it('only what is certainly earlier is out of order', () => {
    const d = (value: string) => ({ value, precision: (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day') as 'year' | 'month' | 'day' });
    expect(certainlyBefore(d('2025-02-28'), d('2025-03'))).toBe(true);
    expect(certainlyBefore(d('2025-03'), d('2025-03-17'))).toBe(false);
    expect(certainlyBefore(d('2025'), d('2025-12-31'))).toBe(false);
    expect(certainlyBefore(d('2024'), d('2025-01'))).toBe(true);
  });
  it('an undated announcement before dated events is fine', () => {
    expect(historyProblems({ announced: undefined, events: [ev('announced'), ev('terminated', '2025')] })).toEqual([]);
    expect(historyProblems({ announced: { value: '2025-06', precision: 'month' }, events: [ev('announced'), ev('terminated', '2025-05')] })).toEqual([
      { field: 'events.1.date', message: 'events must be in date order: May 2025 comes before event 1 (June 2025); move it up' },
    ]);
  });
});
