// `node scripts/validate.ts [dir]`: exit 1 with every problem on stderr, or exit 0 with "validate: ok".
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIVE_MISTAKES_EXPECTED, FIVE_MISTAKES, makeSite, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = path.join(root, 'node_modules/.bin/node');

function validate(...args: string[]) {
  const t0 = performance.now();
  const r = spawnSync(NODE, ['scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Math.round(performance.now() - t0) };
}

describe('scripts/validate.ts', () => {
  it('a broken fixture: exit 1 and each problem as `file › record "id" › field "path": message`', () => {
    const r = validate(FIVE_MISTAKES);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^5 problems in the site's data:/);
    for (const [file, record, field, message] of FIVE_MISTAKES_EXPECTED) {
      const line = r.stderr.split('\n').find((l) => l.includes(`${file} › record "${record}" › field "${field}": `));
      expect(line, `${file} › ${record} › ${field}\n${r.stderr}`).toBeDefined();
      expect(line!).toMatch(message);
    }
    expect(r.stderr).toMatch(/validate: 5 problem\(s\)/);
  });

  it('a malformed JSON file: exit 1 naming the file and line', async () => {
    const dir = await makeSite((s) => (s.raw['data/topics.json'] = '[\n  {\n    "id": "licensing",\n  }\n]\n'));
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/topics.json: malformed JSON at line 3');
  });

  it('the valid fixture: exit 0 and "validate: ok"', async () => {
    const r = validate(await makeSite());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('validate: ok')).toBe(true);
  });

  it('the real project passes', () => {
    const r = validate();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^validate: ok in \d+ ms/);
    // Its speed is the benchmark's to measure (npm run bench): a bound here failed only when the machine was busy.
    console.log(`validate (real project): ${r.ms} ms wall clock incl. node start; ${/ok in (\d+) ms/.exec(r.stdout)?.[1]} ms reported`);
  });
});
