// The one list of charts. Chart ids and the series the charts read come from here: tests, the chart test
// fixture, the benchmark's synthetic data and the docs take them from this list rather than repeating it.
// A chart is its definition file, src/charts/definitions/<id>.ts (validation points there), and one line below.
import type { ChartDefinition } from './types.ts';
import { koreaLicensingExports } from './definitions/korea-licensing-exports.ts';
import { chinaLicenseOutValue } from './definitions/china-license-out-value.ts';
import { chinaLicenseOutCount } from './definitions/china-license-out-count.ts';
import { chinaUpfrontVsHeadline } from './definitions/china-upfront-vs-headline.ts';
import { billionDealsByModality } from './definitions/billion-deals-by-modality.ts';
import { assetStageShift } from './definitions/asset-stage-shift.ts';
import { territoryRights } from './definitions/territory-rights.ts';
import { licenseeCountries } from './definitions/licensee-countries.ts';
import { capitalVsLicenseOut } from './definitions/capital-vs-license-out.ts';
import { topDeals } from './definitions/top-deals.ts';
import { jpm2026MarketReaction } from './definitions/jpm-2026-market-reaction.ts';

export const charts: ChartDefinition[] = [
  koreaLicensingExports,
  chinaLicenseOutValue,
  chinaLicenseOutCount,
  chinaUpfrontVsHeadline,
  billionDealsByModality,
  assetStageShift,
  territoryRights,
  licenseeCountries,
  capitalVsLicenseOut,
  topDeals,
  jpm2026MarketReaction,
];

export const chartIds: string[] = charts.map((c) => c.id);

/** Every metric series some chart reads, once each, in the order the charts list them. */
export const chartSeriesIds: string[] = [...new Set(charts.flatMap((c) => c.series))];

/** The chart with this id; an unknown id throws, naming it and listing the valid ones. */
export function getChart(id: string): ChartDefinition {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown chart id "${id}". Valid chart ids: ${chartIds.join(', ')}`);
  return c;
}
