import type { APIRoute, GetStaticPaths } from 'astro';
import { getBriefings, getDataset } from '../../../lib/collections.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { cardPaths, pageCardSvg, picturesDrawnApart } from '../../../lib/pages/pictures.ts';
import { bytesResponse } from '../../../lib/pages/shared.ts';
import type { CardKind } from '../../../lib/social-image.ts';
import { projectRasterizer } from '../../../pictures/raster.ts';

export const getStaticPaths = (async () => (picturesDrawnApart() ? [] : cardPaths(await getDataset(), await getBriefings()))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kind, id, locale } = props as { kind: CardKind; id: string; locale: Locale };
  const card = await pageCardSvg(await getDataset(), await getBriefings(), kind, id, locale);
  return bytesResponse(await projectRasterizer(import.meta.env.DATA_ROOT).png(card.svg, 1), 'image/png');
};
