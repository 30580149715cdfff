// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'ignore',
  integrations: [mdx(), sitemap()],
  build: { format: 'directory' },
  // Vega is only ever rendered on the server; vega-embed is a lazy client chunk.
  vite: { build: { chunkSizeWarningLimit: 1500 } },
});
