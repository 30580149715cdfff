// Where everything lands in an edition report, from the page count of each printed part: start pages for the
// contents, the outline, and each page's running header. Pure: tested without a browser.
import { REPORT_SECTIONS, type ReportPart, type ReportPartKind } from '../../src/lib/edition-reports.ts';
import type { OutlineItem } from './pdf-outline.ts';

export interface PlacedPart extends ReportPart {
  /** First page, counted from 1 at the cover (the number printed on it and the viewer's page number alike). */
  start: number;
  pages: number;
}

export interface ReportSection {
  kind: ReportPartKind;
  title: string;
  start: number;
  parts: PlacedPart[];
}

export interface ReportLayout {
  /** Pages before the first part: the cover and the contents. */
  front: number;
  total: number;
  sections: ReportSection[];
}

export const CONTENTS_TITLE = 'Contents';

/** Parts in print order with their page counts, after `front` pages of cover and contents. */
export function layoutReport(parts: ReportPart[], pageCounts: number[], front: number): ReportLayout {
  if (pageCounts.length !== parts.length) throw new Error(`${parts.length} parts but ${pageCounts.length} page counts`);
  const sections: ReportSection[] = [];
  let next = front + 1;
  parts.forEach((part, i) => {
    const placed = { ...part, start: next, pages: pageCounts[i]! };
    next += placed.pages;
    const last = sections[sections.length - 1];
    if (last?.kind === part.kind) last.parts.push(placed);
    else sections.push({ kind: part.kind, title: REPORT_SECTIONS[part.kind], start: placed.start, parts: [placed] });
  });
  return { front, total: next - 1, sections };
}

/** A section of one part named as the section ("Sources") is one entry, not a heading over itself. */
const single = (s: ReportSection) => s.parts.length === 1 && s.parts[0]!.title === s.title;

/** Bookmarks: the contents, then each section with an entry per part (page indexes from 0). */
export function reportOutline(layout: ReportLayout): OutlineItem[] {
  return [
    { title: CONTENTS_TITLE, page: 1 },
    ...layout.sections.map((s) =>
      single(s) ? { title: s.title, page: s.start - 1 } : { title: s.title, page: s.start - 1, children: s.parts.map((p) => ({ title: p.title, page: p.start - 1 })) },
    ),
  ];
}

/** The contents page's lines: each section, and its parts unless it is a single entry. */
export function contentsOf(layout: ReportLayout): { title: string; page: number; parts: { title: string; page: number }[] }[] {
  return layout.sections.map((s) => ({ title: s.title, page: s.start, parts: single(s) ? [] : s.parts.map((p) => ({ title: p.title, page: p.start })) }));
}

/** The running header's section title on each page (index 0 = page 1): none on the cover. */
export function runningTitles(layout: ReportLayout): string[] {
  const titles: string[] = Array.from({ length: layout.front }, (_, i) => (i === 0 ? '' : CONTENTS_TITLE));
  for (const s of layout.sections)
    for (const p of s.parts) for (let i = 0; i < p.pages; i++) titles.push(single(s) ? s.title : `${s.title} · ${p.title}`);
  return titles;
}
