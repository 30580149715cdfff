// A chart's data as files: CSV and JSON downloads (src/pages/data/[id].csv.ts, [id].json.ts) and the
// vega-lite spec, data inlined, that the "Interact / export" button hands to vega-embed (data/spec/[id].json.ts).
import { toCsv, toJson } from '../../charts/export.ts';
import { getChart } from '../../charts/registry.ts';
import { makeTheme } from '../../charts/theme.ts';
import { siteConfig } from '../../site.config.ts';
import { CSV_CONTENT_TYPE } from '../csv.ts';
import type { Dataset } from '../dataset.ts';
import { JSON_TYPE, type PageFile } from './shared.ts';
import type { Locale } from '../i18n/locales.ts';

export function chartCsv(ds: Dataset, id: string): PageFile {
  const def = getChart(id);
  return { body: toCsv(def.rows(ds), def.columns), contentType: CSV_CONTENT_TYPE };
}

export function chartJson(ds: Dataset, id: string): PageFile {
  const def = getChart(id);
  return { body: JSON.stringify(toJson(def, def.rows(ds), ds), null, 2) + '\n', contentType: JSON_TYPE };
}

/** The spec in a language: the interactive view draws the words the page showed (its data stays the dataset's). */
export function chartSpec(ds: Dataset, id: string, locale: Locale = 'en'): PageFile {
  const def = getChart(id);
  return { body: JSON.stringify(def.spec(def.rows(ds), makeTheme({ accent: siteConfig.accent, locale }))), contentType: JSON_TYPE };
}
