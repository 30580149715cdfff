// `node remove-folders.ts <folder>...`: delete each folder; started detached by retire-folder.ts.
import { rm } from 'node:fs/promises';

for (const folder of process.argv.slice(2)) await rm(folder, { recursive: true, force: true, maxRetries: 3 });
