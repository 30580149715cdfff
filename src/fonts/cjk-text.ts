// The characters a CJK face is cut down to: what the site's Korean (or Chinese) pages can show that Plex
// does not draw. Read from the files the pages are made of, so a new translation brings its characters
// along: the language's message file, its translated briefings (content/briefings/<ko|zh>/), the dataset's
// names in the face's own script (a 알테오젠 or 恒瑞医药 in data/), the metric series' words in the language
// (chart categories, data/metrics/*.json `translations`), and what Intl writes for the language
// (년, 월, 亿, 万: dates and amounts the formatters make, never in a source file).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../lib/i18n/locales.ts';
import { MESSAGE_FILES } from '../lib/i18n/messages.ts';
import { NUMBER_STYLES } from '../lib/i18n/number-styles.ts';
import { CJK_FACES, FACE_SUBSETS, type CjkLocale } from './faces.ts';

function filesUnder(dir: string, ext: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no translations yet, or a fixture without data/
  }
  return names.sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(n) ? [p] : [];
  });
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** Dates, months, amounts and counts as Intl writes them in the language. */
function intlSamples(locale: CjkLocale): string {
  const tag = LOCALES[locale].intl;
  const out: string[] = [];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2025, m, 17));
    for (const month of ['long', 'short', 'numeric'] as const)
      out.push(new Intl.DateTimeFormat(tag, { year: 'numeric', month, day: 'numeric', weekday: 'long', timeZone: 'UTC' }).format(d));
  }
  for (let e = 0; e <= 15; e++) {
    for (const compactDisplay of ['short', 'long'] as const) out.push(new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay }).format(10 ** e));
    out.push(new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', notation: 'compact' }).format(10 ** e));
  }
  out.push(new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 0, 1, 15))));
  return out.join(' ');
}

/** A metric series' words in the language (chart categories and periods: data/metrics/*.json `translations`). */
function metricWords(file: string, locale: CjkLocale): string {
  try {
    return JSON.stringify((JSON.parse(readFileSync(file, 'utf8')) as { translations?: Record<string, unknown> }).translations?.[locale] ?? '');
  } catch {
    return ''; // validation reports the file
  }
}

/**
 * The distinct characters of `text` in `script`, found by the regex engine in one pass: testing each
 * character of a 10,000-deal dataset in turn took about a second of every build, in two processes.
 */
function charactersIn(text: string, script: RegExp): Set<string> {
  return new Set(text.match(new RegExp(script.source, 'gu')));
}

const plexHas = (cp: number) => FACE_SUBSETS.some((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));

/**
 * The characters, sorted, that `locale`'s CJK face must draw, read under `root` (the project). Everything
 * Plex lacks from the language's own text; only the face's own script from the dataset, which every
 * language shares (a Chinese company name on a Korean page keeps its lang="zh" and a system face).
 */
export function cjkCharacters(locale: CjkLocale, root: string = process.cwd()): string {
  const shared = filesUnder(join(root, 'data'), /\.json$/).map((f) => readFileSync(f, 'utf8')).join('\n');
  // Country names pages write with Intl from the dataset's two-letter codes (대한민국, 瑞士): never in a file.
  const regions = new Intl.DisplayNames([LOCALES[locale].intl], { type: 'region', fallback: 'none' });
  const countryNames = [...new Set([...shared.matchAll(/"([A-Z]{2})"/g)].map((m) => m[1]!))].map((code) => {
    try {
      return regions.of(code) ?? '';
    } catch {
      return '';
    }
  });
  const own = [
    // Missing only in a folder that is no project (validation stops a build without one).
    readText(join(root, MESSAGE_FILES[locale])),
    ...filesUnder(join(root, 'content', 'briefings', LOCALES[locale].path), /\.mdx?$/).map((f) => readFileSync(f, 'utf8')),
    intlSamples(locale),
    // The words the formatters put around figures (달러, 억, 美元, 最高) and any other word the site's code
    // writes in the language ('날짜 언급 없음' for a date no source states): code, not a message file.
    JSON.stringify(NUMBER_STYLES[locale]),
    ...filesUnder(join(root, 'src'), /\.(ts|astro)$/).map((f) => [...charactersIn(readText(f), CJK_FACES[locale].script)].join('')),
    ...countryNames,
    // Punctuation too (（）、): what a series' translations add beyond their script's characters.
    ...filesUnder(join(root, 'data', 'metrics'), /\.json$/).map((f) => metricWords(f, locale)),
  ].join('\n');
  const chars = new Set<string>();
  for (const ch of own) if (!plexHas(ch.codePointAt(0)!) && !/\s/u.test(ch)) chars.add(ch);
  for (const ch of charactersIn(shared, CJK_FACES[locale].script)) chars.add(ch);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
