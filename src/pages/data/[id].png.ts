import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/collections.ts';
import { chartPaths } from '../../lib/pages/chart.ts';
import { chartPictureSvg, picturesDrawnApart, PICTURE_ZOOM } from '../../lib/pages/pictures.ts';
import { bytesResponse } from '../../lib/pages/shared.ts';
import { projectRasterizer } from '../../pictures/raster.ts';

export const getStaticPaths = () => (picturesDrawnApart() ? [] : chartPaths());

export const GET: APIRoute = async ({ params }) => {
  const picture = await chartPictureSvg(await getDataset(), params.id as string);
  return bytesResponse(await projectRasterizer(import.meta.env.DATA_ROOT).png(picture.svg, PICTURE_ZOOM), 'image/png');
};
