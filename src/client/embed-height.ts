// Embed pages (/embed/<id>/): tell the page that frames this one how tall the figure is, on load and whenever
// that changes (a narrower frame wraps text and shows the phone render; "Interact / export" opens), so the
// embed snippet's script (src/lib/embed-snippet.ts) can size the iframe with no inner scrollbar and no gap.
// The height is not secret, so any parent may read it; the snippet only believes messages from this origin.
import { EMBED_HEIGHT_MESSAGE } from '../lib/embed-snippet.ts';

const chart = document.querySelector<HTMLElement>('[data-chart]')?.dataset.chart ?? '';
let last = 0;

function post(): void {
  // The body's own box, not the document's scroll height: that is at least the frame's height, so a frame
  // taller than its content would never be told to shrink.
  const style = getComputedStyle(document.body);
  const height = Math.ceil(document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, chart, height }, '*');
}

post();
new ResizeObserver(post).observe(document.body);
window.addEventListener('load', post);
