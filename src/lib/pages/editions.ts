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
import { href } from '../routes.ts';
import { dealTitle } from '../search-records.ts';
import type { BriefingEntry } from '../site-content.ts';
import { whatChanged, type FigureSide } from '../what-changed.ts';

const TERM_LABELS: Record<string, string> = { upfront: 'Upfront', milestones: 'Milestones', total: 'Headline value' };

/** A term as the page shows it; absent means the record did not give it. */
const termText = (v: unknown) => (v === undefined ? 'not recorded' : formatTerm(v as Term));

/** Its briefings, newest first. */
const briefingsOf = (briefings: BriefingEntry[], id: string) => briefings.filter((b) => b.data.edition === id);

/** How the page describes the state it shows. */
function stateNote(e: EditionEntry): string {
  if (!e.snapshot) return 'Not yet published: this page shows today\'s data, and will keep it as of the day the edition is published.';
  // The snapshot's own note names the source ids (for editors); readers get it in words, dated as pages date.
  if (e.snapshot.reconstructed)
    return `Reconstructed: this edition's data were set down on ${formatIsoDate(e.snapshot.taken)}, after it was published, from that day's records that cite the sources of this and earlier editions' briefings. A figure corrected before then shows its corrected value here, not as a revision.`;
  return `Data as of ${formatIsoDate(e.snapshot.taken)}, kept unchanged since.`;
}

export function editionsIndexPage(editions: EditionEntry[], briefings: BriefingEntry[]) {
  return {
    editions: [...editions].reverse().map((e) => ({
      href: href.edition(e.edition.id),
      label: e.edition.label,
      published: formatIsoDate(e.edition.published),
      summary: e.edition.summary,
      status: e.snapshot ? (e.snapshot.reconstructed ? 'published; data reconstructed' : 'published') : 'in preparation',
      briefings: briefingsOf(briefings, e.edition.id).map((b) => ({ href: href.briefing(b.id), title: b.data.title })),
    })),
  };
}

export function editionPaths(editions: EditionEntry[]) {
  return editions.map((e) => ({ params: { id: e.edition.id }, props: { id: e.edition.id } }));
}

/** The edition page's data: its briefings and charts, and what changed since the edition before it. */
export function editionPage(today: Dataset, briefings: BriefingEntry[], editions: EditionEntry[], id: string) {
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
    citedSources(list).map(({ id: source, locators }) => ({ href: href.sourceSection(source), text: `${state.sources.find((s) => s.id === source)?.title ?? source}, ${locators.join(', ')}` }))
  );
  const deal = (d: Parameters<typeof dealTitle>[1]) => ({ href: href.deal(d.id), text: dealTitle(state, d) });
  const side = (unit: Parameters<typeof formatValue>[1], s: FigureSide) => ({ text: formatValue(s.value, unit, s.qualifier as Parameters<typeof formatValue>[2], s.upper), dated: s.dated && formatFlexibleDate(s.dated), sources: cites(s.sources) });
  const since = changes && {
    newDeals: changes.newDeals.map((d) => ({ ...deal(d), sources: cites(d.sources) })),
    changedTerms: changes.changedTerms.map((t) => ({ deal: deal(t.deal), term: TERM_LABELS[t.term] ?? t.term, old: termText(t.old), new: termText(t.new), sources: cites(t.sources) })),
    statusChanges: changes.statusChanges.map((s) => ({ deal: deal(s.deal), old: DEAL_STATUSES[s.old as keyof typeof DEAL_STATUSES] ?? s.old, new: DEAL_STATUSES[s.new as keyof typeof DEAL_STATUSES] ?? s.new, sources: cites(s.sources) })),
    newCompanies: changes.newCompanies.map((c) => ({ href: href.company(c.id), text: c.name, country: countryName(c.country) ?? c.country, sources: cites(c.sources) })),
    revisedFigures: changes.revisedFigures.map((f) => ({
      series: f.series.title,
      what: [f.periodLabel, f.category, f.by && `by ${f.by}`].filter(Boolean).join(', '),
      old: side(f.series.unit, f.old),
      new: side(f.series.unit, f.new),
    })),
  };
  const title = `${e.label} edition`;
  return {
    title,
    summary: e.summary ?? `The Deal Atlas briefings published for ${e.label}, and what changed since the previous edition.`,
    published: formatIsoDate(e.published),
    period: `${formatIsoDate(periodPartBounds(e.period)!.start)} to ${formatIsoDate(periodPartBounds(e.period)!.end)}`,
    state: stateNote(entry),
    reconstructed: entry.snapshot?.reconstructed !== undefined,
    /** Its deals page (the report's deal appendix). */
    dealsHref: href.editionDeals(id),
    /** Its charts draw the edition's snapshot, as its briefings do (Astro.locals.asOf); undefined in preparation. */
    asOf: briefingAsOf(id, editions),
    /** What its charts show. */
    chartsNote: entry.snapshot ? `As published in this edition; a chart whose figures were revised since says so.` : `From today's data: the edition is not yet published.`,
    /** The edition report's PDF slot (a ReportLink placeholder the PDF step fills), once it has a briefing. */
    report: own.length ? reportPdfSlot(id) : undefined,
    briefings: own.map((b) => ({ href: href.briefing(b.id), title: b.data.title, date: formatIsoDate(b.data.date), summary: b.data.summary })),
    charts,
    figures: charts.length > 0,
    previous: prev && { href: href.edition(prev.edition.id), label: prev.edition.label },
    since,
    sources: sourceList(state, cited, own.flatMap((b) => b.data.sources)),
  };
}

/**
 * /editions/<id>/deals/: the deals an edition covers, as it recorded them: the deals its briefings discuss and
 * those new since the edition before, newest first. The edition report's deal appendix (the whole explorer
 * would print every deal of the site).
 */
export function editionDealsPage(today: Dataset, briefings: BriefingEntry[], editions: EditionEntry[], id: string) {
  const entry = editions.find((e) => e.edition.id === id);
  if (!entry) throw new Error(`unknown edition "${id}"`);
  const state = editionState(entry, today);
  const prev = previousEdition(editions, id);
  const discussed = new Set(briefingsOf(briefings, id).flatMap((b) => b.data.deals));
  const newSince = new Set((prev ? whatChanged(editionState(prev, today), state).newDeals : state.deals).map((d) => d.id));
  const deals = state.deals.filter((d) => discussed.has(d.id) || newSince.has(d.id));
  const key = (d: (typeof deals)[number]) => d.announced?.value ?? '';
  return {
    title: `Deals of the ${entry.edition.label} edition`,
    edition: { href: href.edition(id), label: `${entry.edition.label} edition` },
    /** The edition's records (its snapshot once published), for the table's names and countries. */
    dataset: { ...today, ...state },
    deals: [...deals].sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id)),
  };
}
