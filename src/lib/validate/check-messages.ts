// The interface's message files (src/lib/i18n/messages/): every language has every key English has, no key
// English lacks, and the same {placeholders}, so no page falls back to English or drops a figure.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALL_LOCALE_IDS, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { MESSAGE_FILES, placeholdersOf, type Message } from '../i18n/messages.ts';
import type { Problem } from './problem.ts';
import { parseJson } from './read-json.ts';

function isMessage(v: unknown): v is Message {
  if (typeof v === 'string') return true;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string') && 'other' in v;
}

/** Problems of the message files as they are on disk under root. */
export async function checkMessageFiles(root: string): Promise<Problem[]> {
  const read = await Promise.all(ALL_LOCALE_IDS.map(async (l) => [l, await readMessages(root, l)] as const));
  const problems = read.flatMap(([, r]) => r.problems);
  const byLocale = Object.fromEntries(read.map(([l, r]) => [l, r.messages])) as Record<Locale, Record<string, Message> | undefined>;
  const reference = byLocale[DEFAULT_LOCALE];
  if (!reference) return problems;
  for (const locale of ALL_LOCALE_IDS) {
    const messages = byLocale[locale];
    if (!messages || locale === DEFAULT_LOCALE) continue;
    problems.push(...compareMessages(MESSAGE_FILES[locale], messages, reference));
  }
  return problems;
}

/** One language's messages against English: missing, extra, and placeholders that differ. */
export function compareMessages(file: string, messages: Record<string, Message>, reference: Record<string, Message>): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(reference)) {
    if (!(key in messages)) {
      problems.push({ file, record: key, field: '', message: `no translation of "${key}" (English: "${preview(reference[key]!)}")` });
      continue;
    }
    const want = placeholdersOf(reference[key]!);
    const got = placeholdersOf(messages[key]!);
    if (want.join() !== got.join()) {
      problems.push({ file, record: key, field: 'placeholders', message: `uses {${got.join('}, {')}} where English uses {${want.join('}, {')}}: each figure must appear in every language` });
    }
  }
  for (const key of Object.keys(messages)) {
    if (!(key in reference)) problems.push({ file, record: key, field: '', message: `"${key}" is not a message of the site (English has no such key): a misspelt key, or one no longer used` });
  }
  return problems;
}

function preview(m: Message): string {
  return typeof m === 'string' ? m : (m.other ?? '');
}

async function readMessages(root: string, locale: Locale): Promise<{ messages?: Record<string, Message>; problems: Problem[] }> {
  const file = MESSAGE_FILES[locale];
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch {
    return { problems: [{ file, record: '', field: '', message: `the ${locale} message file is missing` }] };
  }
  const { value, problems } = parseJson(text, file);
  if (value === undefined) return { problems };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ file, record: '', field: '', message: 'expected an object of message keys' }] };
  }
  const messages: Record<string, Message> = {};
  for (const [key, v] of Object.entries(value)) {
    if (isMessage(v)) messages[key] = v;
    else problems.push({ file, record: key, field: '', message: 'expected a string, or plural forms such as {"one": "…", "other": "…"}' });
  }
  return { messages, problems };
}
