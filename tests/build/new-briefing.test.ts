// `npm run new:briefing` writes a briefing that validates as it is, and refuses unknown ids and duplicates.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, NODE, removeCopies } from './helpers.ts';

let dir = '';
const run = (script: string, args: string[]) => spawnSync(NODE, [script, ...args], { cwd: dir, encoding: 'utf8' });
beforeAll(async () => {
  dir = await copyProject('deal-atlas-new-briefing-');
});
afterAll(removeCopies);

describe('new:briefing', () => {
  it('scaffolds a briefing that passes validation', async () => {
    const r = run('scripts/new-briefing.ts', ['Korea licensing, Q3 2025', '2025-Q3', '--topic', 'korea-licensing-exports', '--source', 'korea-licensing-2025', '--region', 'korea']);
    expect(r.status, r.stderr).toBe(0);
    const text = await readFile(path.join(dir, 'content/briefings/korea-licensing-q3-2025.mdx'), 'utf8');
    expect(text).toContain('periodLabel: "Q3 2025"');
    const v = run('scripts/validate.ts', []);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/5 briefings/);
  });

  it('refuses an existing slug and unknown ids, naming the known ones', () => {
    const again = run('scripts/new-briefing.ts', ['Korea licensing, Q3 2025', '2025-Q3']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const bad = run('scripts/new-briefing.ts', ['Another', '2025-Q3', '--topic', 'nope']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/unknown topic nope; known: .*korea-licensing-exports/);
    const usage = run('scripts/new-briefing.ts', ['No period']);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/usage/);
  });
});
