// The 1200 × 630 card a page shows when its address is shared: a brand bar in the site's accent with its
// name and the kind of page, the title (large, wrapped), a summary line and, for charts and for briefings
// and topics with a lead chart, the chart itself, as large as the card allows. Pure: SVG text out.
import { FONT_STACK } from '../fonts/faces.ts';
import { textWidth } from '../fonts/metrics.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/social-image.ts';
import { PICTURE_COLOURS as C } from './palette.ts';
import type { Picture } from './chart-picture.ts';
import { pictureRoot, placeChart, textLines, type PlacedChart } from './svg.ts';
import { wrapText } from '../fonts/wrap.ts';

export interface CardInput {
  siteName: string;
  accent: string;
  /** What the page is ("Chart", "Briefing · Q3 2025"), right of the site name. */
  kind: string;
  title: string;
  summary: string;
  chart?: PlacedChart;
  /** The picture's text alternative (also og:image:alt). */
  alt: string;
  /** The picture's font stack (faces.ts fontStack(locale)); the site's Latin stack by default. */
  fontFamily?: string;
}

export const CARD = {
  margin: 56,
  bar: 72,
  brand: { px: 30, lineHeight: 36 },
  kind: { px: 22, lineHeight: 36 },
  /** Without a chart the title can be larger and run longer. */
  title: { px: 60, lineHeight: 70, maxLines: 4 },
  summary: { px: 30, lineHeight: 40, maxLines: 3 },
  chartTitle: { px: 40, lineHeight: 48 },
  chartSummary: { px: 24, lineHeight: 31 },
  /** Charts are drawn for screens at 12-13 px text; beyond this they look blown up rather than shown. */
  maxScale: 2.2,
  gap: 28,
} as const;

interface Layout {
  scale: number;
  body: string;
}

/** Title and summary stacked above the chart, the chart across the card's width. */
function stacked(p: CardInput, chart: PlacedChart): Layout {
  const { margin, gap } = CARD;
  const width = CARD_WIDTH - 2 * margin;
  const title = wrapText(p.title, { ...CARD.chartTitle, weight: 600, width, maxLines: 2 });
  const summary = wrapText(p.summary, { ...CARD.chartSummary, width, maxLines: 1 });
  let y = CARD.bar + 36;
  let body = textLines(title, margin, y, { ...CARD.chartTitle, weight: 600, fill: C.ink });
  y += title.length * CARD.chartTitle.lineHeight + 4;
  body += textLines(summary, margin, y, { ...CARD.chartSummary, fill: C.muted });
  y += summary.length * CARD.chartSummary.lineHeight + gap;
  const boxH = CARD_HEIGHT - y - 40;
  const scale = Math.min(CARD.maxScale, width / chart.width, boxH / chart.height);
  const x = margin + (width - chart.width * scale) / 2;
  // A short chart sits in the middle of the space left, not under the title with a blank strip below.
  const top = y + (boxH - chart.height * scale) / 2;
  return { scale, body: body + placeChart(chart, x, top, scale, C.ink) };
}

/** Title and summary in a column on the left, the chart beside them: for charts taller than they are wide. */
function sideBySide(p: CardInput, chart: PlacedChart): Layout {
  const { margin, gap } = CARD;
  const column = 380;
  const title = wrapText(p.title, { ...CARD.chartTitle, weight: 600, width: column, maxLines: 5 });
  const summary = wrapText(p.summary, { ...CARD.chartSummary, width: column, maxLines: 4 });
  let y = CARD.bar + 40;
  let body = textLines(title, margin, y, { ...CARD.chartTitle, weight: 600, fill: C.ink });
  y += title.length * CARD.chartTitle.lineHeight + 8;
  body += textLines(summary, margin, y, { ...CARD.chartSummary, fill: C.muted });
  const boxX = margin + column + gap + 12;
  const boxW = CARD_WIDTH - boxX - margin;
  const boxTop = CARD.bar + 40;
  const boxH = CARD_HEIGHT - boxTop - 40;
  const scale = Math.min(CARD.maxScale, boxW / chart.width, boxH / chart.height);
  const top = boxTop + (boxH - chart.height * scale) / 2;
  return { scale, body: body + placeChart(chart, boxX, top, scale, C.ink) };
}

/** No chart: a large title and the summary under it. */
function textOnly(p: CardInput): string {
  const width = CARD_WIDTH - 2 * CARD.margin;
  const title = wrapText(p.title, { ...CARD.title, weight: 600, width });
  let y = CARD.bar + 64;
  let body = textLines(title, CARD.margin, y, { ...CARD.title, weight: 600, fill: C.ink });
  y += title.length * CARD.title.lineHeight + 20;
  const summary = wrapText(p.summary, { ...CARD.summary, width, maxLines: Math.min(CARD.summary.maxLines, 7 - title.length) });
  return body + textLines(summary, CARD.margin, y, { ...CARD.summary, fill: C.muted });
}

function brandBar(p: CardInput): string {
  const { margin, bar } = CARD;
  const top = (bar - CARD.brand.lineHeight) / 2;
  // The kind label gives way to the site name when both would not fit (a very long name).
  const room = CARD_WIDTH - 2 * margin - textWidth(p.siteName, CARD.brand.px, 600) - 32;
  const kind = wrapText(p.kind, { px: CARD.kind.px, width: room, maxLines: 1 });
  return (
    `<rect width="${CARD_WIDTH}" height="${bar}" fill="${p.accent}"/>` +
    textLines([p.siteName], margin, top, { ...CARD.brand, weight: 600, fill: C.bg }) +
    (room > 0 ? textLines(kind, CARD_WIDTH - margin, top, { ...CARD.kind, fill: C.bg, anchor: 'end' }) : '')
  );
}

export function socialCard(p: CardInput): Picture {
  let body: string;
  if (p.chart) {
    // Whichever layout shows the chart larger: wide charts go under the title, tall ones beside it.
    const a = stacked(p, p.chart);
    const b = sideBySide(p, p.chart);
    body = (a.scale >= b.scale ? a : b).body;
  } else body = textOnly(p);
  return { svg: pictureRoot(CARD_WIDTH, CARD_HEIGHT, p.fontFamily ?? FONT_STACK, C.bg, p.title, p.alt, brandBar(p) + body), width: CARD_WIDTH, height: CARD_HEIGHT };
}
