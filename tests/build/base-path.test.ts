// Deployment under a sub-path: with BASE_PATH=/atlas every page, link, asset, feed and PDF slot points
// under /atlas/. The built copy is checked by the same link and page tests the root build gets.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/project-copy.ts';
import { build, copyProject, describeBuild, NODE, removeCopies } from './helpers.ts';

let dir = '';
beforeAll(async () => {
  dir = await copyProject('deal-atlas-base-');
  const r = await build(dir, { env: { BASE_PATH: '/atlas' } });
  expect(r.code, describeBuild(r)).toBe(0);
}, 240_000);
afterAll(removeCopies);

describe('BASE_PATH=/atlas', () => {
  it('links, assets and the feed live under /atlas/', async () => {
    const home = await readFile(path.join(dir, 'dist/index.html'), 'utf8');
    const rootRelative = [...home.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(rootRelative.length).toBeGreaterThan(10);
    expect(rootRelative.filter((u) => !u.startsWith('/atlas/'))).toEqual([]);
    const rss = await readFile(path.join(dir, 'dist/rss.xml'), 'utf8');
    expect(rss).toMatch(/<link>https?:\/\/[^<]*\/atlas\/briefings\//);
  });

  it('the link and page tests pass against the sub-path build', () => {
    // Reuses tests/e2e/links.test.ts and pages.test.ts, which honour DIST_DIR and BASE_PATH.
    const vitest = path.join(projectRoot, 'node_modules/vitest/vitest.mjs');
    const r = spawnSync(NODE, [vitest, 'run', 'tests/e2e/links.test.ts', 'tests/e2e/pages.test.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DIST_DIR: path.join(dir, 'dist'), BASE_PATH: '/atlas', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`).toBe(0);
  }, 260_000);
});
