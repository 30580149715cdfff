// The labelled facts of a deal's and a company's page, in the page's order: the page shows them as a list
// (Facts.astro) and search indexes their words (search-records.ts), so a result's excerpt reads as the page.
import type { Dataset } from './dataset.ts';
import type { Company } from '../schema/company.ts';
import type { Deal } from '../schema/deal.ts';
import { formatCurrencyShort, formatMoney, qualifierPrefix } from './format.ts';
import { formatPartialDate } from './dates.ts';
import { countryLabel } from './countries.ts';
import { companyById, unitsOf } from './queries.ts';
import { href } from './routes.ts';
import { COMPANY_KINDS, DEAL_STATUSES, DEAL_TERM_LABELS, DEAL_TYPES, MODALITIES, ROYALTIES, STAGES, TERRITORIES, THERAPEUTIC_AREAS } from '../schema/vocab.ts';

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
  const terms = (['upfront', 'milestones', 'total'] as const).flatMap((k): Fact[] => {
    const m = deal.terms[k];
    if (!m) return [];
    const details = [
      m.alt && `also stated as ${qualifierPrefix(m.alt.qualifier)}${formatCurrencyShort(m.alt.amount, m.alt.currency)}`,
      m.usd !== undefined && m.currency !== 'USD' && `US dollar figure ${m.usdBasis === 'stated' ? 'as stated in the source' : 'converted'}`,
      m.note,
    ].filter(Boolean);
    return [{ label: DEAL_TERM_LABELS[k], value: [formatMoney(m)], meta: details.length > 0 ? details.join('; ') : undefined }];
  });
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
    ...(terms.length > 0 ? terms : [{ label: 'Terms', value: ['Not stated in the sources'] }]),
    { label: 'Royalties', value: [ROYALTIES[deal.royalties]] },
    { label: 'Status', value: [DEAL_STATUSES[deal.status]] },
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
