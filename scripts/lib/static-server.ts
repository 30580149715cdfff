// The one static server over a built site (tests, the explorer timing, the reader audit): index.html for directories, real content types,
// 404.html with status 404 for anything missing. Listens on 127.0.0.1 at a random port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // pagefind's index files: fetched and decoded by pagefind itself
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  origin: string;
  /** Absolute URL for a site path ("/deals/" → "http://127.0.0.1:1234/deals/"). */
  url(p: string): string;
  close(): Promise<void>;
  server: Server;
}

/** Resolve a request path to a file inside root, or undefined (never escapes root). */
export function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if (!existsSync(file)) return undefined;
  const st = statSync(file);
  if (st.isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return st.isFile() ? file : undefined;
}

/**
 * The 404 page for a missing address: the nearest 404.html above it ("/ko/x/" gets /ko/404.html, a
 * language's own), as Netlify and Cloudflare Pages serve them; else the site's.
 */
function notFoundPage(dir: string, sitePathname: string): string {
  const parts = sitePathname.split('/').filter(Boolean).slice(0, -1);
  for (let n = parts.length; n > 0; n--) {
    const nested = path.join(dir, ...parts.slice(0, n), '404.html');
    if (!path.relative(dir, nested).startsWith('..') && existsSync(nested)) return nested;
  }
  return path.join(dir, '404.html');
}

/**
 * base: the sub-path the site was built for (BASE_PATH), e.g. "/atlas"; requests outside it get the 404 page.
 * pages: fixed HTML bodies by path, served before files (a test's control page beside the built site).
 */
export async function startStaticServer(root: string, base = process.env.BASE_PATH ?? '/', pages: Record<string, string> = {}): Promise<StaticServer> {
  const dir = path.resolve(root);
  const prefix = base.replace(/\/+$/, '');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const inBase = !prefix || pathname === prefix || pathname.startsWith(`${prefix}/`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pages[pathname] !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(req.method === 'HEAD' ? undefined : pages[pathname]);
      return;
    }
    const file = inBase ? resolveFile(dir, pathname.slice(prefix.length) || '/') : undefined;
    const status = file ? 200 : 404;
    const body = file ?? notFoundPage(dir, inBase ? pathname.slice(prefix.length) : '/');
    if (!existsSync(body)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(status, { 'Content-Type': contentType(body), 'Content-Length': statSync(body).size, 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    server,
    url: (p) => new URL(p, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
