/** Slug for a briefing file name from its title: "Korea Q3 2025 update" → "korea-q3-2025-update". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
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

export interface NewBriefing { title: string; period: string; date: string; topics: string[]; sources: string[]; region: string }

/** A new briefing's MDX with valid frontmatter and a skeleton body showing the figure components. */
export function briefingTemplate(b: NewBriefing): string {
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return `---
title: ${JSON.stringify(b.title)}
summary: "One or two sentences: what happened and why it matters."
date: ${JSON.stringify(b.date)}
period: ${JSON.stringify(b.period)}
periodLabel: ${JSON.stringify(periodLabel(b.period))}
region: ${JSON.stringify(b.region)}
topics: ${list(b.topics)}
sources: ${list(b.sources)}
deals: []
authors: ["Deal Atlas"]
---

Open with the news in one paragraph, in your own words.

## What happened

Write figures with components so they come from data, with their source:
a metric point is \`<Num series="korea-licensing-exports" period="2024" />\`,
a deal's terms are \`<DealTerm deal="remegen-abbvie-2026" term="total" />\`.

## Why it matters

## Key figures

Embed a chart by id, e.g. \`<Chart id="korea-licensing-exports" />\` (npm run validate lists the ids).
`;
}
