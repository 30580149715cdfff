import { siteConfig } from '../site.config.ts';

// The accent colour as a stylesheet, so branding needs no inline styles (the CSP allows only 'self').
export function GET() {
  // --site-origin lets print.css print internal links as full addresses.
  const origin = JSON.stringify(new URL(siteConfig.url).origin);
  const css = `:root{--accent:${siteConfig.accent};--accent-dark:${siteConfig.accentDark};--site-origin:${origin}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
