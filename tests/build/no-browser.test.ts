// Without a browser the site still builds and the PDF step says it skipped and how to enable it;
// `npm run pdf` on its own fails with that message. No page links a PDF that does not exist.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, describeBuild, NODE, removeCopies, type BuildResult } from './helpers.ts';

const env = { CHROME_PATH: '/nonexistent/chrome' };
let dir = '';
let result: BuildResult;
beforeAll(async () => {
  dir = await copyProject('deal-atlas-no-browser-');
  result = await build(dir, { pdf: true, env });
}, 240_000);
afterAll(removeCopies);

describe('no browser found', () => {
  it('the build succeeds and says the PDF step was skipped, and how to enable it', () => {
    expect(result.code, describeBuild(result)).toBe(0);
    const out = result.stdout + result.stderr;
    expect(out).toMatch(/PDF step skipped/);
    expect(out).toMatch(/CHROME_PATH/);
    expect(out).toMatch(/apt-get install -y chromium/);
  });

  it('no PDFs are written and no page links one', async () => {
    expect(existsSync(path.join(dir, 'dist/pdf'))).toBe(false);
    const html = await readFile(path.join(dir, 'dist/briefings/jpm-2026-china-deals/index.html'), 'utf8');
    expect(html).toContain('data-pdf-slot="briefings/jpm-2026-china-deals"');
    expect(html).not.toMatch(/class="pdf-link/);
  });

  it('npm run pdf alone exits 1 with the same advice', () => {
    const r = spawnSync(NODE, ['scripts/pdf.ts'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/CHROME_PATH/);
  });
});
