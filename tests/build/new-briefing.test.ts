// `npm run new:briefing` writes a briefing that validates as it is, and refuses unknown ids and duplicates.
// Runs in a copy of the project; the title, topic, source and briefing count come from that copy, not from
// today's content (a published "Korea licensing, Q3 2025" would otherwise collide with the test's own).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, NODE, removeCopies } from './helpers.ts';

/** A title no real briefing has: its slug is checked to be free in the copy. */
const TITLE = 'New-briefing scaffold check, Q3 2025';
const FILE = 'content/briefings/new-briefing-scaffold-check-q3-2025.mdx';

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
});
afterAll(removeCopies);

describe('new:briefing', () => {
  it('scaffolds a briefing that passes validation', async () => {
    expect(existsSync(path.join(dir, FILE)), `${FILE} is free in the copy`).toBe(false);
    const r = run('scripts/new-briefing.ts', [TITLE, '2025-Q3', '--topic', topic, '--source', source, '--region', 'korea']);
    expect(r.status, r.stderr).toBe(0);
    const text = await readFile(path.join(dir, FILE), 'utf8');
    expect(text).toContain('periodLabel: "Q3 2025"');
    const v = run('scripts/validate.ts', []);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(new RegExp(`\\b${briefingCount + 1} briefings`));
  });

  it('refuses an existing slug and unknown ids, naming the known ones', () => {
    const again = run('scripts/new-briefing.ts', [TITLE, '2025-Q3']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const bad = run('scripts/new-briefing.ts', ['Another', '2025-Q3', '--topic', 'nope']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`unknown topic nope; known: .*\\b${topic}\\b`));
    const usage = run('scripts/new-briefing.ts', ['No period']);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/usage/);
  });
});
