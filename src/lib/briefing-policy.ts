// What a briefing's MDX may contain. Briefings are content written by several authors and reviewed as pull
// requests: MDX would otherwise let a briefing import any file (`import x from '/etc/passwd?raw'`), run code
// at build time (`export const x = execSync(…)`, `{process.exit(1)}`), make builds differ
// (`{Math.random()}`) or put script into the page (`<script>`, `onerror=`, `javascript:` links). One rule,
// read by validation (src/lib/validate/check-mdx.ts: every problem with its line and column) and by the
// compiler (src/integrations/mdx-guard.ts: a briefing that skipped validation cannot run code either).
// A team that needs more than this adds a component, which is code and reviewed as code.
import { hiddenCharacter } from '../schema/primitives.ts';

/** The components a briefing can use without importing them, and the attributes each takes. */
export const BRIEFING_COMPONENTS = {
  Chart: ['id'],
  DealTerm: ['deal', 'term'],
  Num: ['series', 'period', 'category', 'by'],
} as const satisfies Record<string, readonly string[]>;

export type BriefingComponent = keyof typeof BRIEFING_COMPONENTS;
export const briefingComponentNames = Object.keys(BRIEFING_COMPONENTS) as BriefingComponent[];

/** Attributes any allowed HTML element may carry (no `id`: it could clobber the page's own elements). */
const GLOBAL_ATTRIBUTES = ['class', 'title', 'lang'];

/** Plain HTML elements a briefing may write, with the attributes each takes besides the global ones. */
export const BRIEFING_ELEMENTS: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [], b: [], br: [], cite: [], code: [], del: [], dfn: [], em: [], i: [], ins: [], kbd: [], mark: [],
  q: ['cite'], s: [], samp: [], small: [], span: [], strong: [], sub: [], sup: [], u: [], var: [], wbr: [],
  time: ['datetime'], data: ['value'],
  p: [], hr: [], div: [], aside: [], blockquote: ['cite'], figure: [], figcaption: [], details: ['open'], summary: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start', 'reversed'], li: [], dl: [], dt: [], dd: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['scope', 'colspan', 'rowspan'], td: ['colspan', 'rowspan'],
  img: ['src', 'alt', 'width', 'height'],
};

/** Attributes holding an address, and the rule each follows. */
const URL_ATTRIBUTES: Record<string, 'link' | 'image'> = { href: 'link', cite: 'link', src: 'image' };

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/**
 * Why an address may not appear in a briefing, or undefined if it may. Links: http(s), mailto or
 * site-relative. Images: http(s) or a path from the site root (a file in public/): a relative image path
 * would be imported at build time, reading a file of the builder's machine.
 */
export function urlProblem(url: string, kind: 'link' | 'image'): string | undefined {
  // Browsers skip control characters and whitespace inside a scheme ("java\tscript:"): so does this test.
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (kind === 'link') {
    if (scheme === undefined || LINK_SCHEMES.has(scheme)) return undefined;
    return `the address "${url}" is not allowed: links must be http(s), mailto or site-relative (/…, #…)`;
  }
  if (scheme === undefined ? squeezed.startsWith('/') : IMAGE_SCHEMES.has(scheme)) return undefined;
  return `the image address "${url}" is not allowed: images must be http(s) or a path from the site root (/…, a file in public/)`;
}

/** The MDX tree nodes this rule reads (the shape of both satteri's mdxToMdast and its plugin visitors). */
export interface PolicyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Node types whose every occurrence a checker must pass to `nodeProblems`. */
export const CHECKED_NODE_TYPES = [
  'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement',
  'link', 'image', 'definition', 'imageReference', 'html', 'text',
] as const;

const components = briefingComponentNames.map((c) => `<${c}>`).join(', ');

/** An expression holding nothing but comments (`{/* note *\/}`, MDX's comment syntax) compiles to nothing. */
const onlyComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

/** What is wrong with one node of a briefing's MDX tree (empty if nothing). */
export function nodeProblems(node: PolicyNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [`import and export are not allowed in a briefing (it is content, not code); ${components} are available without imports`];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (onlyComments(String(node.value ?? ''))) return [];
      return [`the expression {${String(node.value ?? '').trim().slice(0, 40)}} is not allowed in a briefing: it would run as code at build time. Write \\{ for a brace in prose; figures come from <Num> and <DealTerm>`];
    case 'html':
      return ['raw HTML is not allowed in a briefing'];
    case 'text': {
      // A direction override makes the page read otherwise than the file a reviewer reads.
      const hidden = hiddenCharacter(String(node.value ?? ''));
      return hidden ? [`the text ${hidden}`] : [];
    }
    case 'link':
    case 'definition':
      return node.url === undefined ? [] : [urlProblem(node.url, 'link')].filter((m) => m !== undefined);
    case 'image':
      return node.url === undefined ? [] : [urlProblem(node.url, 'image')].filter((m) => m !== undefined);
    case 'imageReference':
      return ['an image by reference (![alt][ref]) is not allowed in a briefing: write ![alt](address)'];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    default:
      return [];
  }
}

function elementProblems(node: PolicyNode): string[] {
  const name = node.name;
  if (!name) return ['a fragment (<>…</>) is not needed in a briefing: remove it'];
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  let allowed: readonly string[];
  if (isComponent) {
    if (!Object.hasOwn(BRIEFING_COMPONENTS, name)) return [`unknown component <${name}>: a briefing can use ${components}`];
    allowed = BRIEFING_COMPONENTS[name as BriefingComponent];
  } else {
    if (!Object.hasOwn(BRIEFING_ELEMENTS, name)) return [`the element <${name}> is not allowed in a briefing; plain HTML is limited to ${Object.keys(BRIEFING_ELEMENTS).map((e) => `<${e}>`).join(' ')}`];
    allowed = [...GLOBAL_ATTRIBUTES, ...BRIEFING_ELEMENTS[name]!];
  }
  const problems: string[] = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      problems.push(`<${name}>: spread attributes {…} are not allowed in a briefing`);
      continue;
    }
    if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      problems.push(`<${name} ${attr.name}={…}>: attribute values must be quoted text ("…"), not expressions`);
      continue;
    }
    const hidden = typeof attr.value === 'string' ? hiddenCharacter(attr.value) : undefined;
    if (hidden) {
      problems.push(`<${name} ${attr.name}>: the value ${hidden}`);
      continue;
    }
    if (!allowed.includes(attr.name)) {
      problems.push(`<${name}>: the attribute ${attr.name} is not allowed${allowed.length ? `; it takes ${allowed.join(', ')}` : ''}`);
      continue;
    }
    const kind = isComponent ? undefined : URL_ATTRIBUTES[attr.name];
    const problem = kind && typeof attr.value === 'string' ? urlProblem(attr.value, kind) : undefined;
    if (problem) problems.push(`<${name} ${attr.name}>: ${problem}`);
  }
  return problems;
}
