import type { APIRoute } from 'astro';
import { siteCardSvg } from '../../lib/pages/pictures.ts';
import { bytesResponse } from '../../lib/pages/shared.ts';
import { projectRasterizer } from '../../pictures/raster.ts';

export const GET: APIRoute = async () => bytesResponse(await projectRasterizer(import.meta.env.DATA_ROOT).png(siteCardSvg().svg, 1), 'image/png');
