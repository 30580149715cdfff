// The picture a page shows when its address is shared (Open Graph, X cards): which card, its size and its
// text alternative. Pages get theirs from their page data (src/lib/pages/*.ts); Base.astro writes the tags.
// The cards themselves are drawn by src/pictures/social-card.ts at the addresses below.
import { translator } from './i18n/messages.ts';
import { siteConfig } from '../site.config.ts';
import { absoluteUrl, href } from './routes.ts';
import type { Locale } from './i18n/locales.ts';

/** 1200 × 630: the size LinkedIn, X (summary_large_image), Facebook, Slack and messengers all crop least. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type CardKind = 'charts' | 'briefings' | 'topics';

export interface SocialImage {
  /** Absolute URL (crawlers do not resolve relative ones). */
  url: string;
  width: number;
  height: number;
  type: 'image/png';
  alt: string;
}

function card(pageHref: string, alt: string): SocialImage {
  return { url: absoluteUrl(pageHref), width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png', alt };
}

/** The card of a chart, briefing or topic page; `lang` names a language's card (sitePath.card). */
export function pageCard(kind: CardKind, id: string, alt: string, lang = ''): SocialImage {
  return card(href.card(kind, id, lang), alt);
}

export const SITE_CARD_ALT = `${siteConfig.name}: ${siteConfig.tagline}`;

/** The site's own card, for every other page. */
export function siteCard(): SocialImage {
  return card(href.siteCard(), SITE_CARD_ALT);
}

/**
 * A card's text alternative: the title it shows and what else it shows, the chart (its description says what
 * it shows) or, without one, the summary. Short enough for X's 1,000-character limit on alt text.
 */
export function cardAlt(title: string, summary: string, chart?: { title: string; description: string }, locale: Locale = 'en'): string {
  // Chinese ends a sentence with "。" and runs sentences together; Korean and English with ". ".
  const zh = locale === 'zh-Hans';
  const said = (s: string) => (/[.!?…。！？]$/.test(s.trim()) ? s.trim() : `${s.trim()}${zh ? '。' : '.'}`);
  const gap = zh ? '' : ' ';
  // A briefing's or topic's card shows its lead chart: named as a chart in the card's language.
  const chartWord = locale === 'en' ? 'Chart: ' : `${translator(locale)('chart.kind')}${zh ? '：' : ': '}`;
  const alt = chart ? `${said(title)}${gap}${chartWord}${said(chart.title)}${gap}${said(chart.description)}` : `${said(title)}${gap}${said(summary)}`;
  return alt.length <= 1000 ? alt : `${alt.slice(0, 999).replace(/\s+\S*$/, '')}…`;
}
