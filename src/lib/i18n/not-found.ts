// A 404 page per language. Static hosts (Netlify, Cloudflare Pages) answer a missing address with the
// 404.html nearest above it, so a Korean reader's broken link gets /ko/404.html. Astro names only the root
// 404 specially: the others are built at /<lang>/404/ and moved next to their folder after the build.
import { rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALE_IDS, LOCALES, type Locale } from './locales.ts';

const others = LOCALE_IDS.filter((l) => l !== DEFAULT_LOCALE);

/**
 * A 404 page's English path as pages see it ("/404", "/404/", "/404.html"). It has no address of its own, so
 * its language switcher offers the other languages' home pages.
 */
export function isNotFoundPath(englishPath: string): boolean {
  return /^\/404(\.html|\/)?$/.test(englishPath);
}

/** The static paths of src/pages/[locale]/404.astro: one per language with its own folder. */
export function localized404Paths(): { params: { locale: string }; props: { locale: Locale } }[] {
  return others.map((locale) => ({ params: { locale: LOCALES[locale].path }, props: { locale } }));
}

/** Where each language's 404 page ends up, relative to the output folder ("ko/404.html"). */
export function localized404Files(): string[] {
  return others.map((l) => `${LOCALES[l].path}/404.html`);
}

/** Moves <lang>/404/index.html to <lang>/404.html in the built site `dir`. */
export async function moveLocalized404(dir: string): Promise<void> {
  for (const l of others) {
    const folder = path.join(dir, LOCALES[l].path, '404');
    await rename(path.join(folder, 'index.html'), path.join(dir, LOCALES[l].path, '404.html'));
    await rmdir(folder);
  }
}
