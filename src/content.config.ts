// Briefings are an Astro collection (MDX rendering needs it). The JSON datasets in data/ are read by
// src/lib/collections.ts with the validator's reader instead: see getDataset() for why.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefingSchema } from './schema/briefing.ts';

export const collections = {
  briefings: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/briefings' }), schema: briefingSchema }),
};
