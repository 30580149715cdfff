// The list of page kinds (src/lib/page-kinds.ts) against the built site: every address it gives for the
// project's content was built, and every file Astro built belongs to a kind, so redirect validation, the
// PDF step and the benchmark know every page there is.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import { dataPagePaths, kindOfFile } from '../../src/lib/page-kinds.ts';
import { siteContent } from '../../src/lib/site-content.ts';
import { readDataset } from '../../src/lib/validate/read-dataset.ts';
import { distFiles, projectRoot, requireDist } from './helpers/dist.ts';

requireDist();
const built = new Set(distFiles());
let addresses: Set<string>;
beforeAll(async () => {
  const { dataset, briefings, editions } = siteContent(await readDataset(projectRoot, chartIds));
  addresses = dataPagePaths(dataset, briefings.map((b) => b.id), chartIds, editions.map((e) => e.edition.id));
});

describe('page kinds and the built site', () => {
  it('every address the kinds give for this content is a built page', () => {
    const missing = [...addresses].filter((a) => !built.has(`${a.slice(1)}index.html`));
    expect(missing).toEqual([]);
  });

  it("every page and file Astro built is of a listed kind (public/ and other steps' files aside)", () => {
    const copied = new Set(readdirSync(path.join(projectRoot, 'public'), { recursive: true, encoding: 'utf8' }).map((f) => f.replace(/\\/g, '/')));
    const others = /^(_astro|vendor|pagefind|pagefind-records-\d+|pdf)\/|^(_headers|\.deal-atlas-build|sitemap-[\w-]+\.xml)$/;
    const unknown = [...built].filter((f) => !copied.has(f) && !others.test(f) && !kindOfFile(f));
    expect(unknown).toEqual([]);
  });
});
