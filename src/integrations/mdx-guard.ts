// The briefing policy (src/lib/briefing-policy.ts) inside the MDX compiler: a briefing that reaches Astro
// without `npm run validate` (`astro dev`, `astro build` run by hand) still cannot import files, run code or
// put script into a page. Its compile stops at the first thing the policy forbids, naming file, line and column.
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { CHECKED_NODE_TYPES, nodeProblems, type PolicyNode } from '../lib/briefing-policy.ts';

interface Positioned extends PolicyNode {
  position?: { start: { line: number; column: number } };
}

function refuse(node: Positioned, ctx: { fileURL: URL | undefined }): void {
  const problems = nodeProblems(node);
  if (problems.length === 0) return;
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a briefing';
  const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
  throw new Error(`${file}${at}: ${problems.join('; ')} (briefing policy: see "Reviewing a briefing" in the README)`);
}

/** A satteri mdast plugin: one visitor per node type the policy reads, each refusing what it forbids. */
export const mdxGuard = {
  name: 'deal-atlas-briefing-policy',
  options: { position: true },
  ...Object.fromEntries(CHECKED_NODE_TYPES.map((type) => [type, refuse])),
} as MdastPluginDefinition;
