// A deal's events in one cell, one event a line: "announced [korea-licensing-2025 ¶3]" then e.g.
// "2026-02 terminated [jpm-2026 ¶4] note". The date is as precise as the source (2025, 2025-02, 2025-03-17)
// and left out for the announcement, which is dated by Announced; the kind is its id; the citations are in
// brackets in the citation cells' format (locators hold no brackets); the rest of the line is the note.
// Line breaks separate events, so a note is one line.
import type { DealEvent } from '../../schema/deal-event.ts';
import type { PartialDate } from '../../schema/primitives.ts';
import { DEAL_EVENT_KINDS } from '../../schema/vocab.ts';
import { formatCitations, parseCitations } from './citations.ts';

export function formatEvents(list: readonly DealEvent[]): string {
  return list.map((e) => `${e.date ? `${e.date.value} ` : ''}${e.kind} [${formatCitations(e.sources)}]${e.note ? ` ${e.note}` : ''}`).join('\n');
}

const ONE = /^(?:(\d\S*)\s+)?(\S+)\s+\[([^\]]*)\]\s*(.*)$/;
const PRECISION: Record<number, PartialDate['precision']> = { 4: 'year', 7: 'month', 10: 'day' };

/** The events a cell lists, or what is wrong with the first line that is not an event. */
export function parseEvents(text: string): { value: DealEvent[] } | { problem: string } {
  const out: DealEvent[] = [];
  for (const line of text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean)) {
    const m = ONE.exec(line);
    const example = 'e.g. "announced [korea-licensing-2025 ¶3]" or "2026-02 terminated [jpm-2026 ¶4] note" (one event a line)';
    if (!m) return { problem: `"${line}" is not an event: expected a date (none for the announcement), the kind, the citations in brackets and an optional note, ${example}` };
    const [, date, kind, cites, note] = m;
    if (!(kind! in DEAL_EVENT_KINDS)) return { problem: `"${kind}" is not an event kind: expected one of ${Object.keys(DEAL_EVENT_KINDS).join(', ')}` };
    const precision = date === undefined ? undefined : PRECISION[date.length];
    if (date !== undefined && (!precision || !/^\d{4}(-\d{2}){0,2}$/.test(date))) return { problem: `"${date}" is not a date: expected 2025, 2025-02 or 2025-03-17, ${example}` };
    const sources = parseCitations(cites!);
    if ('problem' in sources) return sources;
    out.push({
      kind: kind as DealEvent['kind'],
      ...(date !== undefined ? { date: { value: date, precision: precision! } } : {}),
      ...(note ? { note } : {}),
      sources: sources.value,
    });
  }
  return { value: out };
}
