// A chart as a picture that stands on its own when shared or pasted into a slide, as Our World in Data's
// grapher exports do: title, subtitle, the chart, its notes and sources with locators, and the site's name
// with the chart's address, all inside the image. Pure: SVG text in, SVG text out; raster.ts draws the PNG.
//
// The standalone SVG names the site's face with the page's CSS stack but does not embed it: the two core
// faces alone are about 50 KB of TrueType (a third more as base64), several times the chart, and WOFF2 is not
// read by every SVG viewer. Viewers without IBM Plex Sans fall back to a system sans-serif, whose wider or
// narrower letters may shift line ends slightly; the PNG is drawn with the real face.
import { FONT_STACK } from '../fonts/faces.ts';
import { textWidth } from '../fonts/metrics.ts';
import { PICTURE_COLOURS as C } from './palette.ts';
import { pictureRoot, placeChart, textLines, type PlacedChart } from './svg.ts';
import { wrapText } from '../fonts/wrap.ts';

export interface ChartPictureInput {
  chart: PlacedChart;
  title: string;
  subtitle: string;
  /** Notes shown under the figure (definitions, qualifiers). */
  notes: string[];
  /** The sources line, as the figure words it (sourceLine). */
  sources: string;
  siteName: string;
  /** The chart's own page, absolute. */
  url: string;
  accent: string;
  /** The chart's description, for the picture's <desc>. */
  description: string;
  /** Subtitle and description joined as the language joins sentences (ChartText.summary); English's by default. */
  summary?: string;
  /** The picture's font stack (faces.ts fontStack): a Korean or Chinese picture names its CJK face, so resvg
   * draws Han characters in that language's face rather than whichever CJK face it loaded first. */
  fontFamily?: string;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** Margins and type, in px of the picture (the PNG is drawn at twice this). */
export const PICTURE = {
  pad: 24,
  /** The text column is at least this wide, so a narrow chart does not make a tall, thin picture. */
  minContent: 600,
  title: { px: 22, lineHeight: 28 },
  subtitle: { px: 15, lineHeight: 20 },
  small: { px: 12, lineHeight: 16 },
} as const;

/** The address as a reader would type it: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function chartPicture(p: ChartPictureInput): Picture {
  const { pad } = PICTURE;
  const content = Math.ceil(Math.max(p.chart.width, PICTURE.minContent));
  const width = content + 2 * pad;
  let y = pad;
  let body = '';
  const block = (lines: string[], style: { px: number; lineHeight: number }, fill: string, weight: 400 | 600 = 400) => {
    body += textLines(lines, pad, y, { ...style, fill, weight });
    y += lines.length * style.lineHeight;
  };
  block(wrapText(p.title, { ...PICTURE.title, weight: 600, width: content }), PICTURE.title, C.ink, 600);
  y += 2;
  block(wrapText(p.subtitle, { ...PICTURE.subtitle, width: content }), PICTURE.subtitle, C.muted);
  y += 14;
  body += placeChart(p.chart, pad, y, 1, C.ink);
  y += p.chart.height + 14;
  // Notes and sources under a hairline, as a caption.
  body += `<rect x="${pad}" y="${y}" width="${content}" height="1" fill="${C.line}"/>`;
  y += 8;
  for (const note of p.notes) block(wrapText(note, { ...PICTURE.small, width: content }), PICTURE.small, C.muted);
  if (p.sources) block(wrapText(p.sources, { ...PICTURE.small, width: content }), PICTURE.small, C.ink);
  y += 6;
  // Site name left, address right; on two lines when they do not fit side by side.
  const address = displayUrl(p.url);
  const nameWidth = textWidth(p.siteName, PICTURE.small.px, 600);
  const addressLines = wrapText(address, { ...PICTURE.small, width: content });
  body += textLines([p.siteName], pad, y, { ...PICTURE.small, fill: p.accent, weight: 600 });
  if (addressLines.length === 1 && nameWidth + 24 + textWidth(address, PICTURE.small.px) <= content) {
    body += textLines(addressLines, pad + content, y, { ...PICTURE.small, fill: C.muted, anchor: 'end' });
    y += PICTURE.small.lineHeight;
  } else {
    y += PICTURE.small.lineHeight;
    block(addressLines, PICTURE.small, C.muted);
  }
  const height = Math.ceil(y + pad);
  return { svg: pictureRoot(width, height, p.fontFamily ?? FONT_STACK, C.bg, p.title, p.summary ?? `${p.subtitle}. ${p.description}`, body), width, height };
}
