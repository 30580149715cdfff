import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/collections.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { chartPicturePaths, chartPictureSvg } from '../../lib/pages/pictures.ts';
import { fileResponse } from '../../lib/pages/shared.ts';

// Each chart's picture in each language, as the PNG's (data/[id].png.ts).
export const getStaticPaths = chartPicturePaths;

export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as { chart: string; locale: Locale };
  return fileResponse({ body: (await chartPictureSvg(await getDataset(), chart, locale)).svg, contentType: 'image/svg+xml' });
};
