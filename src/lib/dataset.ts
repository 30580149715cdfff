import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import type { MetricSeries } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import type { Topic } from '../schema/topic.ts';

/**
 * Everything the site knows, already validated. Everything builds it with readDataset
 * (src/lib/validate/read-dataset.ts), which reads data/ and content/ from disk: pages through
 * getDataset() (src/lib/collections.ts, once per build; no Astro content collections), tests and scripts
 * directly. Pure functions (queries, chart builders) take a Dataset and never read files.
 */
export interface Dataset {
  sources: Source[];
  companies: Company[];
  deals: Deal[];
  metrics: MetricSeries[];
  topics: Topic[];
}
