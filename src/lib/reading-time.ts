/** Minutes to read a text at 220 words a minute (at least 1); MDX tags count as one word. */
export function readingMinutes(body: string): number {
  const words = body.replace(/<[^>]+>/g, ' x ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
