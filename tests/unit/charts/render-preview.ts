// Render every chart from the real data, in each layout, to a folder for visual checks:
//   node tests/unit/charts/render-preview.ts /tmp/charts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { charts, chartIds } from '../../../src/charts/registry.ts';
import { getRenderTimings, renderChart } from '../../../src/charts/render.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { LAYOUTS } from '../../../src/charts/theme.ts';

const out = process.argv[2] ?? '/tmp/charts';
await mkdir(out, { recursive: true });
const { dataset } = await readDataset(process.cwd(), chartIds);
for (const def of charts) {
  for (const layout of LAYOUTS) {
    const r = await renderChart(def, dataset, { accent: siteConfig.accent, layout });
    // Standalone files need an explicit ink colour (inline SVGs get it from the page).
    const svg = r.svg.replace('<svg ', '<svg color="#1a1a1a" ');
    await writeFile(path.join(out, layout === 'wide' ? `${def.id}.svg` : `${def.id}.${layout}.svg`), svg);
  }
}
const t = [...getRenderTimings()].map(([id, ms]) => `${id}: ${ms.toFixed(1)} ms`);
console.log(t.join('\n'));
