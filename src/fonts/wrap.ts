// Line breaking by measured width, the one word wrap of the site: chart labels (src/charts/wrap.ts), pictures
// and cards (src/pictures), the embed's height guess. It uses the advance widths the site's font files draw
// (metrics.ts), so a wrapped line fits exactly where it was measured to fit.
import { textWidth } from './metrics.ts';

export interface WrapOptions {
  /** Font size in px. */
  px: number;
  weight?: number | string;
  /** Widest line, in px. */
  width: number;
  /** At most this many lines; the last one ends in "…" when text is left over. */
  maxLines?: number;
}

const ELLIPSIS = '…';

/** Break a word wider than the line into pieces that fit (long URLs, long compound names). */
function splitLongWord(word: string, fits: (s: string) => boolean): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && !fits(piece + ch)) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}

/** Greedy word wrap: each line as long as fits in `width`. */
export function wrapText(text: string, { px, weight = 400, width, maxLines = Infinity }: WrapOptions): string[] {
  const fits = (s: string) => textWidth(s, px, weight) <= width;
  const words = text.trim().split(/\s+/).filter(Boolean).flatMap((w) => (fits(w) ? [w] : splitLongWord(w, fits)));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || fits(next)) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  // Cut to maxLines: the last kept line takes as many words as fit with the ellipsis after them.
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(last + ELLIPSIS)) last = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : last.slice(0, -1);
  kept[maxLines - 1] = last.replace(/[\s,;:.–—-]+$/, '') + ELLIPSIS;
  return kept;
}
