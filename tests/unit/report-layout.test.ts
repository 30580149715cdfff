// Where an edition report's parts land (scripts/lib/report-layout.ts): the contents, the bookmarks and the
// running headers all follow from the parts' page counts and the front matter's length.
import { describe, expect, it } from 'vitest';
import type { ReportPart } from '../../src/lib/edition-reports.ts';
import { contentsOf, layoutReport, reportOutline, runningTitles } from '../../scripts/lib/report-layout.ts';

const parts: ReportPart[] = [
  { title: 'B2', path: '/briefings/b2/', kind: 'briefing' },
  { title: 'B1', path: '/briefings/b1/', kind: 'briefing' },
  { title: 'Topic', path: '/topics/t/', kind: 'charts' },
  { title: 'Deal appendix', path: '/deals/', kind: 'deals' },
  { title: 'Sources', path: '/sources/', kind: 'sources' },
];

describe('report layout', () => {
  const layout = layoutReport(parts, [3, 2, 1, 2, 4], 2);

  it('starts each part after the front matter and the parts before it, numbering from the cover', () => {
    expect(layout.total).toBe(2 + 3 + 2 + 1 + 2 + 4);
    expect(layout.sections.map((s) => [s.title, s.start, s.parts.map((p) => p.start)])).toEqual([
      ['Briefings', 3, [3, 6]],
      ['Charts', 8, [8]],
      ['Deal appendix', 9, [9]],
      ['Sources', 11, [11]],
    ]);
    // One more page of contents moves everything on by one.
    expect(layoutReport(parts, [3, 2, 1, 2, 4], 3).sections.map((s) => s.start)).toEqual([4, 9, 10, 12]);
  });

  it('contents: a line per section, and per part unless the section is that one part', () => {
    expect(contentsOf(layout)).toEqual([
      { title: 'Briefings', page: 3, parts: [{ title: 'B2', page: 3 }, { title: 'B1', page: 6 }] },
      { title: 'Charts', page: 8, parts: [{ title: 'Topic', page: 8 }] },
      { title: 'Deal appendix', page: 9, parts: [] },
      { title: 'Sources', page: 11, parts: [] },
    ]);
  });

  it('bookmarks the contents, each section and each briefing, at page indexes from 0', () => {
    expect(reportOutline(layout)).toEqual([
      { title: 'Contents', page: 1 },
      { title: 'Briefings', page: 2, children: [{ title: 'B2', page: 2 }, { title: 'B1', page: 5 }] },
      { title: 'Charts', page: 7, children: [{ title: 'Topic', page: 7 }] },
      { title: 'Deal appendix', page: 8 },
      { title: 'Sources', page: 10 },
    ]);
  });

  it('a running title for every page: none on the cover, the section and part on the others', () => {
    const titles = runningTitles(layout);
    expect(titles).toHaveLength(layout.total);
    expect(titles.slice(0, 4)).toEqual(['', 'Contents', 'Briefings · B2', 'Briefings · B2']);
    expect(titles[5]).toBe('Briefings · B1');
    expect(titles.slice(7)).toEqual(['Charts · Topic', 'Deal appendix', 'Deal appendix', 'Sources', 'Sources', 'Sources', 'Sources']);
  });

  it('refuses page counts that do not match the parts', () => {
    expect(() => layoutReport(parts, [1, 2], 2)).toThrow(/5 parts but 2 page counts/);
  });
});
