// `npm run import` and `npm run export` as commands: exit codes, the problem lines on stderr, the change
// summary on stdout, and an import that writes under data/ and nowhere else in the project.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, removeSites } from '../../helpers/fixture-site.ts';
import { col, editWorkbook, rowOf } from './helpers.ts';

afterAll(removeSites);

const root = path.resolve(import.meta.dirname, '../../..');
const NODE = path.join(root, 'node_modules/.bin/node');
const run = (script: string, ...args: string[]) => {
  const r = spawnSync(NODE, [`scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, BUILD_DATE: '2025-06-01', INIT_CWD: root } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** relative path → sha256 of every file under dir except the workbook. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (!r.endsWith('.xlsx')) out[r] = createHash('sha256').update(await readFile(path.join(dir, r))).digest('hex');
    }
  };
  await walk('');
  return out;
}

describe('scripts/import.ts and scripts/export.ts', () => {
  it('export, edit, import: a problem exits 1 with located lines; a fix exits 0 with the change summary; only data/ changes', async () => {
    const dir = await makeSite();
    const xlsx = path.join(dir, 'deals.xlsx');
    const e = run('export', xlsx, '--root', dir);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/^export: wrote .*deals\.xlsx in \d+ ms: 2 deals, 3 companies, 1 sources, 1 metric series \(3 points\)/);

    await editWorkbook(xlsx, (wb) => {
      const ws = wb.getWorksheet('Deals')!;
      ws.getCell(rowOf(ws, 'acme-bigpharma-2025'), col(ws, 'Stage')).value = 'Phase 7';
    });
    const before = await tree(dir);
    const bad = run('import', xlsx, '--root', dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`1 problem in ${xlsx}:\n  ✗ ${xlsx} › sheet "Deals" › row 2 › column "Stage": found "Phase 7": expected one of: Discovery,`);
    expect(bad.stderr).toContain('nothing was written');
    expect(await tree(dir)).toEqual(before);

    await editWorkbook(xlsx, (wb) => {
      const ws = wb.getWorksheet('Deals')!;
      ws.getCell(rowOf(ws, 'acme-bigpharma-2025'), col(ws, 'Stage')).value = 'Phase 2';
    });
    const dry = run('import', xlsx, '--root', dir, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/import: dry run \(nothing written\) in \d+ ms: read Deals 2 rows, Companies 3 rows, Sources 1 row, Metric series 1 row, Metric points 3 rows; 0 added, 1 updated, 0 removed/);
    expect(dry.stdout).toContain('    ~ acme-bigpharma-2025 (Deals row 2)\n        Stage: "Phase 1" → "Phase 2"');
    expect(await tree(dir)).toEqual(before);

    const ok = run('import', xlsx, '--root', dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('import: wrote data/deals.json');
    const after = await tree(dir);
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual(['data/deals.json']);
    expect(run('import', xlsx, '--root', dir).stdout).toMatch(/nothing changed/);
  });

  it('usage errors exit 2; --template writes an empty workbook', async () => {
    expect(run('import').code).toBe(2);
    expect(run('import', 'a.xlsx', '--frobnicate').stderr).toMatch(/unknown option --frobnicate/);
    const dir = await makeSite();
    const t = run('export', '--template', path.join(dir, 't.xlsx'));
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/an empty template/);
  });
});
