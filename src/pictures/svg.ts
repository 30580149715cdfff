// Small SVG pieces shared by the chart pictures and the social cards.
import { textWidth } from '../fonts/metrics.ts';
import { escapeMarkup } from '../lib/escape.ts';

/** Cap height of IBM Plex Sans in em: used to centre a line's capitals in its line box. */
const CAP_HEIGHT = 0.698;

export interface TextStyle {
  px: number;
  /** Line box height in px. */
  lineHeight: number;
  weight?: 400 | 600;
  fill: string;
  anchor?: 'start' | 'end';
}

/** Lines of text from `top` down, one <text> each (resvg and every viewer agree on that, unlike tspan dy). */
export function textLines(lines: string[], x: number, top: number, s: TextStyle): string {
  return lines
    .map((line, i) => {
      const baseline = top + i * s.lineHeight + s.lineHeight / 2 + (CAP_HEIGHT * s.px) / 2;
      const text = drawable(line);
      const attrs = [`x="${round(x)}"`, `y="${round(baseline)}"`, `font-size="${s.px}"`, `fill="${s.fill}"`];
      if (s.weight === 600) attrs.push('font-weight="600"');
      if (s.anchor === 'end') attrs.push('text-anchor="end"');
      // The line's width in the site's face: a viewer of the standalone SVG without IBM Plex Sans draws its
      // fallback face at this width too, instead of running past the picture's edge (resvg, with the real
      // face, draws the same pixels either way).
      attrs.push(`textLength="${round(textWidth(text, s.px, s.weight ?? 400))}" lengthAdjust="spacingAndGlyphs"`);
      return `<text ${attrs.join(' ')}>${escapeMarkup(text)}</text>`;
    })
    .join('');
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// Characters the site's face lacks, which browsers draw from a system face but resvg, with the site's fonts
// only, would leave blank: the nearest glyph the face has ("RemeGen → AbbVie" in the top-deals chart).
const STAND_INS: Record<string, string> = { '→': '›', '←': '‹' };

/** Text with the stand-ins for characters the site's face cannot draw. */
export function drawable(text: string): string {
  return text.replace(/[→←]/g, (c) => STAND_INS[c] as string);
}

export interface PlacedChart {
  svg: string;
  width: number;
  height: number;
}

/**
 * A chart SVG (src/charts/render.ts) placed inside a picture at (x, y), scaled by `scale`. Chart ink is
 * `currentColor` (pages set it per colour scheme); here it becomes `ink`, since a picture has no page around
 * it and viewers differ on currentColor without a `color`. The chart's own title and description go: the
 * picture draws the title as text and carries its own <title>.
 */
export function placeChart(chart: PlacedChart, x: number, y: number, scale: number, ink: string): string {
  const open = /^<svg\b[^>]*>/.exec(chart.svg);
  if (!open) throw new Error('placeChart: not an <svg> element');
  const body = chart.svg
    .slice(open[0].length)
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>|<desc\b[^>]*>[\s\S]*?<\/desc>/g, '')
    .replace(/="currentColor"/g, `="${ink}"`)
    .replace(/>([^<]+)</g, (_, text: string) => `>${drawable(text)}<`);
  return (
    `<svg x="${round(x)}" y="${round(y)}" width="${round(chart.width * scale)}" height="${round(chart.height * scale)}"` +
    ` viewBox="0 0 ${chart.width} ${chart.height}" overflow="visible">` +
    body
  );
}

/** The root element of a picture: its size, white page, text face and accessible name. */
export function pictureRoot(width: number, height: number, fontFamily: string, bg: string, title: string, desc: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeMarkup(fontFamily)}" role="img">` +
    `<title>${escapeMarkup(title)}</title><desc>${escapeMarkup(desc)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${bg}"/>` +
    body +
    '</svg>\n'
  );
}
