import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Pages read data/ with plain file reads (src/lib/collections.ts), not through Vite's module graph, so
 * this tells them where the project is (import.meta.env.DATA_ROOT) and, in `astro dev`, refreshes
 * pages when a file under data/ changes.
 */
export function dataFiles(): AstroIntegration {
  return {
    name: 'deal-atlas:data-files',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command }) => {
        const root = fileURLToPath(config.root);
        const dataDir = path.join(root, 'data');
        updateConfig({
          vite: {
            // SERVING: `astro dev`, from the command, not from NODE_ENV (import.meta.env.PROD): a build run with
            // NODE_ENV=test or development (vitest sets it; so may a shell) would otherwise publish drafts.
            define: { 'import.meta.env.DATA_ROOT': JSON.stringify(root), 'import.meta.env.SERVING': JSON.stringify(command === 'dev') },
            plugins: [
              {
                name: 'deal-atlas:data-reload',
                apply: 'serve',
                configureServer(server) {
                  server.watcher.add(dataDir);
                  const reload = (file: string) => {
                    if (!file.startsWith(dataDir + path.sep)) return;
                    // Astro keeps each route's getStaticPaths() result in dev; this event (the one its own
                    // content layer sends) clears that cache, so pages get the edited records.
                    for (const [name, env] of Object.entries(server.environments))
                      if (name !== 'client') env.hot.send('astro:content-changed', {});
                    server.ws.send({ type: 'full-reload', path: '*' });
                  };
                  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
                },
              },
            ],
          },
        });
      },
    },
  };
}
