// data/editions.json (optional: a site may have no editions yet) and the published snapshots in
// data/editions/<id>.json, read as inputs like any data file: validated, never written by the build.
import type { Edition } from '../../schema/edition.ts';
import { editionSchema, editionSnapshotSchema } from '../../schema/edition.ts';
import { periodPartBounds } from '../../schema/periods.ts';
import type { EditionEntry } from '../editions.ts';
import { sortEditions } from '../editions.ts';
import type { BriefingFile } from './check-dataset.ts';
import { validValues, type Problem } from './problem.ts';
import { listFolder, readText, type ProjectFiles } from './read-files.ts';
import { parseJson } from './read-json.ts';
import { recordName, zodProblems } from './zod-problems.ts';

export const EDITIONS_FILE = 'data/editions.json';
export const SNAPSHOTS_FOLDER = 'data/editions';
export const snapshotFile = (id: string) => `${SNAPSHOTS_FOLDER}/${id}.json`;

/** Read and validate the editions and their snapshots; every problem is returned, nothing thrown. */
export async function readEditions(files: ProjectFiles): Promise<{ editions: EditionEntry[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const read = await readText(files, EDITIONS_FILE, '');
  problems.push(...read.problems);
  const editions: Edition[] = [];
  if (read.text !== undefined) {
    const { value, problems: p } = parseJson(read.text, EDITIONS_FILE);
    problems.push(...p);
    if (value !== undefined && !Array.isArray(value)) problems.push({ file: EDITIONS_FILE, record: '', field: '', message: 'expected a JSON array of editions' });
    else
      (value as unknown[] | undefined)?.forEach((raw, i) => {
        const r = editionSchema.safeParse(raw);
        if (r.success) {
          if (editions.some((e) => e.id === r.data.id)) problems.push({ file: EDITIONS_FILE, record: r.data.id, field: 'id', message: `duplicate id "${r.data.id}": ids must be unique` });
          else editions.push(r.data);
        } else problems.push(...zodProblems(r.error, EDITIONS_FILE, recordName(raw, i), [], editionSchema));
      });
  }

  const entries: EditionEntry[] = editions.map((edition) => ({ edition }));
  const listed = await listFolder(files, SNAPSHOTS_FOLDER);
  problems.push(...listed.problems);
  for (const name of listed.names.filter((n) => n.endsWith('.json'))) {
    const file = `${SNAPSHOTS_FOLDER}/${name}`;
    const id = name.replace(/\.json$/, '');
    const entry = entries.find((e) => e.edition.id === id);
    if (!entry) {
      problems.push({ file, record: id, field: 'file name', message: `no edition "${id}" in ${EDITIONS_FILE}; ${validValues(editions.map((e) => e.id))}` });
      continue;
    }
    const text = await readText(files, file, id);
    problems.push(...text.problems);
    if (text.text === undefined) continue;
    const { value, problems: p } = parseJson(text.text, file);
    problems.push(...p);
    if (value === undefined) continue;
    const r = editionSnapshotSchema.safeParse(value);
    if (!r.success) problems.push(...zodProblems(r.error, file, id, [], editionSnapshotSchema));
    else if (r.data.edition !== id) problems.push({ file, record: id, field: 'edition', message: `snapshot of "${r.data.edition}" must be named ${r.data.edition}.json` });
    else if (entry) entry.snapshot = r.data;
  }
  return { editions: sortEditions(entries), problems };
}

/**
 * A briefing's edition exists, and the briefing's date falls in the edition: on or after the first day of
 * the edition's period and on or before its publication (a briefing published later belongs to a later edition).
 */
export function checkBriefingEditions(editions: EditionEntry[], briefings: BriefingFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const b of briefings) {
    const id = b.data.edition;
    if (id === undefined) continue;
    const e = editions.find((x) => x.edition.id === id)?.edition;
    if (!e) {
      problems.push({ file: b.file, record: b.slug, field: 'edition', message: `unknown edition "${id}"; ${validValues(editions.map((x) => x.edition.id))}` });
      continue;
    }
    // A draft is written for an edition still to come (npm run new:briefing dates it today): its date is
    // checked against the edition once it is published.
    if (b.data.draft) continue;
    const start = periodPartBounds(e.period)?.start;
    if (start && b.data.date < start)
      problems.push({ file: b.file, record: b.slug, field: 'date', message: `${b.data.date} is before edition "${e.id}" (${e.label}) begins on ${start}: a briefing belongs to the edition of the period it is published in` });
    else if (b.data.date > e.published)
      problems.push({ file: b.file, record: b.slug, field: 'date', message: `${b.data.date} is after edition "${e.id}" (${e.label}) was published on ${e.published}: name a later edition` });
  }
  return problems;
}
