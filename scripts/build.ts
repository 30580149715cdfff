// `npm run build`: validate → astro build into a staging folder → pagefind index → PDFs → swap into dist/.
// Any failure leaves the previous dist/ exactly as it was, so a host deploying dist/ never gets a half-built site.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../src/lib/validate/problem.ts';
import { validateProject } from '../src/lib/validate/validate-project.ts';
import { siteConfig } from '../src/site.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const skipPdf = process.argv.includes('--no-pdf') || process.env.SKIP_PDF === '1';
const t0 = performance.now();
const step = (name: string, since: number) => console.log(`build: ${name} in ${((performance.now() - since) / 1000).toFixed(2)} s`);

function run(cmd: string, args: string[], name = `${cmd} ${args.join(' ')}`): Promise<void> {
  return new Promise((resolve, reject) => {
    // BASE_URL in the environment overrides Vite's base (import.meta.env.BASE_URL): drop it; BASE_PATH sets the base.
    const { BASE_URL: _ignored, ...env } = process.env;
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  let t = performance.now();
  const { problems } = await validateProject(root);
  if (problems.length) {
    console.error(formatProblems(problems));
    throw new Error(`${problems.length} data problem(s); dist/ was left as it was.`);
  }
  step('validate', t);

  await rm(staging, { recursive: true, force: true });
  t = performance.now();
  // The cache (content-layer data store) is project-local: cacheDir in astro.config.mjs.
  await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], 'astro build');
  step('astro build', t);

  t = performance.now();
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind could not create an index');
  const added = await index.addDirectory({ path: staging });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: path.join(staging, 'pagefind') });
  await pagefind.close();
  step(`search index (${added.page_count} pages)`, t);

  if (!skipPdf) {
    t = performance.now();
    const { printPdfs } = await import('./pdf.ts');
    const result = await printPdfs({ distDir: staging, siteUrl: siteConfig.url, base: siteConfig.base, log: (s) => console.log(s) });
    if (result.skipped) console.warn(`build: PDF step skipped. ${result.skipped}`);
    else step(`PDFs (${result.printed.length})`, t);
  }

  // Swap: dist → dist.previous, staging → dist, then drop the previous copy.
  await rm(previous, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
  step(`done → ${path.relative(root, outDir) || '.'}; total`, t0);
}

main().catch(async (err: unknown) => {
  await rm(staging, { recursive: true, force: true }).catch(() => {});
  console.error(`\nbuild failed: ${(err as Error).message}`);
  console.error('The previous dist/ (if any) is unchanged.');
  process.exit(1);
});
