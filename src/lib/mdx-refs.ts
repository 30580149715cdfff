// The components a briefing places (<Chart id>, <Num series period category by>, <DealTerm deal term>), read
// from its MDX tree as the compiler reads it (satteri, the parser @astrojs/mdx compiles with): validation
// checks them (check-dataset.ts) and pages use them (a briefing with a chart loads the figure script; a
// chart's page lists the briefings that place it), so the two cannot disagree about what a body contains.
import { mdxToMdast } from 'satteri';
import { BRIEFING_COMPONENTS, type BriefingComponent, type PolicyNode } from './briefing-policy.ts';

/** A node of satteri's MDX tree, as far as validation and pages read it. */
export interface MdxNode extends PolicyNode {
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

export interface MdxRef {
  tag: BriefingComponent;
  attrs: Record<string, string>;
  /** 1-based line in the body. */
  line: number;
}

/** The body's MDX tree; throws satteri's error ("19:7: Unexpected character …") where MDX cannot read it. */
export function parseMdx(body: string): MdxNode {
  return mdxToMdast(body) as MdxNode;
}

/**
 * Every component reference in the tree, in document order. Code (inline or fenced) and comments are not
 * in the tree as elements, so `<Chart id="x" />` written there is text, as on the page. A reference with an
 * attribute that is not quoted text ({…}, a spread) is left out: the briefing policy reports it, once.
 */
export function mdxRefs(tree: MdxNode): MdxRef[] {
  const refs: MdxRef[] = [];
  const visit = (n: MdxNode) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && Object.hasOwn(BRIEFING_COMPONENTS, n.name)) {
      const attrs: Record<string, string> = {};
      let quoted = true;
      for (const a of n.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name || (a.value !== null && a.value !== undefined && typeof a.value !== 'string')) quoted = false;
        else if (typeof a.value === 'string') attrs[a.name] = a.value;
      }
      if (quoted) refs.push({ tag: n.name as BriefingComponent, attrs, line: n.position?.start.line ?? 1 });
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return refs;
}

/** The charts a briefing places, in order of first appearance. */
export function chartsPlaced(refs: MdxRef[]): string[] {
  return [...new Set(refs.filter((r) => r.tag === 'Chart').map((r) => r.attrs.id ?? ''))];
}
