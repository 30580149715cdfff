import { brandCss } from '../lib/pages/feeds.ts';
import { fileResponse } from '../lib/pages/shared.ts';

export const GET = async () => fileResponse(await brandCss());
