// Text wrapped to a measured width, never truncated: chart labels break at spaces (and after " · " and
// "→" runs, which stay with the words before them); a single word wider than the width is broken
// between characters, so even a hostile 200-character name is drawn whole.
import { textWidth } from './text-width.ts';

/** Lines of `text` no wider than `maxPx` at `fontSize` (one line when it fits or maxPx is not positive). */
export function wrapText(text: string, maxPx: number, fontSize: number, weight: number | string = 400): string[] {
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxPx;
  if (maxPx <= 0 || fits(text)) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // A word wider than the line on its own: break it between characters.
    let rest = word;
    while (!fits(rest)) {
      let n = 1;
      while (n < rest.length && fits(rest.slice(0, n + 1))) n++;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
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
