// `npm run new:briefing` writes a draft that validates as it is, is dated today (UTC) and names its edition;
// refuses unknown ids, bad dates and file names and duplicates; names a Korean title's file after its region
// and period; and its draft is in no part of the built site, nor publishable while it holds placeholders.
// Runs in a copy of the project; the title, topic, source and briefing count come from that copy, not from
// today's content (a published "Korea licensing, Q3 2025" would otherwise collide with the test's own).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_PLACEHOLDERS } from '../../src/lib/briefing-placeholders.ts';
import { utcDay } from '../../src/lib/briefing-template.ts';
import { build, copyProject, describeBuild, listFiles, NODE, removeCopies } from './helpers.ts';

/** A title no real briefing has: its slug is checked to be free in the copy. */
const TITLE = 'New-briefing scaffold check, Q3 2025';
const SLUG = 'new-briefing-scaffold-check-q3-2025';
const FILE = `content/briefings/${SLUG}.mdx`;
/** The file a Korean title gets (region and period): checked to be free in the copy. */
const KOREAN_FILE = 'content/briefings/korea-2025-q3.mdx';

/** Editions no real site has, added to the copy. */
const TEST_EDITIONS = [
  { id: '2025-q3', label: 'Q3 2025 (test)', period: '2025-Q3', published: '2025-10-31', summary: 'A test edition.' },
  { id: '2025-q4', label: 'Q4 2025 (test)', period: '2025-Q4', published: '2026-01-31', summary: 'A test edition.' },
];

let dir = '';
let topic = '';
let source = '';
let briefingCount = 0;
const run = (script: string, args: string[]) => spawnSync(NODE, [script, ...args], { cwd: dir, encoding: 'utf8' });
const firstId = async (rel: string) => (JSON.parse(await readFile(path.join(dir, rel), 'utf8')) as { id: string }[])[0]!.id;
beforeAll(async () => {
  dir = await copyProject('deal-atlas-new-briefing-');
  [topic, source] = [await firstId('data/topics.json'), await firstId('data/sources.json')];
  briefingCount = (await readdir(path.join(dir, 'content/briefings'))).filter((f) => f.endsWith('.mdx')).length;
  // The test's own editions, added to whatever the copy has (its briefings may name theirs).
  const editionsFile = path.join(dir, 'data/editions.json');
  const editions = existsSync(editionsFile) ? (JSON.parse(await readFile(editionsFile, 'utf8')) as unknown[]) : [];
  editions.push(...TEST_EDITIONS);
  await writeFile(editionsFile, JSON.stringify(editions, null, 2));
});
afterAll(removeCopies);

describe('new:briefing', () => {
  it('scaffolds a draft dated today in UTC that passes validation', async () => {
    expect(existsSync(path.join(dir, FILE)), `${FILE} is free in the copy`).toBe(false);
    const before = utcDay(new Date());
    const r = run('scripts/new-briefing.ts', [TITLE, '2025-Q3', '--topic', topic, '--source', source, '--region', 'korea']);
    const after = utcDay(new Date());
    expect(r.status, r.stderr).toBe(0);
    const text = await readFile(path.join(dir, FILE), 'utf8');
    expect(text).toContain('periodLabel: "Q3 2025"');
    expect(text).toMatch(/^draft: true$/m);
    expect([`date: "${before}"`, `date: "${after}"`].some((d) => text.includes(d)), text).toBe(true);
    expect(text).not.toMatch(/^edition:/m);
    const v = run('scripts/validate.ts', []);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(new RegExp(`\\b${briefingCount + 1} briefings \\(1 draft, not published\\)`));
  });

  it('--date and --edition go into the frontmatter; an edition is checked against data/editions.json where it exists', async () => {
    const ok = run('scripts/new-briefing.ts', ['Edition check', '2025-Q3', '--date', '2025-10-02', '--edition', '2025-q3']);
    expect(ok.status, ok.stderr).toBe(0);
    const text = await readFile(path.join(dir, 'content/briefings/edition-check.mdx'), 'utf8');
    expect(text).toContain('date: "2025-10-02"');
    expect(text).toMatch(/^edition: "2025-q3"$/m);
    const unknown = run('scripts/new-briefing.ts', ['Edition check two', '2025-Q3', '--edition', '2031-q1']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/unknown edition 2031-q1; known: (.+, )?2025-q3, 2025-q4\b/);
    const known = run('scripts/new-briefing.ts', ['Edition check two', '2025-Q4', '--edition', '2025-q4']);
    expect(known.status, known.stderr).toBe(0);
    const bad = run('scripts/new-briefing.ts', ['Edition check three', '2025-Q3', '--edition', 'Q3 2025']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--edition "Q3 2025": expected an edition id/);
  });

  it('a Korean title gets a file named after region and period, and says how to choose another', async () => {
    expect(existsSync(path.join(dir, KOREAN_FILE)), `${KOREAN_FILE} is free in the copy`).toBe(false);
    const r = run('scripts/new-briefing.ts', ['한국 라이선스 2025', '2025-Q3', '--region', 'korea']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`created ${KOREAN_FILE}`);
    expect(r.stdout).toMatch(/named after the region and period; pass --slug/);
    expect(await readFile(path.join(dir, KOREAN_FILE), 'utf8')).toContain('title: "한국 라이선스 2025"');
    const again = run('scripts/new-briefing.ts', ['한국 라이선스', '2025-Q3', '--region', 'korea']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/korea-2025-q3\.mdx already exists; name the new file with --slug/);
    const named = run('scripts/new-briefing.ts', ['한국 라이선스', '2025-Q3', '--region', 'korea', '--slug', 'korea-licensing-kr-q3-2025']);
    expect(named.status, named.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'content/briefings/korea-licensing-kr-q3-2025.mdx'))).toBe(true);
    expect((await readdir(path.join(dir, 'content/briefings'))).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses an existing slug, a hidden or malformed --slug, a bad --date and unknown ids, naming the known ones', () => {
    const again = run('scripts/new-briefing.ts', [TITLE, '2025-Q3']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    for (const [slug, message] of [['.korea', /starts with a dot/], ['', /--slug is empty/], ['Korea Q3', /expected a lowercase slug/]] as const) {
      const r = run('scripts/new-briefing.ts', ['Another', '2025-Q3', '--slug', slug]);
      expect(r.status, slug).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    const date = run('scripts/new-briefing.ts', ['Another', '2025-Q3', '--date', '2025-02-30']);
    expect(date.status).toBe(1);
    expect(date.stderr).toMatch(/--date 2025-02-30: expected a real calendar date/);
    const bad = run('scripts/new-briefing.ts', ['Another', '2025-Q3', '--topic', 'nope']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`unknown topic nope; known: .*\\b${topic}\\b`));
    const usage = run('scripts/new-briefing.ts', ['No period']);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/usage/);
  });

  it('the drafts are in no page, feed, sitemap, search index or card of the built site', async () => {
    const r = await build(dir);
    expect(r.code, describeBuild(r)).toBe(0);
    const dist = path.join(dir, 'dist');
    const files = await listFiles(dist);
    expect(files.filter((f) => f.includes(SLUG) || f.includes('korea-2025-q3') || f.includes('edition-check'))).toEqual([]);
    // Every file's text (search fragments are gzipped): neither the drafts' titles nor their placeholders.
    // A published briefing is found the same way, so the search can find what it looks for.
    const published = (await readdir(path.join(dir, 'content/briefings'))).find((f) => f.startsWith('jpm-2026'))!.replace(/\.mdx$/, '');
    const found = new Set<string>();
    for (const f of files) {
      let bytes = await readFile(path.join(dist, f));
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      const text = bytes.toString('utf8');
      for (const needle of [TITLE, '한국 라이선스', 'Edition check', BRIEFING_PLACEHOLDERS.summary, SLUG, published]) if (text.includes(needle)) found.add(`${needle} in ${f}`);
    }
    const hits = [...found];
    expect(hits.filter((h) => !h.startsWith(published))).toEqual([]);
    for (const where of ['rss.xml', 'sitemap-0.xml', 'pagefind/fragment/']) expect(hits.some((h) => h.startsWith(published) && h.includes(where)), `${published} in ${where}`).toBe(true);
  }, 240_000);

  it('a briefing published with a placeholder left is refused, with file and field', async () => {
    const text = (await readFile(path.join(dir, FILE), 'utf8')).replace(/^draft: true\n/m, '');
    await writeFile(path.join(dir, FILE), text);
    const v = run('scripts/validate.ts', []);
    expect(v.status).toBe(1);
    expect(v.stderr).toContain(`✗ ${FILE} › record "${SLUG}" › field "summary": still holds the placeholder "${BRIEFING_PLACEHOLDERS.summary}"`);
    expect(v.stderr).toMatch(new RegExp(`✗ ${FILE} › record "${SLUG}" › field "body line \\d+": still holds the placeholder`));
  });
});
