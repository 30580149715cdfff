// A chart's words in a language: its title, subtitle, description and notes (message keys "chart.<id>.…"),
// the names of what its rows measure and of its table's columns, and its rows as a reader of that language
// sees them. The rows themselves (CSV, JSON, the measure names the definitions match on) stay in English:
// the words are looked up where they are shown.
import en from '../lib/i18n/messages/en.json' with { type: 'json' };
import { formatPeriodIn, periodLabelIsEnglish } from '../lib/i18n/format-period.ts';
import { formatNumberIn, formatValueIn, qualifyIn } from '../lib/i18n/format-number.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { translator, type MessageKey } from '../lib/i18n/messages.ts';
import type { ChartRow } from './types.ts';

export interface ChartText {
  title: string;
  subtitle: string;
  /** What the chart shows, for screen readers (the SVG's <desc>) and alt text. */
  description: string;
  /** Its own notes, in order (qualifier notes are added where shown: notes.ts). */
  notes: string[];
  /** Subtitle and description as one text, joined as the language joins sentences (the SVG's <desc>). */
  summary: string;
}

const key = (k: string) => k as MessageKey;
const ENGLISH = en as unknown as Record<string, string>;

/** A chart's note keys ("chart.<id>.note.1", "….2", …): as many as the English file has, in number order. */
function noteKeys(id: string): MessageKey[] {
  const prefix = `chart.${id}.note.`;
  return Object.keys(ENGLISH)
    .filter((k) => k.startsWith(prefix))
    .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
    .map(key);
}

/** The chart's words in the language; a chart without a title message stops the build, naming the key. */
export function chartText(id: string, locale: Locale): ChartText {
  const t = translator(locale);
  const subtitle = t(key(`chart.${id}.subtitle`));
  const description = t(key(`chart.${id}.description`));
  return {
    title: t(key(`chart.${id}.title`)),
    subtitle,
    description,
    notes: noteKeys(id).map((k) => t(k)),
    summary: t('chart.summary', { subtitle, description }),
  };
}

/** One of the chart's own words ("chart.<id>.panel.deals"), with {placeholders} filled. */
export function chartWord(id: string, name: string, locale: Locale, vars?: Record<string, string | number>): string {
  return translator(locale)(key(`chart.${id}.${name}`), vars);
}

/** English text → its key under a prefix ("chart.measure.", "chart.column."), read from the English file. */
function keysByEnglish(prefix: string): Map<string, MessageKey> {
  return new Map(Object.entries(ENGLISH).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [v, key(k)]));
}
const MEASURES = keysByEnglish('chart.measure.');
const COLUMNS = keysByEnglish('chart.column.');

/**
 * What a row measures ("Share of deals"), as the language names it. A measure no message names (a series'
 * own title, from the dataset) is shown as the dataset gives it.
 */
export function measureName(measure: string, locale: Locale): string {
  const k = MEASURES.get(measure);
  return k ? translator(locale)(k) : measure;
}

/** A table column's header in the language (the CSV keeps the English one). */
export function columnLabel(label: string, locale: Locale): string {
  const k = COLUMNS.get(label);
  if (!k) throw new Error(`chart column "${label}" has no message: add "chart.column.…" to src/lib/i18n/messages/*.json`);
  return translator(locale)(k);
}

/**
 * A count of deals as the language says it: "more than 50 deals", "50건 이상", "超过50笔": the qualifier goes
 * around the figure with its counter word (r is the row as shown: localRow).
 */
export function dealsText(r: ChartRow, locale: Locale): string {
  const t = translator(locale);
  if (locale === 'en' || r.qualifier === 'range') return t('chart.deals', { figure: r.label });
  return qualifyIn(t('chart.deals', { figure: formatNumberIn(r.value, r.unit, locale) }), r.qualifier, locale);
}

/** A figure named by its series or source: "ARC: $51.9B", "ARC：519亿美元". */
export function namedFigure(name: string, figure: string, locale: Locale): string {
  return translator(locale)('chart.named', { name, figure });
}

/**
 * A row as a reader of the language sees it: its category and period in its series' words for the language
 * (row.words) or, for a period, written from its id; its figure written the language's way. English rows are
 * returned as they are. Measures stay English (definitions match on them); measureName names them.
 */
export function localRow(r: ChartRow, locale: Locale): ChartRow {
  if (locale === 'en') return r;
  const own = r.words?.[locale];
  return {
    ...r,
    categoryLabel: own?.categoryLabel ?? r.categoryLabel,
    // A label that is a bare year says the year even where the period is a day (a deal's announcement).
    periodLabel: own?.periodLabel ?? (r.periodLabel && formatPeriodIn(/^\d{4}$/.test(r.periodLabel) ? r.periodLabel : r.period, r.periodLabel, locale)),
    // A signed series writes "+" on rises (seriesRows' `signed`): its English label shows it.
    label: formatValueIn(r.value, r.unit, r.qualifier, locale, r.upper, { signed: r.label.startsWith('+') }),
  };
}

/** Whether a row's category or period, as localRow shows it in the language, is the dataset's English (lang="en"). */
export function shownInEnglish(r: ChartRow, field: 'categoryLabel' | 'periodLabel', locale: Locale): boolean {
  if (locale === 'en' || !r[field] || r.words?.[locale]?.[field]) return false;
  return field === 'categoryLabel' || periodLabelIsEnglish(r.period, locale);
}
