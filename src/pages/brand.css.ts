import { siteConfig } from '../site.config.ts';

// The accent colour as a stylesheet, so branding needs no inline styles (the CSP allows only 'self').
export function GET() {
  const css = `:root{--accent:${siteConfig.accent};--accent-dark:${siteConfig.accentDark}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
