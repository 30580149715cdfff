// A published briefing may not still hold the text `npm run new:briefing` wrote for its author to replace:
// without this check the scaffold's placeholder summary would pass validation and be published.
import { findPlaceholder } from '../briefing-placeholders.ts';
import type { BriefingFile } from './check-dataset.ts';
import type { Problem } from './problem.ts';

/** One problem per field (title, summary, body line) of a briefing that is not a draft and holds a placeholder. */
export function placeholderProblems(briefings: BriefingFile[]): Problem[] {
  const problems: Problem[] = [];
  const report = (b: BriefingFile, field: string, placeholder: string) =>
    problems.push({
      file: b.file,
      record: b.slug,
      field,
      message: `still holds the placeholder "${placeholder}": replace it with your own text, or keep the briefing unpublished with draft: true until it is finished`,
    });
  for (const b of briefings) {
    if (b.data.draft) continue;
    for (const field of ['title', 'summary'] as const) {
      const found = findPlaceholder(b.data[field]);
      if (found) report(b, field, found.placeholder);
    }
    const inBody = findPlaceholder(b.body);
    if (inBody) report(b, `body line ${b.bodyLine + b.body.slice(0, inBody.index).split('\n').length - 1}`, inBody.placeholder);
  }
  return problems;
}
