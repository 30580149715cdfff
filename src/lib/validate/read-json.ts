import { readFile } from 'node:fs/promises';
import type { Problem } from './problem.ts';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parse JSON; a syntax error becomes a problem naming the file, line and column. */
export async function readJson(absPath: string, file: string): Promise<{ value?: unknown; problems: Problem[] }> {
  const text = await readFile(absPath, 'utf8');
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : pos ? lineColumn(text, Number(pos[1])) : undefined;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    return { problems: [{ file, record: '', field: '', message: `malformed JSON${at}: ${msg.replace(/\s*\(line \d+ column \d+\)/, '')}` }] };
  }
}
