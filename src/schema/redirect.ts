import { z } from 'astro/zod';

const SITE_PATH = 'expected a page address on this site such as "/briefings/old-name/": starting and ending with "/", without the domain or base path';
/** A page address relative to the site's base: "/briefings/x/". */
export const sitePathSchema = z.string().regex(/^\/(?:[A-Za-z0-9._~%-]+\/)+$/, SITE_PATH);

/** data/redirects.json: an address that was published once and the page it now lives at. */
export const redirectSchema = z.strictObject({
  from: sitePathSchema,
  to: sitePathSchema,
});
export type Redirect = z.infer<typeof redirectSchema>;
