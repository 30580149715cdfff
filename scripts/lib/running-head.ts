// The running header and footer of the report pages' PDFs (scripts/pdf.ts), as CSS page-margin boxes added
// to the page before it prints. Chromium's headerTemplate and footerTemplate render outside the page: they
// cannot use its web fonts, not even as data URLs, so they printed in a system face (and Korean or Chinese in
// whatever fallback the machine had). Margin boxes are laid out with the page, in its faces and its
// language's stack (--font), so the whole PDF is in the site's type.

export interface RunningHead {
  /** The page's title, at the top left of every page. */
  title: string;
  /** The site's name, at the bottom left. */
  siteName: string;
  /** The page count in the page's language, with {page} and {total} where the numbers go ("Page {page} of {total}"). */
  pageOf: string;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces, `<` as an escape (inside <style>). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ').replace(/</g, '\\3c ')}"`;
}

/** The `content` value of the page count: the message's words around counter(page) and counter(pages). */
export function pageCountContent(pageOf: string): string {
  return pageOf
    .split(/(\{page\}|\{total\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{total}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export function runningHeadCss({ title, siteName, pageOf }: RunningHead): string {
  // 8 pt-ish small print in the muted ink of print.css (--print-muted), like the page's own captions.
  const box = 'font-family:var(--font);font-size:8px;font-weight:400;color:var(--print-muted)';
  return (
    `@page{` +
    `@top-left{content:${cssString(title)};${box};vertical-align:bottom;padding-bottom:4mm}` +
    `@bottom-left{content:${cssString(siteName)};${box};vertical-align:top;padding-top:4mm}` +
    `@bottom-right{content:${pageCountContent(pageOf)};${box};vertical-align:top;padding-top:4mm}` +
    `}`
  );
}
