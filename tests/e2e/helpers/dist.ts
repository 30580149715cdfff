// Where the built site lives for the e2e tests: DIST_DIR, or <project>/dist (which `npm test` builds first).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const distDir = path.resolve(projectRoot, process.env.DIST_DIR ?? 'dist');

/** Throws a clear message when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built site at ${distDir} (index.html missing): run npm run build first (or set DIST_DIR).`);
  }
  return distDir;
}

/** Every file under dist (relative, forward slashes). */
export function distFiles(dir = distDir, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...distFiles(dir, r));
    else out.push(r);
  }
  return out;
}

/** Ids of directory pages under a route, e.g. dirIds('charts') → ['asset-stage-shift', …]. */
export function dirIds(route: string): string[] {
  const d = path.join(distDir, route);
  return readdirSync(d).filter((n) => existsSync(path.join(d, n, 'index.html'))).sort();
}

export function readDist(rel: string): string {
  return readFileSync(path.join(distDir, rel), 'utf8');
}

/** The site's base path as built (from the home page's canonical link is not reliable; use the brand link). */
export function sitePath(p: string): string {
  const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
  return `${base}${p.startsWith('/') ? p : `/${p}`}`;
}

/** The dist-relative file path for a site URL path ("/atlas/_astro/x.js" → "_astro/x.js" under BASE_PATH=/atlas). */
export function distPath(pathname: string): string {
  const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
  const p = decodeURIComponent(pathname);
  return (base && p.startsWith(`${base}/`) ? p.slice(base.length) : p).replace(/^\//, '');
}

export const projectData = <T>(rel: string): T => JSON.parse(readFileSync(path.join(projectRoot, rel), 'utf8')) as T;
