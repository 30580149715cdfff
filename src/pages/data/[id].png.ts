import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/collections.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { chartPicturePaths, chartPictureSvg, picturesDrawnApart, PICTURE_ZOOM } from '../../lib/pages/pictures.ts';
import { bytesResponse } from '../../lib/pages/shared.ts';
import { projectRasterizer } from '../../pictures/raster.ts';

// Each chart's picture in each language: /data/<id>.png, /data/<id>.ko.png, /data/<id>.zh.png.
export const getStaticPaths = () => (picturesDrawnApart() ? [] : chartPicturePaths());

export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as { chart: string; locale: Locale };
  const picture = await chartPictureSvg(await getDataset(), chart, locale);
  return bytesResponse(await projectRasterizer(import.meta.env.DATA_ROOT).png(picture.svg, PICTURE_ZOOM), 'image/png');
};
