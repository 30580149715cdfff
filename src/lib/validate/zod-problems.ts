import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

/** Turn a zod error into problems that name the file, record and field, and say what was expected. */
export function zodProblems(error: z.ZodError, file: string, record: string, basePath: (string | number)[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...basePath, ...issue.path].map(String).join('.');
    let message = issue.message;
    // zod's default wording for a missing key is "expected X, received undefined"; say it plainly.
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = `required field is missing (${message})`;
    return { file, record, field: path, message };
  });
}

/** How a record is named in messages: its id when it has a string one, else its position. */
export function recordName(value: unknown, index: number): string {
  if (value && typeof value === 'object' && 'id' in value && typeof (value as { id: unknown }).id === 'string' && (value as { id: string }).id)
    return (value as { id: string }).id;
  return `#${index}`;
}
