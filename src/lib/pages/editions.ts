// The editions list (/editions/) and an edition's page (/editions/<id>/): its briefings, the charts they
// place, and what changed since the previous edition (whatChanged between the two editions' states).
import type { Term } from '../../schema/deal-terms.ts';
import type { Citation } from '../../schema/primitives.ts';
import { DEAL_STATUSES } from '../../schema/vocab.ts';
import { countryName } from '../../schema/countries.ts';
import { periodPartBounds } from '../../schema/periods.ts';
import { citedSources, sourceList } from '../citations.ts';
import type { Dataset } from '../dataset.ts';
import { formatFlexibleDate, formatIsoDate } from '../dates.ts';
import { briefingAsOf, editionState, previousEdition, type EditionEntry } from '../editions.ts';
import { reportPdfSlot } from '../edition-reports.ts';
import { formatTerm, formatValue } from '../format.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import { formatFlexibleDateIn, formatIsoDateIn } from '../i18n/format-date.ts';
import { formatTermIn } from '../i18n/format-money.ts';
import { formatValueIn } from '../i18n/format-number.ts';
import { datasetLangIn, editorialIn } from '../i18n/editorial.ts';
import { briefingTextIn, briefingTitleIn } from './briefing-title.ts';
import { dealTitle } from '../search-records.ts';
import type { BriefingEntry } from '../site-content.ts';
import { whatChanged, type FigureSide } from '../what-changed.ts';

const TERM_LABELS: Record<string, string> = { upfront: 'Upfront', milestones: 'Milestones', total: 'Headline value' };
const TERM_KEYS = { upfront: 'edition.term.upfront', milestones: 'edition.term.milestones', total: 'edition.term.total' } as const;

/** A country's name in a Korean or Chinese page's words ("중국", "中国"), from Intl as countries.ts does in English. */
function countryNameIn(code: string, locale: Locale): string | undefined {
  const name = countryName(code) && new Intl.DisplayNames(LOCALES[locale].intl, { type: 'region' }).of(code);
  return name && name !== code ? name : undefined;
}

/** Dates as the language writes them; English keeps src/lib/dates.ts. */
const isoDateIn = (iso: string, locale: Locale) => (locale === 'en' ? formatIsoDate(iso) : formatIsoDateIn(iso, locale));

/** A term as the page shows it; absent means the record did not give it. */
const termText = (v: unknown, t: Translate) => (v === undefined ? t('edition.term.notRecorded') : t.locale === 'en' ? formatTerm(v as Term) : formatTermIn(v as Term, t.locale));

/** Its briefings, newest first. */
const briefingsOf = (briefings: BriefingEntry[], id: string) => briefings.filter((b) => b.data.edition === id);

/** How the page describes the state it shows. */
function stateNote(e: EditionEntry, t: Translate): string {
  if (!e.snapshot) return t('edition.state.preparing');
  // The snapshot's own note names the source ids (for editors); readers get it in words, dated as pages date.
  const date = isoDateIn(e.snapshot.taken, t.locale);
  return t(e.snapshot.reconstructed ? 'edition.state.reconstructed' : 'edition.state.published', { date });
}

export function editionsIndexPage(editions: EditionEntry[], briefings: BriefingEntry[], locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  return {
    editions: [...editions].reverse().map((e) => ({
      href: h.edition(e.edition.id),
      label: editorialIn(e.edition, 'label', locale),
      published: isoDateIn(e.edition.published, locale),
      summary: e.edition.summary === undefined ? undefined : editorialIn(e.edition, 'summary', locale),
      status: t(e.snapshot ? (e.snapshot.reconstructed ? 'editions.status.reconstructed' : 'editions.status.published') : 'editions.status.preparing'),
      briefings: briefingsOf(briefings, e.edition.id).map((b) => ({ href: h.briefing(b.id), title: briefingTitleIn(b, locale) })),
    })),
  };
}

export function editionPaths(editions: EditionEntry[]) {
  return editions.map((e) => ({ params: { id: e.edition.id }, props: { id: e.edition.id } }));
}

/** The edition page's data: its briefings and charts, and what changed since the edition before it. */
export function editionPage(today: Dataset, briefings: BriefingEntry[], editions: EditionEntry[], id: string, locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  const en = locale === 'en';
  const entry = editions.find((e) => e.edition.id === id);
  if (!entry) throw new Error(`unknown edition "${id}"`);
  const e = entry.edition;
  const state = editionState(entry, today);
  const own = briefingsOf(briefings, id);
  const charts = [...new Set(own.flatMap((b) => chartsPlaced(b.refs)))];
  const prev = previousEdition(editions, id);
  const prevState = prev && editionState(prev, today);
  const changes = prevState && whatChanged(prevState, state);
  const cited: Citation[] = [];
  // One link per source, with its locators: "Report B, ¶8, ¶9".
  const cites = (list: Citation[]) => (
    cited.push(...list),
    citedSources(list).map(({ id: source, locators }) => ({ href: h.sourceSection(source), lang: datasetLangIn(locale), text: `${state.sources.find((s) => s.id === source)?.title ?? source}, ${locators.join(', ')}` }))
  );
  const deal = (d: Parameters<typeof dealTitle>[1]) => ({ href: h.deal(d.id), text: dealTitle(state, d) });
  const side = (unit: Parameters<typeof formatValue>[1], s: FigureSide) => {
    const q = s.qualifier as Parameters<typeof formatValue>[2];
    return {
      text: en ? formatValue(s.value, unit, q, s.upper) : formatValueIn(s.value, unit, q, locale, s.upper),
      dated: s.dated && (en ? formatFlexibleDate(s.dated) : formatFlexibleDateIn(s.dated, locale)),
      sources: cites(s.sources),
    };
  };
  const since = changes && {
    newDeals: changes.newDeals.map((d) => ({ ...deal(d), sources: cites(d.sources) })),
    changedTerms: changes.changedTerms.map((c) => ({ deal: deal(c.deal), term: en ? (TERM_LABELS[c.term] ?? c.term) : c.term in TERM_KEYS ? t(TERM_KEYS[c.term as keyof typeof TERM_KEYS]) : c.term, old: termText(c.old, t), new: termText(c.new, t), sources: cites(c.sources) })),
    statusChanges: changes.statusChanges.map((s) => ({ deal: deal(s.deal), old: DEAL_STATUSES[s.old as keyof typeof DEAL_STATUSES] ?? s.old, new: DEAL_STATUSES[s.new as keyof typeof DEAL_STATUSES] ?? s.new, sources: cites(s.sources) })),
    newCompanies: changes.newCompanies.map((c) => ({ href: h.company(c.id), text: c.name, country: (en ? countryName(c.country) : countryNameIn(c.country, locale)) ?? c.country, sources: cites(c.sources) })),
    revisedFigures: changes.revisedFigures.map((f) => ({
      series: f.series.title,
      what: [f.periodLabel, f.category, f.by && t('edition.revised.by', { by: f.by })].filter(Boolean).join(', '),
      old: side(f.series.unit, f.old),
      new: side(f.series.unit, f.new),
    })),
  };
  const label = editorialIn(e, 'label', locale);
  const bounds = periodPartBounds(e.period)!;
  return {
    /** Its title; `lang` is "en" when the label has no translation in the page's language. */
    title: { text: t('edition.title', { label: label.text }), lang: label.lang },
    summary: e.summary === undefined ? { text: t('edition.summaryDefault', { label: label.text }), lang: label.lang } : editorialIn(e, 'summary', locale),
    published: isoDateIn(e.published, locale),
    period: t('edition.period', { start: isoDateIn(bounds.start, locale), end: isoDateIn(bounds.end, locale) }),
    state: stateNote(entry, t),
    reconstructed: entry.snapshot?.reconstructed !== undefined,
    /** Its deals page (the report's deal appendix). */
    dealsHref: h.editionDeals(id),
    /** Its charts draw the edition's snapshot, as its briefings do (Astro.locals.asOf); undefined in preparation. */
    asOf: briefingAsOf(id, editions),
    /** What its charts show. */
    chartsNote: t(entry.snapshot ? 'edition.charts.notePublished' : 'edition.charts.notePreparing'),
    /** The edition report's PDF slot (a ReportLink placeholder the PDF step fills), once it has a briefing. */
    report: own.length ? reportPdfSlot(id) : undefined,
    briefings: own.map((b) => ({ href: h.briefing(b.id), title: briefingTitleIn(b, locale), date: isoDateIn(b.data.date, locale), summary: briefingTextIn(b, 'summary', locale) })),
    /** The lang of dataset and briefing text on this page (undefined in English). */
    lang: datasetLangIn(locale),
    charts,
    figures: charts.length > 0,
    previous: prev && { href: h.edition(prev.edition.id), label: editorialIn(prev.edition, 'label', locale) },
    since,
    sources: sourceList(state, cited, own.flatMap((b) => b.data.sources), locale),
  };
}

/**
 * /editions/<id>/deals/: the deals an edition covers, as it recorded them: the deals its briefings discuss and
 * those new since the edition before, newest first. The edition report's deal appendix (the whole explorer
 * would print every deal of the site).
 */
export function editionDealsPage(today: Dataset, briefings: BriefingEntry[], editions: EditionEntry[], id: string, locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  const entry = editions.find((e) => e.edition.id === id);
  if (!entry) throw new Error(`unknown edition "${id}"`);
  const state = editionState(entry, today);
  const prev = previousEdition(editions, id);
  const discussed = new Set(briefingsOf(briefings, id).flatMap((b) => b.data.deals));
  const newSince = new Set((prev ? whatChanged(editionState(prev, today), state).newDeals : state.deals).map((d) => d.id));
  const deals = state.deals.filter((d) => discussed.has(d.id) || newSince.has(d.id));
  const key = (d: (typeof deals)[number]) => d.announced?.value ?? '';
  const label = editorialIn(entry.edition, 'label', locale);
  return {
    title: { text: t('edition.deals.title', { label: label.text }), lang: label.lang },
    edition: { href: h.edition(id), label: { text: t('edition.title', { label: label.text }), lang: label.lang } },
    /** The edition's records (its snapshot once published), for the table's names and countries. */
    dataset: { ...today, ...state },
    deals: [...deals].sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id)),
  };
}
