// vega measures text with a canvas, which the build does not have; its fallback guesses 0.8 em per
// character. Charts are instead measured with the metrics of the font files the site ships
// (src/fonts/metrics.ts), so labels placed at build time fit in the reader's browser.
import { textWidth } from '../fonts/metrics.ts';

export { textWidth };

interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
  limit?: number;
}

/** Drop-in for vega's `textMetrics.width(item, text)`; respects the item's label limit. */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const s = text == null ? '' : String(text).trim();
  const w = textWidth(s, size, item.fontWeight);
  // vega truncates with an ellipsis when width ≥ limit; capping keeps bounds at the truncated size.
  return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
}
