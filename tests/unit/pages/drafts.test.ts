// Drafts are never published (pages, feed, sitemap and search are all made from siteContent's briefings),
// and `astro dev` shows them (drafts: true) so that an author can preview a scaffolded draft.
import { afterAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../../src/charts/registry.ts';
import { rssFeed } from '../../../src/lib/pages/feeds.ts';
import { siteContent } from '../../../src/lib/site-content.ts';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { makeSite, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

type Briefing = { frontmatter: Record<string, unknown>; body: string };

describe('drafts', () => {
  it('are left out of what pages and the feed are made from, and shown only when asked (astro dev)', async () => {
    const root = await makeSite((s) => {
      const a = s.briefings.a as Briefing;
      s.briefings['a-draft'] = { frontmatter: { ...a.frontmatter, title: 'A draft', date: '2025-12-01', draft: true }, body: 'Not yet.\n' };
    });
    const { problems, ...read } = await readDataset(root, chartIds);
    expect(problems).toEqual([]);
    const built = siteContent(read);
    expect(built.briefings.map((b) => b.id)).toEqual(['a']);
    expect(JSON.stringify(rssFeed(built.briefings, new URL('https://example.com/'), 'en').items)).not.toContain('a-draft');
    expect(siteContent(read, { drafts: true }).briefings.map((b) => b.id)).toEqual(['a-draft', 'a']);
  });
});
