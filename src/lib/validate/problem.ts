import { revealHidden } from '../../schema/primitives.ts';

/** One thing wrong with the input, located precisely enough to fix without searching. */
export interface Problem {
  /** Path relative to the project root, e.g. "data/deals.json". */
  file: string;
  /** Record id (or "#3" for the 4th record without a usable id); "" for file-level problems. */
  record: string;
  /** Dotted field path, e.g. "terms.upfront.currency"; "" when the whole record or file is at fault. */
  field: string;
  message: string;
  /** For a problem in a spreadsheet being imported: the sheet, its row number (1 = header) and the column header. */
  sheet?: string;
  row?: number;
  column?: string;
}

export function formatProblem(p: Problem): string {
  const where = (
    p.sheet !== undefined
      ? [p.file, `sheet "${p.sheet}"`, p.row !== undefined && `row ${p.row}`, p.column && `column "${p.column}"`]
      : [p.file, p.record && `record "${p.record}"`, p.field && `field "${p.field}"`]
  )
    .filter(Boolean)
    .join(' › ');
  // A quoted id or value may hold a direction override that would reorder the line on screen.
  return revealHidden(`${where}: ${p.message}`);
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return [`${n} problem${n === 1 ? '' : 's'} in the site's data:`, ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n');
}

/** "one of a, b, c" when the list is short enough to read; otherwise a count and the first few. */
export function validValues(values: readonly string[], max = 12): string {
  const sorted = [...values].sort();
  if (sorted.length === 0) return 'there are none defined';
  if (sorted.length <= max) return `expected one of: ${sorted.join(', ')}`;
  return `expected one of ${sorted.length} known ids, e.g. ${sorted.slice(0, max).join(', ')}, …`;
}

/** Thrown by the build when validation fails; the message lists every problem. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'DataError';
    this.problems = problems;
  }
}
