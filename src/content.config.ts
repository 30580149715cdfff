// Astro collections over the top-level data/ and content/ folders. The schemas are the plain modules
// in src/schema (shared with `npm run validate`, which also runs the cross-reference checks).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { briefingSchema } from './schema/briefing.ts';
import { companySchema } from './schema/company.ts';
import { dealSchema } from './schema/deal.ts';
import { metricSeriesSchema } from './schema/metric.ts';
import { sourceSchema } from './schema/source.ts';
import { topicSchema } from './schema/topic.ts';

export const collections = {
  sources: defineCollection({ loader: file('data/sources.json'), schema: sourceSchema }),
  companies: defineCollection({ loader: file('data/companies.json'), schema: companySchema }),
  deals: defineCollection({ loader: file('data/deals.json'), schema: dealSchema }),
  topics: defineCollection({ loader: file('data/topics.json'), schema: topicSchema }),
  metrics: defineCollection({ loader: glob({ pattern: '*.json', base: 'data/metrics' }), schema: metricSeriesSchema }),
  briefings: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/briefings' }), schema: briefingSchema }),
};
