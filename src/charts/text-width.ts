// Text widths for vega without a canvas. vega's fallback guesses 0.8 em per character, which is far
// too wide for proportional fonts and leaves big empty gutters beside axis labels. This estimate uses
// Helvetica/Arial advance widths (the metric-compatible fallback of the system font stack) plus a
// safety margin, so labels are never clipped by the browser's actual font. Deterministic: no canvas.

// Advance widths in 1/1000 em for ASCII 32..126 (Arial/Helvetica).
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const OTHER = 620; // non-ASCII (¥, ₩, →, –, …): roughly a digit or wider
const MARGIN = 1.12; // system-ui fonts (DejaVu Sans, Segoe UI) run wider than Arial
const BOLD = 1.08;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    units += c >= 32 && c <= 126 ? ASCII[c - 32] : OTHER;
  }
  return (units / 1000) * fontSize * MARGIN * (bold ? BOLD : 1);
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
  limit?: number;
}

/** Drop-in for vega's `textMetrics.width(item, text)`; respects the item's label limit. */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const s = text == null ? '' : String(text).trim();
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const w = textWidth(s, size, bold);
  // vega truncates with an ellipsis when width ≥ limit; capping keeps bounds at the truncated size.
  return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
}
