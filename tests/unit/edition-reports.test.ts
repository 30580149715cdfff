// The edition reports' input (src/lib/edition-reports.ts) on the fixture site: until editions exist, one
// report of every published briefing, newest first, then its topics' charts, the deal appendix and sources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionReports, reportPdfSlot } from '../../src/lib/edition-reports.ts';
import type { SiteContent } from '../../src/lib/site-content.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';
import { removeSites, type SiteFiles } from '../helpers/fixture-site.ts';

type Briefing = { frontmatter: Record<string, unknown>; body: string };

/** An older briefing (Q4 2024, published later than the Q1 one: a late write-up), a draft and a topic without charts. */
function withMore(s: SiteFiles) {
  const a = s.briefings.a as Briefing;
  s.topics.push({ ...s.topics[0], id: 'no-charts', title: 'No charts', charts: [], order: 0 });
  const older = { ...a.frontmatter, title: 'Older', date: '2025-04-02', period: '2024-Q4', periodLabel: 'Q4 2024', topics: ['licensing', 'no-charts'], deals: [] };
  s.briefings.older = { frontmatter: older, body: 'Text.\n' };
  s.briefings.draft = { frontmatter: { ...older, title: 'Draft', period: '2025-Q3', periodLabel: 'Q3 2025', draft: true }, body: 'Not yet.\n' };
}

let c: SiteContent;
beforeAll(async () => (c = await fixtureContent(withMore)));
afterAll(removeSites);

describe('edition reports', () => {
  it('one report of the published briefings, named after the latest period, dated by the newest briefing', () => {
    const [report, ...more] = editionReports(c);
    expect(more).toEqual([]);
    expect(report).toMatchObject({ id: '2025-q1', label: 'Q1 2025', date: '2025-04-02', linkedFrom: ['/briefings/'] });
    expect(reportPdfSlot(report!.id)).toBe('reports/2025-q1');
  });

  it('parts: briefings newest first, the charts of their topics (none for a topic without charts), deals, sources', () => {
    expect(editionReports(c)[0]!.parts).toEqual([
      { title: 'Older', path: '/briefings/older/', kind: 'briefing' },
      { title: 'A briefing', path: '/briefings/a/', kind: 'briefing' },
      { title: 'Licensing', path: '/topics/licensing/', kind: 'charts' },
      { title: 'Deal appendix', path: '/deals/', kind: 'deals' },
      { title: 'Sources', path: '/sources/', kind: 'sources' },
    ]);
  });

  it('with editions: one report per edition that has a briefing, with its page as "what changed", linked from it and /briefings/', () => {
    const editions = [
      { edition: { id: 'e1', label: 'Q1 2025', period: '2025-Q1', published: '2025-03-31' } },
      { edition: { id: 'e2', label: 'Q2 2025', period: '2025-Q2', published: '2025-06-30' } },
      { edition: { id: 'e3', label: 'Q3 2025', period: '2025-Q3', published: '2025-09-30' } },
    ];
    const briefings = c.briefings.map((b) => ({ ...b, data: { ...b.data, edition: b.id === 'a' ? 'e1' : 'e2' } }));
    const reports = editionReports({ ...c, briefings, editions });
    expect(reports.map((r) => [r.id, r.label, r.date, r.linkedFrom])).toEqual([
      ['e1', 'Q1 2025 edition', '2025-03-31', ['/editions/e1/', '/briefings/']],
      ['e2', 'Q2 2025 edition', '2025-06-30', ['/editions/e2/', '/briefings/']],
    ]);
    expect(reports[0]!.parts).toEqual([
      { title: 'A briefing', path: '/briefings/a/', kind: 'briefing' },
      { title: 'Since the previous edition', path: '/editions/e1/', kind: 'changes' },
      { title: 'Licensing', path: '/topics/licensing/', kind: 'charts' },
      { title: 'Deal appendix', path: '/editions/e1/deals/', kind: 'deals' },
      { title: 'Sources', path: '/sources/', kind: 'sources' },
    ]);
  });

  it('no briefings, no report', () => {
    expect(editionReports({ ...c, briefings: [] })).toEqual([]);
  });
});
