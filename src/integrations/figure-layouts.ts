import type { AstroIntegration } from 'astro';
import { figureLayoutCss } from '../charts/figure-layout-css.ts';

/** Import it from a component: the container queries that choose each figure's render (figure-layout-css.ts). */
export const FIGURE_LAYOUTS_CSS = 'virtual:figure-layouts.css';
const RESOLVED = `\0${FIGURE_LAYOUTS_CSS}`;

/**
 * Serves `virtual:figure-layouts.css` to Vite, which bundles it with Figure.astro's other styles into the
 * page's stylesheet file, so the box widths computed in src/charts/theme.ts reach CSS without an inline
 * style (the CSP allows none).
 */
export function figureLayouts(): AstroIntegration {
  return {
    name: 'deal-atlas:figure-layouts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'deal-atlas:figure-layouts-css',
                resolveId: (id: string) => (id === FIGURE_LAYOUTS_CSS ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? figureLayoutCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
