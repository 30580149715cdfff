// Briefing problems name the .mdx file, the slug and the frontmatter field or the body line.
import { afterAll, describe, expect, it } from 'vitest';
import { at, briefingText, baseSite, FIXTURE_CHART_IDS, problemsOf, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const FILE = 'content/briefings/a.mdx';
type Briefing = { frontmatter: Record<string, unknown>; body: string };
const brief = (s: SiteFiles) => s.briefings.a as Briefing;

async function only(mutate: Parameters<typeof problemsOf>[0], field: string) {
  const problems = await problemsOf(mutate);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  expect(at(problems, FILE, 'a', field), JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!.message;
}

/** File line of a body line in the generated briefing. */
function fileLineOf(needle: string, mutate?: (b: Briefing) => void): number {
  const s = baseSite();
  mutate?.(brief(s));
  return briefingText(brief(s)).split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('file name', () => {
  it('must be a lowercase slug: it is the page address', async () => {
    const problems = await problemsOf((s) => {
      s.briefings['Korea Q3'] = s.briefings.a!;
      delete s.briefings.a;
    });
    const p = at(problems, 'content/briefings/Korea Q3.mdx', 'Korea Q3', 'file name');
    expect(p, JSON.stringify(problems, null, 1)).toHaveLength(1);
    expect(p[0]!.message).toMatch(/lowercase slug/);
  });

  it('a slug file name is fine', async () => {
    const problems = await problemsOf((s) => {
      s.briefings['korea-q3-2025'] = s.briefings.a!;
      delete s.briefings.a;
    });
    expect(problems.filter((p) => p.field === 'file name')).toEqual([]);
  });
});

describe('frontmatter', () => {
  it('broken YAML is reported with its file line', async () => {
    const text = ['---', 'title: "A briefing"', 'summary: [unclosed', 'date: "2025-03-28"', '---', 'Body.'].join('\n');
    const problems = await problemsOf((s) => (s.briefings.a = text));
    const p = at(problems, FILE, 'a', 'frontmatter');
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toMatch(/^broken frontmatter at line \d+/);
    const line = Number(/at line (\d+)/.exec(p[0]!.message)![1]);
    // js-yaml notices the unclosed flow sequence on line 3 or the line after it; either is inside the block.
    expect(line).toBeGreaterThanOrEqual(3);
    expect(line).toBeLessThanOrEqual(4);
  });

  it('a bad indentation error points at the offending line', async () => {
    const text = ['---', 'title: "A"', 'summary: "B"', '  date: x', '---', ''].join('\n');
    const problems = await problemsOf((s) => (s.briefings.a = text));
    expect(at(problems, FILE, 'a', 'frontmatter')[0]?.message).toBe('broken frontmatter at line 4, column 3: bad indentation of a mapping entry');
  });

  it('missing frontmatter', async () => {
    const msg = await only((s) => (s.briefings.a = 'Just a body.\n'), 'frontmatter');
    expect(msg).toMatch(/^missing frontmatter/);
  });

  it('an unquoted date or number in YAML says to quote it', async () => {
    const text = ['---', 'title: "A briefing"', 'summary: "S"', 'date: 2025-03-28', 'period: "2025-Q1"', 'periodLabel: "Q1"', 'region: korea', 'topics: [licensing]', 'sources: [src-a]', '---', ''].join('\n');
    const msg = await only((s) => (s.briefings.a = text), 'date');
    expect(msg).toMatch(/expected string, received Date \(quote the value/);
  });

  it('a missing frontmatter field', async () => {
    const msg = await only((s) => delete brief(s).frontmatter.summary, 'summary');
    expect(msg).toMatch(/required field is missing/);
  });

  it('an unknown topic lists the topics', async () => {
    const msg = await only((s) => (brief(s).frontmatter.topics = ['licensing', 'nope']), 'topics.1');
    expect(msg).toBe('unknown topic "nope"; expected one of: licensing');
  });

  it('an unknown source lists the sources', async () => {
    const msg = await only((s) => (brief(s).frontmatter.sources = ['src-b']), 'sources.0');
    expect(msg).toBe('unknown source "src-b"; expected one of: src-a');
  });

  it('an unknown deal', async () => {
    const msg = await only((s) => (brief(s).frontmatter.deals = ['acme-bigpharma-2025', 'ghost']), 'deals.1');
    expect(msg).toMatch(/^unknown deal "ghost"/);
  });
});

describe('components in the body', () => {
  it('<Chart id="nope" /> names the body line and lists the chart ids', async () => {
    const mutate = (b: Briefing) => (b.body += '\nSee <Chart id="nope" /> below.\n');
    const line = fileLineOf('id="nope"', mutate);
    const msg = await only((s) => mutate(brief(s)), `body line ${line} <Chart>`);
    expect(msg).toBe(`unknown chart id "nope"; expected one of: ${[...FIXTURE_CHART_IDS].sort().join(', ')}`);
  });

  it('<Num> matching no point lists the points of the series', async () => {
    const mutate = (b: Briefing) => (b.body = b.body.replace('period="2024"', 'period="2023"'));
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('<Num', mutate)} <Num>`);
    expect(msg).toMatch(/^matches no point of series "x"; points: period="2024" \| period="2025" category="adc"/);
  });

  it('<Num> matching several points asks for category/by', async () => {
    const mutate = (b: Briefing) => (b.body += '\nShare <Num series="x" period="2025" category="adc" />.\n');
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('category="adc"', mutate)} <Num>`);
    expect(msg).toMatch(/^matches 2 points of series "x"/);
    expect(msg).toContain('by="ARC"');
  });

  it('<Num> with `by` picks one point (no problem)', async () => {
    expect(await problemsOf((s) => (brief(s).body += '\n<Num series="x" period="2025" category="adc" by="ARC" />\n'))).toEqual([]);
  });

  it('<Num> naming an unknown series', async () => {
    const mutate = (b: Briefing) => (b.body += '\n<Num series="zz" period="2024" />\n');
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('series="zz"', mutate)} <Num>`);
    expect(msg).toBe('unknown metric series "zz"; expected one of: x');
  });

  it('<DealTerm> on a deal without that term', async () => {
    const mutate = (b: Briefing) => {
      b.body += '\n<DealTerm deal="acme-bigpharma-rd-2024" term="upfront" />\n';
      (b.frontmatter.deals as string[]).push('acme-bigpharma-rd-2024');
    };
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('acme-bigpharma-rd-2024" term', mutate)} <DealTerm>`);
    expect(msg).toBe('the sources state no upfront for deal "acme-bigpharma-rd-2024" (data/deals.json)');
  });

  it('<DealTerm> quoting a deal the frontmatter does not list: the deal page would not link back', async () => {
    const mutate = (b: Briefing) => (b.body += '\n<DealTerm deal="acme-bigpharma-rd-2024" term="total" />\n');
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('acme-bigpharma-rd-2024" term', mutate)} <DealTerm>`);
    expect(msg).toBe(`deal "acme-bigpharma-rd-2024" is quoted here but not in the frontmatter's deals: add it, so this briefing's deals table and the deal's page list each other`);
  });

  it('<DealTerm> with an unknown term', async () => {
    const mutate = (b: Briefing) => (b.body = b.body.replace('term="upfront"', 'term="royalty"'));
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('term="royalty"', mutate)} <DealTerm>`);
    expect(msg).toMatch(/term must be upfront, equity, nearTerm, milestones, total, got "royalty"/);
  });

  it('components inside code (inline or fenced) are text, not references', async () => {
    const body = '\nWrite `<Chart id="nope" />` to embed.\n\n```mdx\n<Num series="zz" period="1999" />\n```\n';
    expect(await problemsOf((s) => (brief(s).body += body))).toEqual([]);
  });
});

describe('MDX the compiler cannot read', () => {
  // Each of these used to pass validation and then stop Astro with a stack trace (or only when the page rendered).
  it('a "<" in prose names the file line and column, and says how to write the character', async () => {
    const mutate = (b: Briefing) => (b.body += '\nDeals <$50M were common.\n');
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('Deals <$50M', mutate)}`);
    expect(msg).toMatch(/^MDX cannot be read at column 7: Unexpected character after `<`/);
    expect(msg).toContain('write \\<');
  });

  it('an unclosed "{" is reported with a hint', async () => {
    const mutate = (b: Briefing) => (b.body += '\nRevenue {grew strongly.\n');
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('Revenue {', mutate)}`);
    expect(msg).toMatch(/closing brace/);
    expect(msg).toContain('write \\{');
  });

  it('an unclosed HTML tag', async () => {
    const mutate = (b: Briefing) => (b.body += '\n<div class="note">\n\nText.\n');
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('<div class="note">', mutate)}`);
    expect(msg).toMatch(/closing tag for `<div>`/);
  });

  it('an unknown component names the ones a briefing can use', async () => {
    const mutate = (b: Briefing) => (b.body += '\n<Chartt id="x" />\n');
    const msg = await only((s) => mutate(brief(s)), `body line ${fileLineOf('<Chartt', mutate)}`);
    expect(msg).toBe('column 1: unknown component <Chartt>: a briefing can use <Chart>, <DealTerm>, <Num>');
  });

  it('every briefing with a problem is reported in one run', async () => {
    const problems = await problemsOf((s) => {
      brief(s).body += '\nDeals <$50M.\n';
      s.briefings.b = { ...brief(s), body: 'Fine.\n\n<Tabel />\n' };
    });
    expect(at(problems, FILE, 'a', `body line ${fileLineOf('Deals <$50M', (b) => (b.body += '\nDeals <$50M.\n'))}`)).toHaveLength(1);
    expect(problems.filter((p) => p.file === 'content/briefings/b.mdx').map((p) => p.message)).toEqual([
      'column 1: unknown component <Tabel>: a briefing can use <Chart>, <DealTerm>, <Num>',
    ]);
  });

  it('HTML, escaped characters and the known components are fine', async () => {
    const body = '\n<aside class="note">A note with 5 \\< 6 and \\{braces\\}.</aside>\n\nAt <Chart id="korea-licensing-exports" /> and &lt;50.\n';
    expect(await problemsOf((s) => (brief(s).body += body))).toEqual([]);
  });
});

describe('files that are not briefings', () => {
  it('a Markdown file in content/briefings/ is reported, not silently left out', async () => {
    const problems = await problemsOf((s) => (s.raw['content/briefings/draft.md'] = briefingText(brief(s))));
    const p = at(problems, 'content/briefings/draft.md', 'draft', 'file name');
    expect(p, JSON.stringify(problems, null, 1)).toHaveLength(1);
    expect(p[0]!.message).toMatch(/only \.mdx files are briefings: rename it to draft\.mdx/);
  });

  it('a briefing saved with a byte-order mark reads as any other', async () => {
    expect(await problemsOf((s) => (s.briefings.a = '\uFEFF' + briefingText(brief(s))))).toEqual([]);
  });
});
