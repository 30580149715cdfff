import { mdxToMdast } from 'satteri';
import type { Problem } from './problem.ts';

/** The components a briefing's MDX can use (src/pages/briefings/[slug].astro passes these to <Content>). */
export const BRIEFING_COMPONENTS = ['Chart', 'DealTerm', 'Num'] as const;

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/** What to write instead, for the MDX mistakes prose writers make most. */
function hint(message: string): string {
  if (/after `<`/.test(message)) return ' A "<" in prose starts a tag in MDX: write \\< (or &lt;) for the character itself.';
  if (/brace|expression/.test(message)) return ' A "{" in prose starts an expression in MDX: write \\{ for the character itself.';
  if (/closing tag/.test(message)) return ' Close the tag (<div>…</div>) or make it self-closing (<br />).';
  return '';
}

/**
 * Problems in a briefing's MDX body that would otherwise stop Astro's build with a stack trace, or only
 * when its page renders: text MDX cannot parse, and components a briefing cannot use. Parsed with satteri,
 * the parser @astrojs/mdx compiles with, so what passes here compiles there. `bodyLine` is the file line
 * of the body's first line: lines are reported as the editor shows them.
 */
export function mdxProblems(body: string, file: string, record: string, bodyLine: number): Problem[] {
  const at = (line: number) => `body line ${bodyLine + line - 1}`;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (err) {
    // satteri's message: "19:7: Unexpected character after `<`, … (mdx-jsx:unexpected-character)"
    const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec((err as Error).message);
    if (!m) return [{ file, record, field: 'body', message: `MDX cannot be read: ${(err as Error).message}` }];
    const message = m[3]!.replace(/\s*\(\d+:\d+\)/g, '');
    return [{ file, record, field: at(Number(m[1])), message: `MDX cannot be read at column ${m[2]}: ${message}.${hint(message)}` }];
  }
  // Names a briefing imports or exports itself are its own business.
  const esm = new Set<string>();
  const problems: Problem[] = [];
  const walk = (n: Node) => {
    if (n.type === 'mdxjsEsm') for (const w of (n.value ?? '').match(/[A-Za-z_$][\w$]*/g) ?? []) esm.add(w);
    n.children?.forEach(walk);
  };
  walk(tree);
  const known = new Set<string>([...BRIEFING_COMPONENTS, ...esm]);
  const check = (n: Node) => {
    const name = n.name ?? '';
    const isComponent = /^[A-Z]/.test(name) || name.includes('.');
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && isComponent && !known.has(name.split('.')[0]!))
      problems.push({
        file,
        record,
        field: at(n.position?.start.line ?? 1),
        message: `unknown component <${name}>: a briefing can use ${BRIEFING_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      });
    n.children?.forEach(check);
  };
  check(tree);
  return problems;
}
