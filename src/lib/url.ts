import { siteConfig } from '../site.config.ts';

/**
 * A site path under the configured base ("/deals/" → "/atlas/deals/" when deployed under /atlas).
 * Reads the base from site.config.ts (as astro.config.mjs does), not import.meta.env.BASE_URL, which a
 * stray BASE_URL environment variable (set by vitest, some CI systems) silently overrides.
 */
export function url(path: string): string {
  const base = siteConfig.base.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
