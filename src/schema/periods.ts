// Which period ids name a real period ("2025-Q5" and "2025-13" do not). Under schema because the briefing and
// metric schemas refuse such periods; lib/periods.ts sorts and compares periods on top of it.

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * First and last day (YYYY-MM-DD) of one period part: "2025", "2025-Q1", "2025-H1", "2025-03" or
 * "2025-03-17"; undefined when the part is none of these or names no real period ("2025-Q5", "2025-13").
 */
export function periodPartBounds(part: string): { start: string; end: string } | undefined {
  const m = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(\d{2})(?:-(\d{2}))?))?$/.exec(part);
  if (!m) return undefined;
  const y = Number(m[1]);
  const [q, h, mo, d] = [m[2], m[3], m[4], m[5]].map((x) => (x === undefined ? undefined : Number(x)));
  let [first, last] = [1, 12];
  if (q) [first, last] = [q * 3 - 2, q * 3];
  else if (h) [first, last] = [h * 6 - 5, h * 6];
  else if (mo !== undefined) {
    if (mo < 1 || mo > 12) return undefined;
    [first, last] = [mo, mo];
  }
  if (d !== undefined) {
    if (d < 1 || d > lastDay(y, first)) return undefined;
    const day = `${m[1]}-${pad(first)}-${pad(d)}`;
    return { start: day, end: day };
  }
  return { start: `${m[1]}-${pad(first)}-01`, end: `${m[1]}-${pad(last)}-${pad(lastDay(y, last))}` };
}

const PERIOD_FORMS = 'expected 2025, 2025-Q1 to 2025-Q4, 2025-H1 or 2025-H2, 2025-01 to 2025-12, a date 2025-03-17, or two of these joined by "/" (2024/2025-H1)';

/** Why one part that starts with a digit is no period, in words an author can act on. */
function partProblem(part: string): string {
  const say = (why: string) => `"${part}" is not a period: ${why}`;
  if (/^\d{4}-Q\d+$/.test(part)) return say('quarters are Q1 to Q4');
  if (/^\d{4}-H\d+$/.test(part)) return say('halves are H1 and H2');
  if (/^\d{4}-\d{2}$/.test(part)) return say('months are 01 to 12');
  if (/^\d{4}-\d{2}-\d{2}$/.test(part)) return `"${part}" is not a real calendar date`;
  return say(PERIOD_FORMS);
}

/**
 * Why a period id names no real period ("2025-Q5", "2025-13", "2025-H3", "2025-02-30", "2025/2024"), or
 * undefined. A part starting with a digit must be a period id; labels such as "c2020", "to-2025" or
 * "unstated" are free text and pass.
 */
export function periodProblem(period: string): string | undefined {
  const parts = period.split('/');
  if (!parts.some((p) => /^\d/.test(p))) return undefined;
  if (parts.length > 2) return `"${period}" is not a period: ${PERIOD_FORMS}`;
  const bounds = [];
  for (const part of parts) {
    if (!/^\d/.test(part)) return `"${period}" is not a period: ${PERIOD_FORMS}`;
    const b = periodPartBounds(part);
    if (!b) return partProblem(part);
    bounds.push(b);
  }
  if (bounds.length === 2 && bounds[0]!.start > bounds[1]!.end) return `"${period}" starts (${parts[0]}) after it ends (${parts[1]})`;
  return undefined;
}
