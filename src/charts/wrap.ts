// Text wrapped to a measured width, never truncated: chart labels break at spaces (and after " · " and
// "→" runs, which stay with the words before them); a single word wider than the width is broken
// between characters, so even a hostile 200-character name is drawn whole.
import { textWidth } from './text-width.ts';
import { wrapText as wrapLines } from '../fonts/wrap.ts';

/** Lines of `text` no wider than `maxPx` at `fontSize` (one line when maxPx is not positive): never cut. */
export function wrapText(text: string, maxPx: number, fontSize: number, weight: number | string = 400): string[] {
  return maxPx > 0 ? wrapLines(text, { px: fontSize, weight, width: maxPx }) : [text];
}

/** Width in px of the widest line. */
export function linesWidth(lines: string[], fontSize: number, weight: number | string = 400): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize, weight)));
}

/**
 * A value label as lines no wider than `maxPx`: whole when it fits, else split at its " · " parts
 * ("$1.35B", "upfront more than $49.7M"), each part wrapped at spaces if still too wide.
 */
export function valueLines(text: string, maxPx: number, fontSize: number): string[] {
  if (textWidth(text, fontSize) <= maxPx) return [text];
  return text.split(' · ').flatMap((part) => wrapText(part, maxPx, fontSize));
}
