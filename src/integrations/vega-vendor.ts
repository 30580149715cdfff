import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * vega, vega-lite and vega-embed as their own prebuilt, minified browser files, copied into dist/vendor/
 * and loaded in that order only when a reader asks for the interactive view (src/client/figure.ts).
 * Bundling them through Vite on every build cost about 150 MB of the build's memory and a second or two,
 * for code that never changes between builds. Versioned names, so a new release is never served stale.
 */
const PACKAGES = [
  { name: 'vega', file: 'build/vega.min.js' },
  { name: 'vega-lite', file: 'build/vega-lite.min.js' },
  { name: 'vega-embed', file: 'build/vega-embed.min.js' },
];

export interface VendorFile {
  /** Served at <base>vendor/<name>. */
  name: string;
  source: string;
}

/** The vendor files, in load order, named after their package versions. */
export async function vegaVendorFiles(root: string): Promise<VendorFile[]> {
  return Promise.all(
    PACKAGES.map(async (p) => {
      const dir = path.join(root, 'node_modules', p.name);
      const { version } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { version: string };
      return { name: `${p.name}-${version}.min.js`, source: path.join(dir, p.file) };
    }),
  );
}

export function vegaVendor(): AstroIntegration {
  let files: VendorFile[] = [];
  return {
    name: 'deal-atlas:vega-vendor',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        files = await vegaVendorFiles(fileURLToPath(config.root));
        // Figure.astro writes these names (under the base) onto its "Interact / export" button.
        updateConfig({ vite: { define: { 'import.meta.env.VEGA_VENDOR': JSON.stringify(files.map((f) => f.name).join(' ')) } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const name = /\/vendor\/([^/?#]+)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
          const file = files.find((f) => f.name === name);
          if (!file) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          createReadStream(file.source).pipe(res);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = path.join(fileURLToPath(dir), 'vendor');
        await mkdir(out, { recursive: true });
        await Promise.all(files.map((f) => copyFile(f.source, path.join(out, f.name))));
      },
    },
  };
}
