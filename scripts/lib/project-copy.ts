// A throwaway copy of this project whose data/ and content/ can be replaced: used by the benchmark
// (synthetic datasets) and by tests that build hostile or broken input without touching the real tree.
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Code, config and scripts are copied; node_modules is linked; data/ and content/ are copied unless `empty`. */
export async function makeProjectCopy(opts: { prefix?: string; empty?: boolean; parent?: string } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(opts.parent ?? os.tmpdir(), opts.prefix ?? 'deal-atlas-'));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (opts.empty) {
    await mkdir(path.join(dir, 'data/metrics'), { recursive: true });
    await mkdir(path.join(dir, 'content/briefings'), { recursive: true });
  } else {
    await cp(path.join(projectRoot, 'data'), path.join(dir, 'data'), { recursive: true });
    await cp(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  }
  return dir;
}

export async function removeProjectCopy(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
