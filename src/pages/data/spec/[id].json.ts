// The vega-lite spec (data inlined) that the "Interact / export" button hands to vega-embed, in each
// language: /data/spec/<id>.json, <id>.ko.json, <id>.zh.json (named as the chart's pictures are).
import type { APIRoute } from 'astro';
import { getDataset } from '../../../lib/collections.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { chartSpec } from '../../../lib/pages/data-files.ts';
import { chartPicturePaths } from '../../../lib/pages/pictures.ts';
import { fileResponse } from '../../../lib/pages/shared.ts';

export const getStaticPaths = chartPicturePaths;

export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as { chart: string; locale: Locale };
  return fileResponse(chartSpec(await getDataset(), chart, locale));
};
