// A briefing that is not a draft may not hold the scaffold's placeholder text (title, summary or body);
// a draft may, since it is not published.
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEFING_PLACEHOLDERS, findPlaceholder } from '../../../src/lib/briefing-placeholders.ts';
import { at, briefingText, baseSite, problemsOf, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const FILE = 'content/briefings/a.mdx';
type Briefing = { frontmatter: Record<string, unknown>; body: string };
const brief = (s: SiteFiles) => s.briefings.a as Briefing;

describe('findPlaceholder', () => {
  it('finds each placeholder of the list, also rewrapped over lines', () => {
    for (const p of Object.values(BRIEFING_PLACEHOLDERS)) {
      expect(findPlaceholder(`Before. ${p} After.`)).toEqual({ placeholder: p, index: 8 });
      expect(findPlaceholder(p.replace(/ /g, '\n'))?.placeholder).toBe(p);
    }
  });
  it('finds a placeholder partly rewritten by its mark, and the earliest of several', () => {
    expect(findPlaceholder('We wrote [placeholder: our own words here]')).toEqual({ placeholder: '[placeholder:', index: 9 });
    expect(findPlaceholder(`${BRIEFING_PLACEHOLDERS.matters} ${BRIEFING_PLACEHOLDERS.lead}`)?.placeholder).toBe(BRIEFING_PLACEHOLDERS.matters);
  });
  it('finds nothing in finished prose', () => {
    expect(findPlaceholder('A placeholder compound [sic] was licensed: see [the report](https://example.com).')).toBeUndefined();
  });
});

describe('validation', () => {
  it('reports a placeholder in the title, the summary and the body of a published briefing, each with its field', async () => {
    const body = `First line.\n\nSecond paragraph ${BRIEFING_PLACEHOLDERS.figures}\n`;
    const problems = await problemsOf((s) => {
      Object.assign(brief(s).frontmatter, { title: `Q3 ${BRIEFING_PLACEHOLDERS.lead}`, summary: BRIEFING_PLACEHOLDERS.summary });
      brief(s).body = body;
    });
    const line = briefingText({ ...brief(baseSite()), body }).split('\n').findIndex((l) => l.includes('[Placeholder')) + 1;
    expect(problems.map((p) => p.field)).toEqual(['title', 'summary', `body line ${line}`]);
    for (const field of ['title', 'summary', `body line ${line}`]) expect(at(problems, FILE, 'a', field)).toHaveLength(1);
    expect(problems[1]!.message).toMatch(/still holds the placeholder "\[Placeholder: one or two sentences.*\]": replace it with your own text, or keep .* draft: true/);
  });

  it('a draft may hold placeholders', async () => {
    expect(
      await problemsOf((s) => {
        Object.assign(brief(s).frontmatter, { summary: BRIEFING_PLACEHOLDERS.summary, draft: true });
        brief(s).body += `\n${BRIEFING_PLACEHOLDERS.lead}\n`;
      }),
    ).toEqual([]);
  });
});
