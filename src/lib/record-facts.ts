// The labelled facts of a deal's and a company's page, in the page's order: the page shows them as a list
// (Facts.astro) and search indexes their words (search-records.ts), so a result's excerpt reads as the page.
// Labels, vocabulary and figures are in the page's language; names and notes from the dataset stay English,
// marked so (lang), except a company's own name in the reader's script (company-name.ts).
import type { Dataset } from './dataset.ts';
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import { AT_SIGNING, CONTINGENT, GUARANTEED, termsBreakdown } from './deal-terms.ts';
import { dealStatus, eventDate } from './deal-history.ts';
import type { Term } from '../schema/deal-terms.ts';
import type { DealTermKey } from '../schema/vocab.ts';
import { countryLabelIn } from './countries.ts';
import { companyById, unitsOf } from './queries.ts';
import { hrefIn } from './i18n/routing.ts';
import { translator } from './i18n/messages.ts';
import type { Locale } from './i18n/locales.ts';
import { formatPartialDateIn } from './i18n/format-date.ts';
import { formatTermIn } from './i18n/format-money.ts';
import { formatAmountIn, formatFigureIn, qualifyIn } from './i18n/format-number.ts';
import { vocabLabel } from './vocab-labels.ts';
import { companyNameIn, localNameOf } from './company-name.ts';
import { PART, aroundPart } from './message-parts.ts';

/** Text, or a link with its text; either may carry the language of its words when it is not the page's. */
export type Inline = string | { href?: string; text: string; lang?: string };

export interface Fact {
  label: string;
  value: Inline[];
  /** Small print after the value (how a figure was stated): on the page, not in search. */
  meta?: string;
  /** Shown on the page only. */
  pageOnly?: true;
  /** The "not in the sources" mark's words, when no cited source states the value (src/lib/unsourced.ts). */
  unsourced?: string;
  /** The record's field the fact shows ("stage", "asset.modality"), where a `notInSources` entry can name it. */
  field?: string;
}

/** A fact's value as plain text. */
export function factText(f: Fact): string {
  return f.value.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

const companyLink = (id: string, c: Company | undefined, locale: Locale): Inline => {
  const name = companyNameIn(c, locale);
  return { href: hrefIn(locale).company(id), text: name.text, ...(name.lang ? { lang: name.lang } : {}) };
};

/** Dataset text as a fact's part, marked English on other pages. */
const data = (text: string, locale: Locale): Inline => (locale === 'en' ? text : { text, lang: 'en' });

export function dealFacts(ds: Dataset, deal: Deal, locale: Locale = 'en'): Fact[] {
  const t = translator(locale);
  const lr = companyById(ds, deal.licensor);
  const le = companyById(ds, deal.licensee);
  const { asset } = deal;
  const last = deal.events[deal.events.length - 1]!;
  const [partBefore, partAfter] = aroundPart(t('deal.fact.partOf', { parent: PART }));
  const field = (f: 'announced' | 'asset.modality' | 'asset.therapeuticArea' | 'stage' | 'type' | 'territory') => ({ field: f, label: vocabLabel('dealField', f, locale) });
  return [
    { label: t('deal.fact.licensor'), field: 'licensor', value: [companyLink(deal.licensor, lr, locale), ` (${lr?.country ?? ''})`] },
    {
      label: t('deal.fact.licensee'),
      field: 'licensee',
      value: [companyLink(deal.licensee, le, locale), ` (${le?.country ?? ''})`, ...(le?.parent ? [partBefore, companyLink(le.parent, companyById(ds, le.parent), locale), ...(partAfter ? [partAfter] : [])] : [])],
    },
    { ...field('announced'), value: [formatPartialDateIn(deal.announced, locale)] },
    { label: t('deal.fact.asset'), value: [data(`${asset.name}${asset.target ? ` (${asset.target})` : ''}`, locale)] },
    { ...field('asset.modality'), value: [vocabLabel('modality', asset.modality, locale)] },
    {
      ...field('asset.therapeuticArea'),
      value: [vocabLabel('therapeuticArea', asset.therapeuticArea, locale), ...(asset.indication ? [' — ', data(asset.indication, locale)] : [])],
    },
    { ...field('stage'), value: [vocabLabel('stage', deal.stage, locale)] },
    { ...field('type'), value: [vocabLabel('dealType', deal.type, locale)] },
    { ...field('territory'), value: [vocabLabel('territory', deal.territory, locale)] },
    { label: t('deal.fact.royalties'), value: [vocabLabel('royalties', deal.royalties, locale)] },
    {
      label: t('deal.fact.status'),
      value: [vocabLabel('dealStatus', dealStatus(deal), locale)],
      meta:
        deal.events.length > 1
          ? t('deal.fact.latestEvent', {
              event: vocabLabel('dealEvent', last.kind, locale).toLowerCase(),
              date: formatPartialDateIn(eventDate(deal, last, deal.events.length - 1), locale),
            })
          : undefined,
    },
  ];
}

/** A term as a fact: its amount as stated (or "not disclosed", "not stated"), how it was stated in small print. */
function termFact(k: DealTermKey, term: Term, locale: Locale): Fact {
  const t = translator(locale);
  const details =
    term.disclosure === 'given'
      ? [
          term.alt && t('term.alsoStated', { figure: qualifyIn(formatAmountIn(term.alt.amount, term.alt.currency, locale), term.alt.qualifier, locale) }),
          term.usd !== undefined && term.currency !== 'USD' && t(term.usdBasis === 'stated' ? 'term.usdStated' : 'term.usdConverted'),
          term.note,
        ]
      : [term.disclosure === 'undisclosed' ? t('term.undisclosed') : undefined, term.note];
  const meta = details.filter(Boolean).join(t('term.metaSeparator'));
  return { label: vocabLabel('dealTerm', k, locale), value: [formatTermIn(term, locale)], meta: meta || undefined };
}

/** A deal's money terms in groups, as its page shows them: guaranteed apart from contingent, then the headline. */
export interface TermGroup {
  heading: string;
  facts: Fact[];
}

export function dealTermGroups(deal: Deal, locale: Locale = 'en'): TermGroup[] {
  const t = translator(locale);
  const b = termsBreakdown(deal.terms);
  const facts = (keys: DealTermKey[]) => keys.map((k) => termFact(k, deal.terms[k], locale));
  // Terms no source mentions are left out of a sum, and the sum says so.
  const leftOut = (keys: DealTermKey[]) => {
    const out = b.notStated.filter((k) => keys.includes(k));
    return out.length > 0 ? t('term.notCounting', { terms: out.map((k) => vocabLabel('dealTerm', k, locale).toLowerCase()).join(t('term.or')) }) : undefined;
  };
  const guaranteed = facts(GUARANTEED);
  if (b.guaranteed && b.notStated.length < GUARANTEED.length - 1)
    guaranteed.push({ label: t('term.guaranteedTotal'), value: [formatFigureIn(b.guaranteed, 'USD', locale)], meta: leftOut(GUARANTEED) });
  const headline = facts(['total']);
  if (b.shareAtSigning)
    headline.push({
      label: t('term.shareAtSigning'),
      value: [formatFigureIn(b.shareAtSigning, 'percent', locale)],
      meta: [t('term.shareMeta'), leftOut(AT_SIGNING)].filter(Boolean).join(t('term.metaSeparator')),
    });
  return [
    { heading: t('term.group.guaranteed'), facts: guaranteed },
    { heading: t('term.group.contingent'), facts: facts(CONTINGENT) },
    { heading: t('term.group.headline'), facts: headline },
  ];
}

export function companyFacts(ds: Dataset, company: Company, locale: Locale = 'en'): Fact[] {
  const t = translator(locale);
  const parent = company.parent ? companyById(ds, company.parent) : undefined;
  const units = unitsOf(ds, company.id);
  const local = localNameOf(company, locale);
  const facts: Fact[] = [
    ...(local ? [{ label: vocabLabel('companyField', 'localNames', locale), field: 'localNames', value: [local] }] : []),
    { label: vocabLabel('companyField', 'country', locale), field: 'country', value: [`${countryLabelIn(company.country, locale)} (${company.country})`] },
    { label: vocabLabel('companyField', 'kind', locale), field: 'kind', value: [vocabLabel('companyKind', company.kind, locale)] },
  ];
  if (company.aliases.length > 0) facts.push({ label: t('company.fact.aliases'), value: [data(company.aliases.join(', '), locale)] });
  if (parent) facts.push({ label: vocabLabel('companyField', 'parent', locale), field: 'parent', value: [companyLink(parent.id, parent, locale)] });
  // Each unit's own record names this company as its parent.
  if (units.length > 0) facts.push({ label: t('company.fact.units'), value: units.flatMap((u, i) => [...(i > 0 ? [', '] : []), companyLink(u.id, u, locale)]), pageOnly: true });
  return facts;
}
