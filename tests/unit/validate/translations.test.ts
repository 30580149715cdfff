// Translated briefings (content/briefings/ko/, zh/): each needs its English original, states the same
// edition, date and other shared frontmatter, and quotes the same figures and charts; problems name file,
// record and field.
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEFING_PLACEHOLDERS } from '../../../src/lib/briefing-placeholders.ts';
import { at, problemsOf, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

type Briefing = { frontmatter: Record<string, unknown>; body: string };
const KO = 'content/briefings/ko/a.mdx';

/** A Korean translation of the fixture briefing "a", changed by `change`. */
function withKorean(change: (b: Briefing, s: SiteFiles) => void = () => {}) {
  return (s: SiteFiles) => {
    const a = s.briefings.a as Briefing;
    const ko: Briefing = {
      frontmatter: { ...a.frontmatter, title: '브리핑', summary: '무슨 일이 있었나.', periodLabel: '2025년 1분기' },
      body: a.body.replace('Acme licensed AB-101 for', 'Acme는 AB-101을 기술이전했다. 계약금').replace('Exports were', '수출액은'),
    };
    s.briefings['ko/a'] = ko;
    change(ko, s);
  };
}

describe('translations', () => {
  it('a faithful translation is no problem', async () => {
    expect(await problemsOf(withKorean())).toEqual([]);
  });

  it('needs an English original of the same file name', async () => {
    const problems = await problemsOf(withKorean((_, s) => {
      s.briefings['ko/b'] = s.briefings['ko/a']!;
      delete s.briefings['ko/a'];
    }));
    const p = at(problems, 'content/briefings/ko/b.mdx', 'b', 'file name');
    expect(p, JSON.stringify(problems, null, 1)).toHaveLength(1);
    expect(p[0]!.message).toMatch(/no English original content\/briefings\/b\.mdx/);
  });

  it('an original with a mistake of its own: the mistake once, its translations not compared until it is fixed', async () => {
    const problems = await problemsOf(withKorean((_, s) => {
      const a = s.briefings.a as Briefing;
      a.body = `${a.body}\n<Chart id="no-such-chart" />\n`;
    }));
    expect(problems.filter((p) => p.file === KO), JSON.stringify(problems, null, 1)).toEqual([]);
    expect(problems.filter((p) => p.file === 'content/briefings/a.mdx' && /no-such-chart/.test(p.message))).toHaveLength(1);
  });

  it('states the same edition and date as its original', async () => {
    const problems = await problemsOf(withKorean((b) => {
      b.frontmatter.date = '2025-03-29';
      b.frontmatter.edition = '2025-q2';
    }));
    expect(at(problems, KO, 'a', 'date')[0]?.message).toMatch(/"2025-03-29" differs from the English original's "2025-03-28" \(content\/briefings\/a\.mdx\)/);
    expect(at(problems, KO, 'a', 'edition')[0]?.message).toMatch(/"2025-q2" differs from the English original's \(none\)/);
  });

  it('the same deals, sources and topics', async () => {
    const problems = await problemsOf(withKorean((b) => (b.frontmatter.deals = [])));
    expect(at(problems, KO, 'a', 'deals'), JSON.stringify(problems, null, 1)).toHaveLength(1);
  });

  it('bad frontmatter is reported as for an English briefing, on the translation', async () => {
    const problems = await problemsOf(withKorean((b) => delete b.frontmatter.summary));
    expect(at(problems, KO, 'a', 'summary')[0]?.message).toMatch(/required field is missing/);
  });

  it('a figure typed as text instead of its component is missing', async () => {
    const problems = await problemsOf(withKorean((b) => (b.body = b.body.replace('<Num series="x" period="2024" />', '48억 달러'))));
    const p = at(problems, KO, 'a', 'body');
    expect(p, JSON.stringify(problems, null, 1)).toHaveLength(1);
    expect(p[0]!.message).toMatch(/does not place <Num period="2024" series="x" \/>/);
  });

  it('a figure its original does not quote is named with its line', async () => {
    const problems = await problemsOf(withKorean((b) => (b.body += '\nAlso <DealTerm deal="acme-bigpharma-2025" term="total" />.\n')));
    const p = problems.filter((q) => q.file === KO && q.field.startsWith('body line'));
    expect(p, JSON.stringify(problems, null, 1)).toHaveLength(1);
    expect(p[0]!.field).toMatch(/^body line \d+ <DealTerm>$/);
    expect(p[0]!.message).toMatch(/is not in the English original/);
  });

  it('placeholders apply to a translation that is not a draft, not to a draft', async () => {
    const placeholder = BRIEFING_PLACEHOLDERS.summary;
    const left = await problemsOf(withKorean((b) => (b.frontmatter.title = placeholder)));
    expect(at(left, KO, 'a', 'title')).toHaveLength(1);
    const draft = await problemsOf(withKorean((b) => Object.assign(b.frontmatter, { title: placeholder, draft: true })));
    expect(draft).toEqual([]);
  });
});

describe('translation files', () => {
  it('a Markdown file in a language folder is reported, not silently left out', async () => {
    const problems = await problemsOf(withKorean((_, s) => (s.raw['content/briefings/zh/a.md'] = '---\ntitle: "x"\n---\n')));
    const p = at(problems, 'content/briefings/zh/a.md', 'a', 'file name');
    expect(p, JSON.stringify(problems, null, 1)).toHaveLength(1);
    expect(p[0]!.message).toMatch(/only \.mdx files are briefings: rename it to a\.mdx .* out of content\/briefings\/zh\//);
  });
});
