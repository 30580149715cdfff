// `node remove-folders.ts <folder>...`: delete each retired copy; started detached by retire-folder.ts.
// One folder that cannot be deleted must not keep the others on disk (each build would leave one more).
import { removeRetired } from './retire-folder.ts';

for (const folder of process.argv.slice(2)) await removeRetired(folder).catch(() => {}); // recorded in its marker when possible
