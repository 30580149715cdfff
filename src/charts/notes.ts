// What each qualifier means, said once under any chart that uses it.
import type { Qualifier } from '../schema/vocab.ts';
import { citedSources } from '../lib/citations.ts';
import type { ChartRow } from './types.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { translator, type MessageKey } from '../lib/i18n/messages.ts';
import type { ChartText } from './words.ts';

/** The qualifiers that get a note, in the order their notes are shown ("chart.qualifier.<q>" says what each means). */
const ORDER: Qualifier[] = ['up-to', 'about', 'nearly', 'more-than', 'at-least', 'range'];

export function qualifierNotes(rows: ChartRow[], locale: Locale = 'en'): string[] {
  const used = new Set(rows.map((r) => r.qualifier));
  const t = translator(locale);
  return ORDER.filter((q) => used.has(q)).map((q) => t(`chart.qualifier.${q}` as MessageKey));
}

/**
 * Every note under a chart, wherever it is shown (figure, picture, embed, JSON): its own, then its qualifiers'.
 * English from the definition; another language from its text.
 */
export function chartNotes(def: { notes: string[]; text?: (locale: Locale) => ChartText }, rows: ChartRow[], locale: Locale = 'en'): string[] {
  const own = locale === 'en' || !def.text ? def.notes : def.text(locale).notes;
  return [...own, ...qualifierNotes(rows, locale)];
}

/** Distinct sources of the rows' citations (every one of every row), in first-use order, with all their locators. */
export function sourcesOf(rows: ChartRow[]): { id: string; title: string; locators: string[] }[] {
  const all = rows.flatMap((r) => r.citations);
  return citedSources(all).map((s) => ({ id: s.id, title: all.find((c) => c.source === s.id)!.sourceTitle, locators: s.locators }));
}

/** "Source: Title (¶1, ¶2)" or "Sources: A (¶1); B (§2)", as Figure.astro shows them ("출처: …", "来源：…"). */
export function sourceLine(sources: { title: string; locators: string[] }[], locale: Locale = 'en'): string {
  if (!sources.length) return '';
  const t = translator(locale);
  return t(sources.length === 1 ? 'figure.source' : 'figure.sources') + sources.map((s) => `${s.title} (${s.locators.join(', ')})`).join(t('figure.sourceSeparator'));
}
