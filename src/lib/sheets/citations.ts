// Citations in one cell: "source-id locator; source-id locator (via Producer)". A source id is a slug
// (no spaces), so the first word is the source and the rest the locator; locators hold commas ("§V(4), ¶47"),
// never semicolons, so ";" (or a line break) separates citations.
import type { Citation } from '../../schema/primitives.ts';

export function formatCitations(list: readonly Citation[]): string {
  return list.map((c) => `${c.source} ${c.locator}${c.via ? ` (via ${c.via})` : ''}`).join('; ');
}

const ONE = /^(\S+)\s+(.+?)(?:\s*\(via\s+([^()]+)\))?$/;

/** The citations a cell lists, or what is wrong with the first one that is not a citation. */
export function parseCitations(text: string): { value: Citation[] } | { problem: string } {
  const parts = text.split(/;|\r?\n/).map((s) => s.trim()).filter(Boolean);
  const out: Citation[] = [];
  for (const part of parts) {
    const m = ONE.exec(part);
    if (!m) return { problem: `"${part}" is not a citation: expected a source id, a space and a locator, e.g. "korea-licensing-2025 ¶3" (several separated by ";")` };
    out.push({ source: m[1]!, locator: m[2]!.trim(), ...(m[3] ? { via: m[3].trim() } : {}) });
  }
  return { value: out };
}
