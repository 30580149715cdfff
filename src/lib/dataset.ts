import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import type { MetricSeries } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import type { Topic } from '../schema/topic.ts';

/**
 * Everything the site knows, already validated. Pages build it from Astro collections
 * (src/lib/collections.ts); tests and scripts build it from files (src/lib/validate/read-dataset.ts).
 * Pure functions (queries, chart builders) take a Dataset and never read files.
 */
export interface Dataset {
  sources: Source[];
  companies: Company[];
  deals: Deal[];
  metrics: MetricSeries[];
  topics: Topic[];
}
