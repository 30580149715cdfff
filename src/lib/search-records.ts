import type { Dataset } from './dataset.ts';
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import { companyById } from './queries.ts';
import { companyFacts, dealFacts, dealTermGroups, factText, type Fact } from './record-facts.ts';
import { localNameOf } from './company-name.ts';
import { LOCALE_IDS, LOCALES, DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';
import { sitePathIn } from './i18n/routing.ts';

/**
 * One search entry for pagefind's addCustomRecord: a page's path, its title and the text to find it by.
 * The path is without the site's base: pagefind's script adds the base it was served under, as it does
 * for pages indexed from HTML. Each language's page has its own record, in that language's index:
 * pagefind splits an index by language and a search page loads the one of its <html lang>, so the
 * Korean search page finds /ko/ pages only.
 */
export interface SearchRecord {
  url: string;
  /**
   * The page's <html lang>, lower-cased ("zh-hans"): pagefind lower-cases the lang of pages it reads and of
   * the page that searches, not a record's language, and an index under "zh-Hans" would never be loaded.
   */
  language: string;
  meta: { title: string };
  content: string;
}

/** A language's key in pagefind's indexes (SearchRecord.language). */
export const searchLanguage = (locale: Locale) => LOCALES[locale].tag.toLowerCase();

/** Join phrases into readable text for excerpts: a full stop between them unless one ends a sentence already. */
function joinText(parts: (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map((p) => p.trim())
    .reduce((acc, p) => (acc === '' ? p : `${acc}${/[.!?]$/.test(acc) ? '' : '.'} ${p}`), '');
}

/** A page's facts as search text: "Label: value", without the small print and the page-only facts. */
const factsText = (facts: Fact[]) => facts.filter((f) => !f.pageOnly).map((f) => `${f.label}: ${factText(f)}`);

/** The deal page's heading (src/lib/pages/deal.ts uses the same). */
export function dealTitle(ds: Dataset, deal: Deal): string {
  const name = (id: string) => companyById(ds, id)?.name ?? id;
  return `${name(deal.licensor)} → ${name(deal.licensee)}: ${deal.asset.name}`;
}

/**
 * The words of a deal page that search should match: its facts, labelled as the page labels them, so a
 * result's excerpt reads "Licensee: AbbVie (US). Announced: 12 January 2026. …", not a bare list. The title
 * is not repeated: the result shows it as its link, and its words (both parties, the asset) are facts here.
 * Deal and company pages are indexed from data, not from their HTML, so the search index can be built
 * while Astro renders the pages (scripts/build.ts); tests/e2e check each record's words are on its page.
 */
export function dealRecord(ds: Dataset, deal: Deal, locale: Locale = DEFAULT_LOCALE): SearchRecord {
  // The page's own facts in its language, so a search finds the words the page shows.
  return { url: sitePathIn(locale).deal(deal.id), language: searchLanguage(locale), meta: { title: dealTitle(ds, deal) }, content: joinText([...factsText(dealFacts(ds, deal, locale)), ...dealTermGroups(deal, locale).flatMap((g) => factsText(g.facts)), deal.notes]) };
}

/** A company page's searchable words: name, profile, and its facts as the page labels them. */
export function companyRecord(ds: Dataset, company: Company, locale: Locale = DEFAULT_LOCALE): SearchRecord {
  // Found by its English name and by its name in the reader's script (알테오젠), titled as its page is.
  const local = localNameOf(company, locale)?.text;
  const text = [company.name, local, company.profile, ...factsText(companyFacts(ds, company, locale))];
  return { url: sitePathIn(locale).company(company.id), language: searchLanguage(locale), meta: { title: local ? `${local} (${company.name})` : company.name }, content: joinText(text) };
}

/**
 * Records per pagefind bundle. Pagefind's memory and time grow faster than the record count (12,500 records
 * in one bundle: about 400 MB and 10 s; in bundles of 2,500: about 110 MB and 1.4 s each), so the build
 * writes several bundles, one after another, and the search page merges them.
 */
export const RECORDS_PER_BUNDLE = 2500;

/**
 * Site paths of the bundles that `count` deals and companies are split into. A bundle holds the same
 * deals and companies in every language (RECORDS_PER_BUNDLE of each language): pagefind writes each
 * language's index apart and the search page loads only its own, so the search page of every language
 * names the same bundles, whatever languages a build makes.
 */
export function recordBundlePaths(count: number): string[] {
  return Array.from({ length: Math.ceil(count / RECORDS_PER_BUNDLE) }, (_, i) => `/pagefind-records-${i}/`);
}

/** The records split into bundles, each with the site path it is written to: slice i of every language in bundle i. */
export function recordBundles(records: SearchRecord[]): { path: string; records: SearchRecord[] }[] {
  const byLanguage = Map.groupBy(records, (r) => r.language);
  const most = Math.max(0, ...[...byLanguage.values()].map((rs) => rs.length));
  return recordBundlePaths(most).map((p, i) => ({
    path: p,
    records: [...byLanguage.values()].flatMap((rs) => rs.slice(i * RECORDS_PER_BUNDLE, (i + 1) * RECORDS_PER_BUNDLE)),
  }));
}

/** Every deal and company as a search record, in each language the site is built in. */
export function searchRecords(ds: Dataset): SearchRecord[] {
  return LOCALE_IDS.flatMap((l) => [...ds.deals.map((d) => dealRecord(ds, d, l)), ...ds.companies.map((c) => companyRecord(ds, c, l))]);
}
