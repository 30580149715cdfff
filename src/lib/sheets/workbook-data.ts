// The records the export writes, read as they are in data/ (the JSON itself, not the validated dataset:
// the workbook must hold exactly what the files hold, so that importing it back changes nothing).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Rec } from './merge.ts';
import type { WorkbookData } from './write-workbook.ts';

async function json(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message} (run npm run validate)`);
  }
}

export async function readWorkbookData(root: string): Promise<WorkbookData> {
  const data = path.join(root, 'data');
  const array = async (name: string) => {
    const v = await json(path.join(data, name));
    if (!Array.isArray(v)) throw new Error(`data/${name}: expected a JSON array (run npm run validate)`);
    return v as Rec[];
  };
  const names = (await readdir(path.join(data, 'metrics')).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const metrics = await Promise.all(names.map((n) => json(path.join(data, 'metrics', n)) as Promise<Rec>));
  const [deals, companies, sources] = await Promise.all([array('deals.json'), array('companies.json'), array('sources.json')]);
  return { deals, companies, sources, metrics };
}
