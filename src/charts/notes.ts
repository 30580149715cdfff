// What each qualifier means, said once under any chart that uses it.
import type { Qualifier } from '../schema/vocab.ts';
import type { ChartRow } from './types.ts';

const MEANING: Partial<Record<Qualifier, string>> = {
  'up-to': '“Up to” values are headline figures that include milestone payments which may never be paid.',
  about: '“About” marks a figure the source gives as approximate.',
  nearly: '“Nearly” marks a figure the source gives as just under the stated amount.',
  'more-than': '“More than” marks a lower bound: the source says the figure exceeds the stated amount.',
  'at-least': '“At least” marks a lower bound stated by the source.',
  range: 'A range shows the low and high ends the source gives.',
  undisclosed: '“Undisclosed” means the source says the amount was not made public.',
};
const ORDER = Object.keys(MEANING) as Qualifier[];

export function qualifierNotes(rows: ChartRow[]): string[] {
  const used = new Set(rows.map((r) => r.qualifier));
  return ORDER.filter((q) => used.has(q)).map((q) => MEANING[q] as string);
}

/** Distinct sources of the rows, in first-use order, with all their locators. */
export function sourcesOf(rows: ChartRow[]): { id: string; title: string; locators: string[] }[] {
  const out = new Map<string, { id: string; title: string; locators: string[] }>();
  for (const r of rows) {
    const s = out.get(r.source) ?? { id: r.source, title: r.sourceTitle, locators: [] };
    for (const l of r.locator.split('; ')) if (!s.locators.includes(l)) s.locators.push(l);
    out.set(r.source, s);
  }
  return [...out.values()];
}
