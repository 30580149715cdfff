import type { Dataset } from './dataset.ts';
import type { MetricPoint, MetricSeries } from '../schema/metric.ts';
import { findPoints } from './metrics.ts';

/** `id` names its caption in the message files ("home.figure.<id>"); `label` is the English caption. */
export interface KeyFigure { id: string; series: MetricSeries; point: MetricPoint; label: string; sourceTitle: string }

// The home page's headline figures: which points, and how to caption them. Missing points are skipped,
// so a consultancy's dataset without one of these still builds.
const PICKS: { id: string; series: string; period: string; category?: string; by?: string; label: string }[] = [
  { id: 'chinaValueArc', series: 'china-license-out-value', period: '2024', by: 'ARC', label: 'China license-out deal value, 2024 (ARC)' },
  { id: 'chinaValuePharmCube', series: 'china-license-out-value', period: '2024', by: 'PharmCube', label: 'China license-out deal value, 2024 (PharmCube)' },
  { id: 'chinaBillionDeals', series: 'china-billion-dollar-deals', period: '2025-H1', category: 'Deals over $1B', label: 'Chinese license-out deals over $1B, H1 2025' },
  { id: 'koreaExports', series: 'korea-licensing-exports', period: '2024', label: 'South Korea biotech licensing exports, 2024' },
  { id: 'chinaPreclinicalShare', series: 'china-asset-stage-share', period: '2024', label: 'Preclinical share of China license-out deals, 2024' },
  { id: 'chinaPrimaryFinancing', series: 'china-primary-financing-value', period: '2024', label: 'Primary financing of Chinese biotech, 2024' },
];

export function keyFigures(ds: Dataset): KeyFigure[] {
  return PICKS.flatMap((pick) => {
    const series = ds.metrics.find((m) => m.id === pick.series);
    const [point] = series ? findPoints(series, pick) : [];
    if (!series || !point) return [];
    const sourceTitle = ds.sources.find((s) => s.id === point.sources[0]!.source)?.title ?? point.sources[0]!.source;
    return [{ id: pick.id, series, point, label: pick.label, sourceTitle }];
  });
}
