import { describe, expect, it } from 'vitest';
import { periodSortKey } from '../../src/lib/periods.ts';

describe('periodSortKey', () => {
  it('orders periods by the month they end, then by the month they start', () => {
    const periods = ['2024/2025-H1', '2025-Q1', '2026-01', '2025-H1', '2024', '2025-Q3'];
    const sorted = [...periods].sort((a, b) => (periodSortKey(a) < periodSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['2024', '2025-Q1', '2024/2025-H1', '2025-H1', '2025-Q3', '2026-01']);
  });
  it('keys halves, quarters and months by their last month', () => {
    expect(periodSortKey('2025-H1')).toBe('2025-06|2025-01');
    expect(periodSortKey('2025-Q4')).toBe('2025-12|2025-10');
    expect(periodSortKey('2026-01')).toBe('2026-01|2026-01');
  });
});
