// The labelled facts of a deal's and a company's page, in the page's order: the page shows them as a list
// (Facts.astro) and search indexes their words (search-records.ts), so a result's excerpt reads as the page.
import type { Dataset } from './dataset.ts';
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import { formatCurrencyShort, formatFigure, formatTerm, qualifierPrefix } from './format.ts';
import { AT_SIGNING, CONTINGENT, GUARANTEED, termsBreakdown } from './deal-terms.ts';
import { dealStatus, eventDate } from './deal-history.ts';
import type { Term } from '../schema/deal-terms.ts';
import type { DealTermKey } from '../schema/vocab.ts';
import { formatPartialDate } from './dates.ts';
import { countryLabel } from './countries.ts';
import { companyById, unitsOf } from './queries.ts';
import { href } from './routes.ts';
import { COMPANY_KINDS, DEAL_EVENT_KINDS, DEAL_STATUSES, DEAL_TERM_LABELS, DEAL_TYPES, MODALITIES, ROYALTIES, STAGES, TERRITORIES, THERAPEUTIC_AREAS } from '../schema/vocab.ts';

/** Text, or a link with its text. */
export type Inline = string | { href: string; text: string };

export interface Fact {
  label: string;
  value: Inline[];
  /** Small print after the value (how a figure was stated): on the page, not in search. */
  meta?: string;
  /** Shown on the page only. */
  pageOnly?: true;
  /** The "not in the sources" mark's words, when no cited source states the value (src/lib/unsourced.ts). */
  unsourced?: string;
}

/** A fact's value as plain text. */
export function factText(f: Fact): string {
  return f.value.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

const companyLink = (id: string, c: Company | undefined) => ({ href: href.company(id), text: c?.name ?? '' });

export function dealFacts(ds: Dataset, deal: Deal): Fact[] {
  const lr = companyById(ds, deal.licensor);
  const le = companyById(ds, deal.licensee);
  const { asset } = deal;
  const last = deal.events[deal.events.length - 1]!;
  return [
    { label: 'Licensor', value: [companyLink(deal.licensor, lr), ` (${lr?.country ?? ''})`] },
    { label: 'Licensee', value: [companyLink(deal.licensee, le), ` (${le?.country ?? ''})`, ...(le?.parent ? [' — part of ', companyLink(le.parent, companyById(ds, le.parent))] : [])] },
    { label: 'Announced', value: [formatPartialDate(deal.announced)] },
    { label: 'Asset', value: [`${asset.name}${asset.target ? ` (${asset.target})` : ''}`] },
    { label: 'Modality', value: [MODALITIES[asset.modality]] },
    { label: 'Therapeutic area', value: [`${THERAPEUTIC_AREAS[asset.therapeuticArea]}${asset.indication ? ` — ${asset.indication}` : ''}`] },
    { label: 'Stage at signing', value: [STAGES[deal.stage]] },
    { label: 'Deal type', value: [DEAL_TYPES[deal.type]] },
    { label: 'Territory', value: [TERRITORIES[deal.territory]] },
    { label: 'Royalties', value: [ROYALTIES[deal.royalties]] },
    {
      label: 'Status',
      value: [DEAL_STATUSES[dealStatus(deal)]],
      meta: deal.events.length > 1 ? `latest event: ${DEAL_EVENT_KINDS[last.kind].toLowerCase()}, ${formatPartialDate(eventDate(deal, last, deal.events.length - 1))}` : undefined,
    },
  ];
}

/** A term as a fact: its amount as stated (or "not disclosed", "not stated"), how it was stated in small print. */
function termFact(k: DealTermKey, t: Term): Fact {
  const details =
    t.disclosure === 'given'
      ? [
          t.alt && `also stated as ${qualifierPrefix(t.alt.qualifier)}${formatCurrencyShort(t.alt.amount, t.alt.currency)}`,
          t.usd !== undefined && t.currency !== 'USD' && `US dollar figure ${t.usdBasis === 'stated' ? 'as stated in the source' : 'converted'}`,
          t.note,
        ]
      : [t.disclosure === 'undisclosed' ? 'the sources say it exists but give no amount' : undefined, t.note];
  const meta = details.filter(Boolean).join('; ');
  return { label: DEAL_TERM_LABELS[k], value: [formatTerm(t)], meta: meta || undefined };
}

/** A deal's money terms in groups, as its page shows them: guaranteed apart from contingent, then the headline. */
export interface TermGroup {
  heading: string;
  facts: Fact[];
}

export function dealTermGroups(deal: Deal): TermGroup[] {
  const b = termsBreakdown(deal.terms);
  const facts = (keys: DealTermKey[]) => keys.map((k) => termFact(k, deal.terms[k]));
  // Terms no source mentions are left out of a sum, and the sum says so.
  const leftOut = (keys: DealTermKey[]) => {
    const out = b.notStated.filter((k) => keys.includes(k));
    return out.length > 0 ? `not counting ${out.map((k) => DEAL_TERM_LABELS[k].toLowerCase()).join(' or ')}, which no source states` : undefined;
  };
  const guaranteed = facts(GUARANTEED);
  if (b.guaranteed && b.notStated.length < GUARANTEED.length - 1)
    guaranteed.push({ label: 'Guaranteed in all', value: [formatFigure(b.guaranteed, 'USD')], meta: leftOut(GUARANTEED) });
  const headline = facts(['total']);
  if (b.shareAtSigning)
    headline.push({ label: 'Share paid at signing', value: [formatFigure(b.shareAtSigning, 'percent')], meta: ['upfront and equity over the headline value', leftOut(AT_SIGNING)].filter(Boolean).join('; ') });
  return [
    { heading: 'Guaranteed', facts: guaranteed },
    { heading: 'Contingent', facts: facts(CONTINGENT) },
    { heading: 'Headline', facts: headline },
  ];
}

export function companyFacts(ds: Dataset, company: Company): Fact[] {
  const parent = company.parent ? companyById(ds, company.parent) : undefined;
  const units = unitsOf(ds, company.id);
  const facts: Fact[] = [
    { label: 'Country', value: [`${countryLabel(company.country)} (${company.country})`] },
    { label: 'Kind', value: [COMPANY_KINDS[company.kind]] },
  ];
  if (company.aliases.length > 0) facts.push({ label: 'Also known as', value: [company.aliases.join(', ')] });
  if (parent) facts.push({ label: 'Parent', value: [companyLink(parent.id, parent)] });
  // Each unit's own record names this company as its parent.
  if (units.length > 0) facts.push({ label: 'Units', value: units.flatMap((u, i) => [...(i > 0 ? [', '] : []), companyLink(u.id, u)]), pageOnly: true });
  return facts;
}
