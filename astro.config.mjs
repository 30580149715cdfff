// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { dataFiles } from './src/integrations/data-files.ts';
import { figureLayouts } from './src/integrations/figure-layouts.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { mdxGuard } from './src/integrations/mdx-guard.ts';
import { vegaVendor } from './src/integrations/vega-vendor.ts';
import { astroRedirects } from './src/lib/redirects.ts';
import { siteConfig } from './src/site.config.ts';
import { astroI18n } from './src/lib/i18n/astro-i18n.ts';
import { sitemapWithAlternates } from './src/lib/i18n/sitemap-alternates.ts';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'ignore',
  // English at the root, Korean under /ko/, Simplified Chinese under /zh/ (src/lib/i18n/locales.ts). The
  // pages themselves are one route file each under src/pages/[...locale]/.
  i18n: astroI18n(),
  // Project-local cache (not node_modules/.astro): project copies used by tests and the benchmark link
  // node_modules, and must not share Astro's cache with each other or with this tree.
  cacheDir: './.cache/astro',
  // Published addresses that moved (data/redirects.json): a redirect page at each old address.
  redirects: astroRedirects(fileURLToPath(new URL('.', import.meta.url)), siteConfig.base),
  // Two routes for one address (such as a redirect over a page) stop the build instead of dropping one.
  prerenderConflictBehavior: 'error',
  // Briefings are content, not code: the compiler refuses what the briefing policy forbids (mdx-guard.ts).
  // figureLayouts() serves the figures' generated container queries as a bundled stylesheet.
  // headersFile() writes dist/_headers (security headers for Netlify / Cloudflare Pages); last, so it sees
  // the sitemap's files.
  // localized404() moves /ko/404/ and /zh/404/ to /ko/404.html and /zh/404.html, before the steps that list files.
  integrations: [localized404(), dataFiles(), figureLayouts(), vegaVendor(), mdx({ processor: satteri({ mdastPlugins: [mdxGuard] }) }), sitemap(sitemapWithAlternates(new URL(siteConfig.base, siteConfig.url).href)), headersFile()],
  // Styles and scripts always as files, never inlined: the Content-Security-Policy (Base.astro) allows only 'self'.
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Render the next pages while earlier ones are being written: page writes wait on the disk, and at
    // 10,000 deals this cut page generation by about a fifth (npm run bench).
    concurrency: 8,
  },
  // Vega renders on the server; in the browser, vega-embed loads from dist/vendor/ on request (vega-vendor.ts).
  vite: {
    build: {
      chunkSizeWarningLimit: 1500,
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX marker trips a bundler warning on every briefing (withastro/astro#18087, open):
        // harmless, and noise that would hide real warnings from whoever publishes.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
