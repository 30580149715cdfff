// The Content-Security-Policy of the site's pages, in one place: the <meta> tags (layouts/Base.astro,
// pages/embed/[id].astro) and the HTTP headers of the _headers file (integrations/headers-file.ts).

/** The search page's extra script-src token: pagefind runs WebAssembly. */
export const SEARCH_SCRIPT_SRC = "'wasm-unsafe-eval'";

/**
 * Pages on Base.astro: only the site's own scripts and styles; data: for the inline SVG logo fallbacks.
 * `scriptSrc` adds script-src tokens for one page.
 */
export function pagePolicy(scriptSrc = ''): string {
  return `default-src 'self'; script-src 'self'${scriptSrc ? ` ${scriptSrc}` : ''}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`;
}

/** The embed pages (/embed/<id>/): the figure alone, no fonts and no forms. */
export function embedPolicy(): string {
  return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";
}

/** A policy as an HTTP header, where (unlike in a <meta> tag) it can also say who may frame the page. */
export function headerPolicy(policy: string, frameAncestors: string): string {
  return `${policy}; frame-ancestors ${frameAncestors}`;
}
