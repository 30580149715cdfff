// One build at a time per output folder. Two builds into the same dist/ share its staging folder: the
// second would clear the first's half-written pages, and the first could then swap a mix of both into dist/.
// The lock is a file next to dist/ holding the builder's pid; a lock whose process is gone (a build that was
// killed) is taken over.
import { open, readFile, rm } from 'node:fs/promises';

export class BuildLockedError extends Error {
  readonly lockFile: string;
  readonly pid: number;
  constructor(lockFile: string, pid: number) {
    super(`another build into the same folder is running (pid ${pid}; lock ${lockFile}). Wait for it to finish, or stop it.`);
    this.lockFile = lockFile;
    this.pid = pid;
  }
}

/** The process exists (a pid of ours or of another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Take the lock for outDir (`${outDir}.lock`); resolves to its release. Throws BuildLockedError if held. */
export async function acquireBuildLock(outDir: string): Promise<() => Promise<void>> {
  const lockFile = `${outDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx'); // fails if it exists: creation is the atomic test
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const read = async () => Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      let pid = await read();
      if (!pid) pid = await new Promise((r) => setTimeout(r, 200)).then(read); // created, pid not written yet
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new BuildLockedError(lockFile, pid);
      await rm(lockFile, { force: true }); // stale: its build is gone
    }
  }
  throw new Error(`could not take the build lock ${lockFile}`);
}
