// The record bundles (scripts/lib/search-index.ts): written where asked, and with lowPriority, pagefind's
// helper process runs at the lowest CPU priority (the build writes them beside Astro's render).
import type { ChildProcess } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRecordIndexes } from '../../scripts/lib/search-index.ts';
import type { SearchRecord } from '../../src/lib/search-records.ts';

const records: SearchRecord[] = [
  { url: '/deals/a/', language: 'en', meta: { title: 'Deal A' }, content: 'Acme licenses an antibody to Bigpharma.' },
  { url: '/companies/acme/', language: 'en', meta: { title: 'Acme' }, content: 'Acme, a biotech.' },
];
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Write the bundles and report the CPU priority of every process started meanwhile. */
async function prioritiesWhileWriting(lowPriority: boolean): Promise<{ priorities: number[]; bundles: string[]; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-atlas-records-'));
  dirs.push(dir);
  const seen: Promise<number>[] = [];
  const onChild = (message: unknown) => {
    const child = (message as { process: ChildProcess }).process;
    // Read once the spawn handlers have all run (the helper stays up until the bundle is written).
    seen.push(new Promise((resolve) => child.once('spawn', () => setTimeout(() => resolve(os.getPriority(child.pid!)), 0))));
  };
  diagnostics.subscribe('child_process', onChild);
  try {
    const bundles = await writeRecordIndexes(records, dir, { lowPriority });
    return { priorities: await Promise.all(seen), bundles, dir };
  } finally {
    diagnostics.unsubscribe('child_process', onChild);
  }
}

describe('record bundles', () => {
  it('lowPriority: pagefind runs at the lowest priority, and the bundle is written', async () => {
    const { priorities, bundles, dir } = await prioritiesWhileWriting(true);
    expect(priorities.length).toBeGreaterThan(0);
    for (const p of priorities) expect(p).toBe(19);
    expect(bundles).toEqual(['pagefind-records-0']);
    expect(existsSync(path.join(dir, 'pagefind-records-0', 'pagefind-entry.json'))).toBe(true);
  });

  it('without it, pagefind keeps the priority it would have had', async () => {
    const { priorities } = await prioritiesWhileWriting(false);
    expect(priorities.length).toBeGreaterThan(0);
    for (const p of priorities) expect(p).toBe(os.getPriority());
  });
});
