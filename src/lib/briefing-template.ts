import { idProblem } from '../schema/primitives.ts';
import { BRIEFING_PLACEHOLDERS as P } from './briefing-placeholders.ts';

/** Title without accents: "Café" → "Cafe" (NFKD, then the combining marks dropped). */
const withoutAccents = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Slug for a briefing file name from its title: "Korea Q3 2025 update" → "korea-q3-2025-update". */
export function slugify(title: string): string {
  return withoutAccents(title)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The day `now` falls on in UTC, YYYY-MM-DD: a new briefing's date unless the author gives one. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export type SlugChoice = { slug: string; from: 'option' | 'title' | 'region and period' } | { problem: string };

/**
 * The file name (without .mdx) of a new briefing: `slug` if given; else the title's slug; else, for a
 * title with letters a slug cannot carry (Korean, Chinese: no transliteration without a dependency, and a
 * slug of its Latin remnants, "韩国 ADC 交易" → "adc", would name the wrong thing), "<region>-<period>".
 */
export function briefingSlug(b: { title: string; region: string; period: string; slug?: string }): SlugChoice {
  const check = (slug: string, from: 'option' | 'title' | 'region and period'): SlugChoice => {
    if (slug === '') return { problem: '--slug is empty: give the file name, e.g. --slug korea-licensing-q3-2025' };
    if (slug.startsWith('.')) return { problem: `--slug "${slug}" starts with a dot: the file would be hidden; give a name such as korea-licensing-q3-2025` };
    const wrong = idProblem(slug, 'expected a lowercase slug such as "korea-licensing-q3-2025" (a-z, 0-9, single hyphens, without .mdx): the file name is the page\'s address');
    if (!wrong) return { slug, from };
    return { problem: from === 'option' ? `--slug "${slug}": ${wrong}` : `the file name "${slug}" made from the ${from}: ${wrong}; name the file with --slug` };
  };
  if (b.slug !== undefined) return check(b.slug, 'option');
  const fromTitle = slugify(b.title);
  const otherLetters = /[^\P{L}a-z]/iu.test(withoutAccents(b.title));
  if (!otherLetters && /[a-z]/.test(fromTitle)) return check(fromTitle, 'title');
  return check(slugify(`${b.region} ${b.period}`), 'region and period');
}

/** Reader-facing label for a period id: 2025-Q3 → "Q3 2025", 2025-H1 → "H1 2025", 2026-01 → "January 2026". */
export function periodLabel(period: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return period
    .split('/')
    .map((p) => {
      const m = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(p);
      if (!m) return p;
      if (!m[2]) return m[1]!;
      if (/^\d{2}$/.test(m[2])) return `${months[Number(m[2]) - 1]} ${m[1]}`;
      return `${m[2]} ${m[1]}`;
    })
    .join(' to ');
}

export interface NewBriefing { title: string; period: string; date: string; topics: string[]; sources: string[]; region: string; edition?: string }

/**
 * A new briefing's MDX: valid frontmatter, marked a draft, and a body of placeholders
 * (src/lib/briefing-placeholders.ts) with the how-to in MDX comments, which compile to nothing.
 * Validation refuses to publish it (draft: false) while any placeholder is left.
 */
export function briefingTemplate(b: NewBriefing): string {
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return `---
title: ${JSON.stringify(b.title)}
summary: ${JSON.stringify(P.summary)}
date: ${JSON.stringify(b.date)}
period: ${JSON.stringify(b.period)}
periodLabel: ${JSON.stringify(periodLabel(b.period))}
region: ${JSON.stringify(b.region)}
${b.edition === undefined ? '' : `edition: ${JSON.stringify(b.edition)}\n`}topics: ${list(b.topics)}
sources: ${list(b.sources)}
deals: []
authors: ["Deal Atlas"]
# Not published while draft is true. Replace every "[Placeholder: …]", then delete this line and the next.
draft: true
---

{/* Figures come from data with their source, never typed: a metric point is
<Num series="korea-licensing-exports" period="2024" />, a deal's terms <DealTerm deal="remegen-abbvie-2026" term="total" />
(list the deal in the frontmatter's deals), a chart <Chart id="korea-licensing-exports" />; npm run validate
lists the ids. Write \\< and \\{ for those characters in prose. */}

${P.lead}

## What happened

${P.happened}

## Why it matters

${P.matters}

## Key figures

${P.figures}
`;
}
