import type { MetricPoint, MetricSeries } from '../schema/metric.ts';

/** Points of a series matching period and, where given, category and attribution. */
export function findPoints(series: MetricSeries, q: { period?: string; category?: string; by?: string }): MetricPoint[] {
  return series.points.filter(
    (p) => p.period === q.period && (q.category === undefined || p.category === q.category) && (q.by === undefined || p.by === q.by),
  );
}
