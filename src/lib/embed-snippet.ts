// The embed code readers copy under a chart (Figure.astro) and the oEmbed JSON gives (pages/embed/[id]/oembed.json.ts):
// an <iframe> of /embed/<id>/ plus a small inline script that sets the iframe's height to the height the embed
// page reports (src/client/embed-height.ts), as Datawrapper's responsive embed does. Without the script (a host
// that strips or forbids it) the iframe keeps its initial height, a guess for a typical column width.
import { escapeMarkup } from './escape.ts';

/** The message an embed page posts to its parent: `{ type, chart, height }`. */
export const EMBED_HEIGHT_MESSAGE = 'deal-atlas:embed-height';
/** The iframe attribute the snippet's script finds its frames by; its value is the chart id. */
export const EMBED_FRAME_ATTR = 'data-deal-atlas-embed';

export interface EmbedSnippetInput {
  /** Absolute address of the embed page. Its origin is the only sender the script listens to. */
  src: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  chart: string;
  /** Initial height in CSS pixels (see embedHeightGuess). */
  height: number;
}

/**
 * The listener, once per host page however many charts it embeds (the guard), matching each message to its
 * frame by the sending window, so two embeds of one chart each get their own height. It checks the origin
 * and the message's shape, and uses only numbers from it.
 */
function listener(origin: string): string {
  return (
    `(function(){if(window.dealAtlasEmbeds)return;window.dealAtlasEmbeds=1;` +
    `window.addEventListener("message",function(e){` +
    `if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `var h=Math.ceil(Number(e.data.height));if(!(h>0&&h<20000))return;` +
    `var f=document.querySelectorAll("iframe[${EMBED_FRAME_ATTR}]");` +
    `for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=h+"px";` +
    `})})();`
  );
}

/** The iframe and its sizing script, as one line of HTML. */
export function embedSnippet({ src, title, chart, height }: EmbedSnippetInput): string {
  const origin = new URL(src).origin;
  const frame =
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" ${EMBED_FRAME_ATTR}="${escapeMarkup(chart)}"` +
    ` width="100%" height="${Math.ceil(height)}" style="width:100%;border:0" loading="lazy"></iframe>`;
  return `${frame}<script>${listener(origin)}</script>`;
}
