/** Component references in an MDX body: <Chart id>, <Num series period category by>, <DealTerm deal term>. */
export interface MdxRef {
  tag: 'Chart' | 'Num' | 'DealTerm';
  attrs: Record<string, string>;
  /** 1-based line in the body. */
  line: number;
}

const TAG = /<(Chart|Num|DealTerm)\b([^>]*?)\/?>/g;
const ATTR = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

export function mdxRefs(body: string): MdxRef[] {
  const refs: MdxRef[] = [];
  for (const m of body.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    refs.push({ tag: m[1] as MdxRef['tag'], attrs, line: body.slice(0, m.index).split('\n').length });
  }
  return refs;
}
