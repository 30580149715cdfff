// The text `npm run new:briefing` writes for the author to replace. A briefing still holding any of it is
// unfinished: validation refuses it unless it is a draft (drafts are never published), so a scaffold
// cannot reach readers by accident. The one list, read by the template and by validation.

/** Every placeholder starts with this, so one partly rewritten is still found. */
export const PLACEHOLDER_MARK = '[Placeholder:';

/** The placeholders of a new briefing, by where the template puts them. */
export const BRIEFING_PLACEHOLDERS = {
  summary: '[Placeholder: one or two sentences on what happened and why it matters.]',
  lead: '[Placeholder: open with the news in one paragraph, in your own words.]',
  happened: '[Placeholder: the deals and figures of the period, each figure written with a component so that it comes from data with its source.]',
  matters: '[Placeholder: what this means for licensors and licensees, and what to watch next.]',
  figures: '[Placeholder: the charts that carry the argument, each with a sentence on what it shows.]',
} as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each placeholder, and the mark alone, as a pattern that also matches it rewrapped over several lines. */
const PATTERNS = [...Object.values(BRIEFING_PLACEHOLDERS), PLACEHOLDER_MARK].map(
  (p) => new RegExp(p.split(/\s+/).map(escape).join('\\s+'), 'i'),
);

/** The earliest placeholder in text (the whole placeholder where it is intact) and where it starts. */
export function findPlaceholder(text: string): { placeholder: string; index: number } | undefined {
  let found: { placeholder: string; index: number } | undefined;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m && (!found || m.index < found.index)) found = { placeholder: m[0].replace(/\s+/g, ' '), index: m.index };
  }
  return found;
}
