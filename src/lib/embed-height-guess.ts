// The embed iframe's initial height: what the embed page (pages/embed/[id].astro) measures at a typical column
// width, predicted at build time from the chart's render and its text, wrapped with the shipped font's widths
// (src/fonts/metrics.ts). It is what readers see before the embed page reports its real height, and for good
// on a host that strips the snippet's script. Numbers below follow the embed page's stylesheet; the embed
// e2e test checks the guess against the real page.
import { wrapText } from '../fonts/wrap.ts';

/** The frame width the guess is for: a typical article column (the site's own reading column). */
export const TYPICAL_EMBED_WIDTH = 680;

const ROOT = 16; // the embed page's root font size (browser default)
const PAD = 0.75 * ROOT; // body padding, each side
const LINE = 1.5; // body line height

export interface EmbedHeightInput {
  title: string;
  subtitle: string;
  /** Notes under the chart, one list item each. */
  notes: string[];
  /** The sources line as shown ("Source: …"). */
  sources: string;
  /** The render the figure box shows at this frame width (layoutForBox(embedBoxWidth(frame))): its SVG size. */
  chartWidth: number;
  chartHeight: number;
  /** Frame width; defaults to TYPICAL_EMBED_WIDTH. */
  frameWidth?: number;
}

/** The figure box inside a frame of this width (the body's padding off). */
export function embedBoxWidth(frame: number = TYPICAL_EMBED_WIDTH): number {
  return frame - 2 * PAD;
}

/** Lines a paragraph takes at `width` px, wrapping at spaces as the browser does (greedy). */
export function lineCount(text: string, px: number, weight: 400 | 600, width: number): number {
  return text.trim() ? wrapText(text, { px, weight, width }).length : 0;
}

/** The embed page's height in CSS px at a frame width (the whole document, padding included). */
export function embedHeightGuess(input: EmbedHeightInput): number {
  const frame = input.frameWidth ?? TYPICAL_EMBED_WIDTH;
  const w = embedBoxWidth(frame);
  const block = (text: string, rem: number, weight: 400 | 600, width = w) => lineCount(text, rem * ROOT, weight, width) * rem * ROOT * LINE;
  // The chart is drawn across the whole box (width: 100%), keeping its proportions.
  const chart = input.chartHeight * (w / input.chartWidth);
  const interact = 0.4 * ROOT + (0.85 * ROOT * LINE + 0.4 * ROOT + 2); // "Interact / export": top margin, button
  const notes = input.notes.length ? 0.5 * ROOT + input.notes.reduce((h, n) => h + block(n, 0.9, 400, w - 1.1 * ROOT), 0) : 0;
  return Math.ceil(
    PAD +
      block(input.title, 1.1, 600) + 0.2 * ROOT +
      block(input.subtitle, 0.95, 400) + 0.75 * ROOT +
      chart +
      interact +
      notes +
      0.5 * ROOT + block(input.sources, 0.9, 400) + 0.5 * ROOT +
      block('Deal Atlas', 0.8, 400) + // the credit line; its top margin collapses into the sources' bottom one
      PAD,
  );
}
