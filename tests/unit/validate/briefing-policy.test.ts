// Briefings are content, not code: validation names file, body line and column of anything the briefing
// policy forbids, and the MDX compiler step (mdx-guard) refuses the same, for briefings that skip validation.
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxGuard } from '../../../src/integrations/mdx-guard.ts';
import { urlProblem } from '../../../src/lib/briefing-policy.ts';
import { at, briefingText, baseSite, problemsOf, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const FILE = 'content/briefings/a.mdx';
type Briefing = { frontmatter: Record<string, unknown>; body: string };
const brief = (s: SiteFiles) => s.briefings.a as Briefing;

/** Adds `text` to the fixture briefing; returns every problem and the file line the text starts on. */
async function withText(text: string) {
  const s = baseSite();
  brief(s).body += `\n${text}\n`;
  const line = briefingText(brief(s)).split('\n').findIndex((l) => l.includes(text.split('\n')[0]!)) + 1;
  const problems = await problemsOf((site) => (brief(site).body += `\n${text}\n`));
  return { problems, line };
}

/** The one problem `text` causes, at its line; returns the message. */
async function refused(text: string): Promise<string> {
  const { problems, line } = await withText(text);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  expect(at(problems, FILE, 'a', `body line ${line}`), JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!.message;
}

// Each hostile briefing found on a copy of the project (issue 14), as the reviewer would meet it.
const HOSTILE: [string, string, RegExp][] = [
  ['imports a system file', "import passwd from '/etc/passwd?raw'", /^column 1: import and export are not allowed/],
  ['exports code that runs at build time', "export const out = require('node:child_process').execSync('id').toString()", /^column 1: import and export are not allowed/],
  ['stops the build', 'Text {process.exit(1)} more.', /^column 6: the expression \{process\.exit\(1\)\} is not allowed/],
  ['makes builds differ (date)', 'Built {new Date().toString()}.', /^column 7: the expression .* would run as code at build time/],
  ['makes builds differ (random)', '{Math.random()}', /^column 1: the expression \{Math\.random\(\)\}/],
  ['raw script', '<script>alert(1)</script>', /^column 1: the element <script> is not allowed/],
  ['iframe with javascript:', '<iframe src="javascript:alert(1)"></iframe>', /^column 1: the element <iframe> is not allowed/],
  ['javascript: link (HTML)', '<a href="javascript:alert(1)">x</a>', /^column 1: <a href>: the address "javascript:alert\(1\)" is not allowed/],
  ['javascript: link hidden by a tab and capitals', '<a href="Java\tScript:alert(1)">x</a>', /^column 1: <a href>: the address/],
  ['javascript: link (Markdown)', 'See [this](javascript:alert(1)).', /^column 5: the address "javascript:alert\(1\)" is not allowed/],
  ['javascript: link (reference definition)', '[x]: javascript:alert(1)', /^column 1: the address "javascript:alert\(1\)" is not allowed/],
  ['data: link', '[x](data:text/html,<script>alert(1)</script>)', /^column 1: the address "data:text\/html/],
  ['onerror handler', '<img src="/logo.svg" alt="" onerror="alert(1)" />', /^column 1: <img>: the attribute onerror is not allowed/],
  ['an attribute expression', '<abbr title={process.env.HOME}>x</abbr>', /^column 1: <abbr title=\{…\}>: attribute values must be quoted text/],
  ['a spread attribute', '<span {...globalThis}>x</span>', /^column 1: <span>: spread attributes/],
  ['a component attribute the component does not take', '<Chart id="korea-licensing-exports" compact="" />', /^column 1: <Chart>: the attribute compact is not allowed; it takes id/],
  ['an image read from the builder\'s disk', '![x](../../etc/hostname)', /^column 1: the image address "..\/..\/etc\/hostname" is not allowed/],
  ['an id attribute (clobbers the page)', '<span id="pagefind">x</span>', /^column 1: <span>: the attribute id is not allowed/],
  ['a direction override in prose ("evil" shown as "live")', 'Licensed by \u202Eevil\u202C.', /^column 1: the text contains U\+202E RIGHT-TO-LEFT OVERRIDE at character 13/],
  ['a zero-width space in an attribute', '<abbr title="Antibody\u200B-drug conjugate">ADC</abbr>', /^column 1: <abbr title>: the value contains U\+200B ZERO WIDTH SPACE at character 9/],
];

describe('validation refuses code and unsafe markup in a briefing, at its line and column', () => {
  for (const [name, text, message] of HOSTILE)
    it(name, async () => {
      expect(await refused(text)).toMatch(message);
    });

  it('every problem of a briefing is listed in one run', async () => {
    const { problems } = await withText("import a from '/etc/passwd?raw'\n\n<script>alert(1)</script>\n\nA {1 + 1} and [x](javascript:void(0)).");
    expect(problems.map((p) => p.message.replace(/:.*/, ''))).toEqual(['column 1', 'column 1', 'column 3', 'column 15']);
  });
});

describe('what a briefing may contain', () => {
  it('prose with plain HTML, links, images from the site, comments and escaped braces passes', async () => {
    const { problems } = await withText(
      [
        '<aside class="note">A note with 5 \\< 6 and \\{braces\\}.</aside>',
        '',
        '{/* an MDX comment compiles to nothing */}',
        '',
        'See <abbr title="Antibody-drug conjugate">ADC</abbr>, [the source](https://example.com/a), [a page](/deals/), [mail](mailto:x@example.com) and [below](#notes).',
        '',
        '![The logo](/logo.svg) <img src="https://example.com/x.png" alt="x" />',
        '',
        '<details open><summary>More</summary><p>Text<sup>1</sup>.</p></details>',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('links: http(s), mailto and site-relative addresses only; images: http(s) or from the site root', () => {
    for (const ok of ['https://a.example/x', 'http://a.example', '/deals/', '#top', 'deals/', '?q=1', 'mailto:a@b.example', '//cdn.example/x'])
      expect(urlProblem(ok, 'link'), ok).toBeUndefined();
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'jav&#x09;ascript:x'.replace('&#x09;', '\t'), 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd'])
      expect(urlProblem(bad, 'link'), bad).toBeDefined();
    for (const ok of ['/logo.svg', 'https://a.example/x.png']) expect(urlProblem(ok, 'image'), ok).toBeUndefined();
    for (const bad of ['./x.png', '../x.png', 'x.png', 'data:image/svg+xml,<svg/>', 'file:///etc/hostname']) expect(urlProblem(bad, 'image'), bad).toBeDefined();
  });
});

describe('the MDX compiler step refuses the same, for a briefing that skipped validation', () => {
  const compile = async (body: string) => mdxToJs(body, { mdastPlugins: [mdxGuard], fileURL: new URL('file:///site/content/briefings/x.mdx') });

  for (const [name, text] of HOSTILE)
    it(name, async () => {
      await expect(compile(`Intro.\n\n${text}\n`)).rejects.toThrow(/^\/site\/content\/briefings\/x\.mdx:3:\d+: .*\(briefing policy: see "Reviewing a briefing" in the README\)$/);
    });

  it('compiles a briefing the policy allows', async () => {
    const { code } = await compile('Intro <Num series="x" period="2024" /> and [a link](/deals/). {/* note */}\n');
    expect(code).toContain('Num');
  });
});
