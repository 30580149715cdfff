/**
 * Minutes to read a text (at least 1); MDX tags count as one word. English words at 220 a minute. Chinese
 * has no spaces: its characters count at 255 a minute (IReST, Trauzettel-Klosinski et al. 2012); Korean
 * syllables at 350 a minute (an estimate: its spaced words are longer than English ones, so counting them
 * as words said half the English time for the same briefing).
 */
export function readingMinutes(body: string): number {
  const text = body.replace(/<[^>]+>/g, ' x ');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const words = text.replace(/[\p{Script=Han}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220 + han / 255 + hangul / 350));
}
