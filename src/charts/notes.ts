// What each qualifier means, said once under any chart that uses it.
import type { Qualifier } from '../schema/vocab.ts';
import { citedSources } from '../lib/citations.ts';
import type { ChartRow } from './types.ts';

const MEANING: Partial<Record<Qualifier, string>> = {
  'up-to': '“Up to” values are headline figures that include milestone payments which may never be paid.',
  about: '“About” marks a figure the source gives as approximate.',
  nearly: '“Nearly” marks a figure the source gives as just under the stated amount.',
  'more-than': '“More than” marks a lower bound: the source says the figure exceeds the stated amount.',
  'at-least': '“At least” marks a lower bound stated by the source.',
  range: 'A range shows the low and high ends the source gives.',
};
const ORDER = Object.keys(MEANING) as Qualifier[];

export function qualifierNotes(rows: ChartRow[]): string[] {
  const used = new Set(rows.map((r) => r.qualifier));
  return ORDER.filter((q) => used.has(q)).map((q) => MEANING[q] as string);
}

/** Every note under a chart, wherever it is shown (figure, picture, embed, JSON): its own, then its qualifiers'. */
export function chartNotes(def: { notes: string[] }, rows: ChartRow[]): string[] {
  return [...def.notes, ...qualifierNotes(rows)];
}

/** Distinct sources of the rows' citations (every one of every row), in first-use order, with all their locators. */
export function sourcesOf(rows: ChartRow[]): { id: string; title: string; locators: string[] }[] {
  const all = rows.flatMap((r) => r.citations);
  return citedSources(all).map((s) => ({ id: s.id, title: all.find((c) => c.source === s.id)!.sourceTitle, locators: s.locators }));
}

/** "Source: Title (¶1, ¶2)" or "Sources: A (¶1); B (§2)", as Figure.astro shows them. */
export function sourceLine(sources: { title: string; locators: string[] }[]): string {
  if (!sources.length) return '';
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.map((s) => `${s.title} (${s.locators.join(', ')})`).join('; ')}`;
}
