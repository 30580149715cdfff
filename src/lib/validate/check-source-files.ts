// That the document a source names is there: a seed file in the shared seeds folder, or a copy kept in the
// repository. The seeds folder lives beside the project (../shared/seeds) on the editors' machines but not in
// a fresh clone or on CI, so seeds are checked only where that folder exists: a clone alone still validates.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from '../../schema/source.ts';
import { FILES } from './check-dataset.ts';
import type { Problem } from './problem.ts';
import type { ProjectFiles } from './read-files.ts';

/** The shared seeds folder: `dir` (SEEDS_DIR, relative to the project) or ../shared/seeds beside it. */
export function seedsDirOf(root: string, dir?: string): string {
  return path.resolve(root, dir || '../shared/seeds');
}

async function kindOf(abs: string): Promise<'file' | 'folder' | 'other' | 'missing'> {
  try {
    const st = await stat(abs);
    return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

export interface SourceFilesResult {
  problems: Problem[];
  /** False when the seeds folder does not exist, so seed names were not checked. */
  seedsChecked: boolean;
}

/** A problem per source whose seed (when the seeds folder exists) or repository file is missing or not a file. */
export async function sourceFileProblems(sources: Source[], files: ProjectFiles, seedsDir: string): Promise<SourceFilesResult> {
  const problems: Problem[] = [];
  const seedsChecked = (await kindOf(seedsDir)) === 'folder';
  const check = async (s: Source, field: 'seed' | 'file', abs: string, where: string) => {
    const kind = await kindOf(abs);
    if (kind === 'file') return;
    const what = kind === 'missing' ? 'no such file' : kind === 'folder' ? 'is a folder, not a file' : 'is not a regular file';
    problems.push({ file: FILES.sources, record: s.id, field, message: `${where}: ${what}` });
  };
  for (const s of sources) {
    if (s.seed !== undefined && seedsChecked) await check(s, 'seed', path.join(seedsDir, s.seed), `"${s.seed}" in the seeds folder ${seedsDir}`);
    // Links under data/ are checked by the walk; one it refused is reported there, not again here.
    if (s.file !== undefined && !files.refused.has(s.file)) await check(s, 'file', path.join(files.root, s.file), `"${s.file}" in the project`);
  }
  return { problems, seedsChecked };
}
