// Every interface string of the site, per language: one JSON file each under messages/, English the
// reference. A page asks for a key, never writes English itself, so a Korean page cannot show English by
// accident. Validation (src/lib/validate/check-messages.ts) names a file and key missing or extra.
import en from './messages/en.json' with { type: 'json' };
import ko from './messages/ko.json' with { type: 'json' };
import zhHans from './messages/zh-Hans.json' with { type: 'json' };
import { LOCALES, type Locale } from './locales.ts';

/**
 * A message: a string with {placeholders}, or plural forms keyed by Intl.PluralRules categories
 * ("one", "other", …) where the language has them. Korean and Chinese write one form.
 */
export type Message = string | { [category: string]: string };
export type Messages = Record<string, Message>;
export type MessageKey = keyof typeof en;

/** Where each language's messages live, relative to the project root (validation names these files). */
export const MESSAGE_FILES: Record<Locale, string> = {
  en: 'src/lib/i18n/messages/en.json',
  ko: 'src/lib/i18n/messages/ko.json',
  'zh-Hans': 'src/lib/i18n/messages/zh-Hans.json',
};

const MESSAGES: Record<Locale, Messages> = { en, ko, 'zh-Hans': zhHans };

/** The {placeholders} a message uses, sorted (validation compares them across languages). */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

function fill(text: string, vars: Record<string, string | number>, key: string): string {
  // Most messages have no placeholder, and a page asks for hundreds: skip the regex for those.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`Message "${key}" needs {${name}}`);
    return String(vars[name]);
  });
}

export interface Translate {
  /** The message in this language, its {placeholders} filled from vars. */
  (key: MessageKey, vars?: Record<string, string | number>): string;
  /** The message's plural form for count (filled as {count}, plus vars). */
  count(key: MessageKey, count: number, vars?: Record<string, string | number>): string;
  readonly locale: Locale;
}

const cache = new Map<Locale, Translate>();

/** The translator of one language: `t('nav.deals')`, `t.count('deals.count', n)`. */
export function translator(locale: Locale, messages: Messages = MESSAGES[locale]): Translate {
  const cached = messages === MESSAGES[locale] ? cache.get(locale) : undefined;
  if (cached) return cached;
  const plural = new Intl.PluralRules(LOCALES[locale].intl);
  const lookup = (key: string): Message => {
    const m = messages[key];
    // Validation reports a missing key with its file first; this stops a build that skipped it.
    if (m === undefined) throw new Error(`${MESSAGE_FILES[locale]} has no message "${key}"`);
    return m;
  };
  const t = ((key: MessageKey, vars: Record<string, string | number> = {}) => {
    const m = lookup(key);
    if (typeof m !== 'string') throw new Error(`Message "${key}" has plural forms: use t.count()`);
    return fill(m, vars, key);
  }) as Translate;
  t.count = (key, count, vars = {}) => {
    const m = lookup(key);
    const form = typeof m === 'string' ? m : (m[plural.select(count)] ?? m.other);
    if (form === undefined) throw new Error(`Message "${key}" has no "other" form in ${MESSAGE_FILES[locale]}`);
    return fill(form, { ...vars, count }, key);
  };
  Object.defineProperty(t, 'locale', { value: locale });
  if (messages === MESSAGES[locale]) cache.set(locale, t);
  return t;
}

/** The messages of every language, for validation. */
export function allMessages(): Record<Locale, Messages> {
  return MESSAGES;
}
