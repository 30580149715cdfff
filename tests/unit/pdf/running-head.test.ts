// The PDFs' running header and footer as page-margin boxes (scripts/lib/running-head.ts): the title and
// words come from pages and messages, so they must reach the CSS as strings, never as CSS.
import { describe, expect, it } from 'vitest';
import { cssString, pageCountContent, runningHeadCss } from '../../../scripts/lib/running-head.ts';

describe('running head', () => {
  it('puts the page count’s words around the counters, in the language’s order', () => {
    expect(pageCountContent('Page {page} of {total}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCountContent('{page} / {total}')).toBe('counter(page) " / " counter(pages)');
    expect(pageCountContent('{total}쪽 중 {page}쪽')).toBe('counter(pages) "쪽 중 " counter(page) "쪽"');
  });

  it('keeps a title a string: quotes, backslashes, line breaks and </style> cannot end it', () => {
    expect(cssString('Say "hi" \\ o')).toBe('"Say \\"hi\\" \\\\ o"');
    expect(cssString('a\nb')).toBe('"a b"');
    expect(cssString('</style><b>')).toBe('"\\3c /style>\\3c b>"');
    const css = runningHeadCss({ title: 'Korea’s "exports"}\n@page{', siteName: 'Deal Atlas', pageOf: 'Page {page} of {total}' });
    expect(css).toContain('@top-left{content:"Korea’s \\"exports\\"} @page{";');
    // Outside its strings, one @page rule with its three boxes, however the title reads.
    const rules = css.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(rules.match(/@page\{/g)).toHaveLength(1);
    expect(rules.match(/@(top|bottom)-(left|right)\{/g)).toEqual(['@top-left{', '@bottom-left{', '@bottom-right{']);
    expect(rules.split('{').length).toBe(rules.split('}').length);
  });

  it('sets the boxes in the page’s own stack (--font), so they print in the site’s faces', () => {
    const css = runningHeadCss({ title: 'T', siteName: 'S', pageOf: '{page}' });
    for (const box of css.split(/@(?:top|bottom)-\w+\{/).slice(1)) expect(box).toContain('font-family:var(--font)');
  });
});
