/** Component references in an MDX body: <Chart id>, <Num series period category by>, <DealTerm deal term>. */
export interface MdxRef {
  tag: 'Chart' | 'Num' | 'DealTerm';
  attrs: Record<string, string>;
  /** 1-based line in the body. */
  line: number;
}

const TAG = /<(Chart|Num|DealTerm)\b([^>]*?)\/?>/g;
const ATTR = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

/**
 * The body with fenced code blocks and inline code spans blanked out (newlines kept, so lines still
 * match): MDX renders `<Chart id="x" />` inside code as text, not as a component.
 */
export function withoutCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

export function mdxRefs(body: string): MdxRef[] {
  const refs: MdxRef[] = [];
  const text = withoutCode(body);
  for (const m of text.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    refs.push({ tag: m[1] as MdxRef['tag'], attrs, line: text.slice(0, m.index).split('\n').length });
  }
  return refs;
}
