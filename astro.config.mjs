// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'ignore',
  // Project-local cache (not node_modules/.astro): project copies used by tests and the benchmark link
  // node_modules, and must not share the content layer's data store with each other or with this tree.
  cacheDir: './.cache/astro',
  integrations: [mdx(), sitemap()],
  // Styles and scripts always as files, never inlined: the Content-Security-Policy (Base.astro) allows only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Vega is only ever rendered on the server; vega-embed is a lazy client chunk (large, loaded on request).
  vite: { build: { chunkSizeWarningLimit: 1500, assetsInlineLimit: 0 } },
});
