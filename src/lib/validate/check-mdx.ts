import { nodeProblems } from '../briefing-policy.ts';
import { mdxRefs, parseMdx, type MdxNode, type MdxRef } from '../mdx-refs.ts';
import type { Problem } from './problem.ts';

/** What to write instead, for the MDX mistakes prose writers make most. */
function hint(message: string): string {
  if (/after `<`/.test(message)) return ' A "<" in prose starts a tag in MDX: write \\< (or &lt;) for the character itself.';
  if (/brace|expression/.test(message)) return ' A "{" in prose starts an expression in MDX: write \\{ for the character itself.';
  if (/closing tag/.test(message)) return ' Close the tag (<div>…</div>) or make it self-closing (<br />).';
  return '';
}

/**
 * A briefing's MDX body, read once: the components it places (for cross-reference checks and pages) and
 * the problems that would otherwise stop Astro's build with a stack trace, or only when its page renders:
 * text MDX cannot parse (then no references), and anything the briefing policy forbids (imports, code,
 * unknown components and elements, unsafe addresses). Parsed with satteri, the parser @astrojs/mdx
 * compiles with, so what passes here compiles there. `bodyLine` is the file line of the body's first
 * line: lines are reported as the editor shows them.
 */
export function readMdx(body: string, file: string, record: string, bodyLine: number): { refs: MdxRef[]; problems: Problem[] } {
  const at = (line: number) => `body line ${bodyLine + line - 1}`;
  let tree: MdxNode;
  try {
    tree = parseMdx(body);
  } catch (err) {
    // satteri's message: "19:7: Unexpected character after `<`, … (mdx-jsx:unexpected-character)"
    const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec((err as Error).message);
    if (!m) return { refs: [], problems: [{ file, record, field: 'body', message: `MDX cannot be read: ${(err as Error).message}` }] };
    const message = m[3]!.replace(/\s*\(\d+:\d+\)/g, '');
    return { refs: [], problems: [{ file, record, field: at(Number(m[1])), message: `MDX cannot be read at column ${m[2]}: ${message}.${hint(message)}` }] };
  }
  // Everything the briefing policy forbids (src/lib/briefing-policy.ts), each at its line and column.
  const problems: Problem[] = [];
  const check = (n: MdxNode) => {
    for (const message of nodeProblems(n))
      problems.push({ file, record, field: at(n.position?.start.line ?? 1), message: `column ${n.position?.start.column ?? 1}: ${message}` });
    n.children?.forEach(check);
  };
  check(tree);
  return { refs: mdxRefs(tree), problems };
}
