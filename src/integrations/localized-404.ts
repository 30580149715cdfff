import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveLocalized404 } from '../lib/i18n/not-found.ts';

/** Puts each language's 404 page where static hosts look for it (src/lib/i18n/not-found.ts). First in the list: later steps see the moved files. */
export function localized404(): AstroIntegration {
  return {
    name: 'deal-atlas:localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => moveLocalized404(fileURLToPath(dir)),
    },
  };
}
