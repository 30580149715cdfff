// Page data of the deal explorer, deal and year pages, /deals/all.json and company pages, on the fixture
// site and on one with more deals than the explorer's page lists.
import { describe, expect, it } from 'vitest';
import { EXPLORER_ROWS } from '../../../src/lib/deal-row.ts';
import { companiesIndexPage } from '../../../src/lib/pages/companies-index.ts';
import { companyPage, companyPaths } from '../../../src/lib/pages/company.ts';
import { dealList, dealListPaths } from '../../../src/lib/pages/deal-list.ts';
import { dealPage, dealPaths } from '../../../src/lib/pages/deal.ts';
import { explorerPage } from '../../../src/lib/pages/deals-index.ts';
import { dealYearPage, dealYearPaths } from '../../../src/lib/pages/deals-year.ts';
import { companyRecord, dealRecord } from '../../../src/lib/search-records.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';
import { addDeals, fixtureSites } from '../../helpers/fixture-content.ts';

const fx = fixtureSites({ big: (s) => addDeals(s, EXPLORER_ROWS) });

const deal = (site: SiteContent, id: string) => site.dataset.deals.find((d) => d.id === id)!;
const company = (site: SiteContent, id: string) => site.dataset.companies.find((x) => x.id === id)!;

describe('deal explorer', () => {
  it('every deal, newest first, with filter options for the values that occur', () => {
    const p = explorerPage(fx.small.dataset);
    expect(p.deals.map((d) => d.id)).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
    expect(p).toMatchObject({ total: 2, capped: false, allRows: undefined, years: [], status: '2 deals', caption: 'All deals, newest first' });
    expect(Object.fromEntries(p.filters.map((f) => [f.name, f.options]))).toEqual({
      country: [{ value: 'KR', label: 'South Korea' }, { value: 'US', label: 'United States' }],
      modality: [{ value: 'adc', label: 'Antibody-drug conjugate' }, { value: 'small-molecule', label: 'Small molecule' }],
      stage: [{ value: 'phase-1', label: 'Phase 1' }, { value: 'preclinical', label: 'Preclinical' }],
      type: [{ value: 'license', label: 'License' }],
      status: [{ value: 'signed', label: 'Signed' }],
      year: [{ value: '2025', label: '2025' }, { value: '2024', label: '2024' }],
    });
    expect(p.filters.map((f) => f.label)).toEqual(['Country', 'Modality', 'Stage', 'Deal type', 'Status', 'Year']);
    expect(p.statuses).toBe('Counts deals of every status: all signed.');
  });

  it(`above ${EXPLORER_ROWS} deals: the newest listed, every row as JSON, a page per year with its count`, () => {
    const p = explorerPage(fx.big.dataset);
    expect(p.deals).toHaveLength(EXPLORER_ROWS);
    expect(p).toMatchObject({ total: EXPLORER_ROWS + 2, capped: true, allRows: '/deals/all.json', status: `The 1,000 most recent of 1,002 deals` });
    expect(p.years[0]).toEqual({ href: '/deals/years/2025/', year: '2025', label: '2025', count: '1' });
    expect(p.years.at(-1)).toEqual({ href: '/deals/years/undated/', year: 'undated', label: 'undated', count: '1' });
    expect(p.years.map((y) => Number(y.count.replace(',', ''))).reduce((a, b) => a + b)).toBe(EXPLORER_ROWS + 2);
    // The year filter offers dated years only.
    expect(p.filters.at(-1)!.options.map((o) => o.value)).not.toContain('undated');
  });
});

describe('year pages and every row as JSON: only above the explorer page', () => {
  it('none on a small site', () => {
    expect(dealYearPaths(fx.small.dataset)).toEqual([]);
    expect(dealListPaths(fx.small.dataset)).toEqual([]);
  });

  it("each year's deals, newest first; undated ones on their own page", () => {
    const paths = dealYearPaths(fx.big.dataset);
    expect(paths.map((p) => p.params.year)).toEqual(explorerPage(fx.big.dataset).years.map((y) => y.year));
    const y2024 = paths.find((p) => p.params.year === '2024')!;
    const p = dealYearPage('2024', y2024.props.deals);
    expect(p.label).toBe('Deals announced in 2024');
    expect(p.deals[0]!.id).toBe('acme-bigpharma-rd-2024'); // November 2024 before the year-only dates
    expect(p.description).toBe(`Deals announced in 2024: ${p.deals.length} cross-border licensing deals with parties, asset, stage and terms.`);
    expect(dealYearPage('undated', []).label).toBe('Undated deals');
    // The count says which statuses it includes: every one, named.
    expect(p.statuses).toBe('all signed');
    const ended = structuredClone(p.deals);
    ended[0]!.events.push({ kind: 'terminated', date: { value: '2025-01', precision: 'month' }, sources: ended[0]!.sources });
    expect(dealYearPage('2024', ended).statuses).toBe(`${ended.length - 1} signed, 1 terminated`);
  });

  it('/deals/all.json: every deal as keys and cells, newest first', () => {
    expect(dealListPaths(fx.big.dataset)).toEqual([{ params: { list: 'all' } }]);
    const file = dealList(fx.big.dataset);
    expect(file.contentType).toMatch(/^application\/json/);
    const { rows } = JSON.parse(file.body);
    expect(rows).toHaveLength(EXPLORER_ROWS + 2);
    expect(rows[0].keys.id).toBe('acme-bigpharma-2025');
    expect(rows[0].cells[3]).toEqual({ text: 'AB-101', href: '/deals/acme-bigpharma-2025/' });
  });
});

describe('deal page', () => {
  it('title, description, facts with links, small print, and briefings that discuss it', () => {
    expect(dealPaths(fx.small.dataset).map((p) => p.params.id)).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
    const p = dealPage(fx.small.dataset, fx.small.briefings, deal(fx.small, 'acme-bigpharma-rd-2024'));
    expect(p.title).toBe('Acme Bio → BigPharma R&D: AB-202');
    expect(p.description).toBe('License of AB-202 from Acme Bio to BigPharma R&D, November 2024.');
    expect(p.facts.find((f) => f.label === 'Licensee')!.value).toEqual([
      { href: '/companies/bigpharma-rd/', text: 'BigPharma R&D' },
      ' (US)',
      ' — part of ',
      { href: '/companies/bigpharma/', text: 'BigPharma' },
    ]);
    // Terms: guaranteed apart from contingent, each in its state; the headline as stated.
    const terms = Object.fromEntries(p.terms.map((g) => [g.heading, g.facts.map((f) => `${f.label}: ${f.value.join('')}`)]));
    expect(terms).toEqual({
      Guaranteed: ['Upfront: not stated', 'Equity investment: not stated', 'Near-term payments: not stated'],
      Contingent: ['Milestones: not stated'],
      Headline: ['Headline value: about ₩200B ($150M)'],
    });
    expect(p.terms[2]!.facts[0]).toEqual({ label: 'Headline value', value: ['about ₩200B ($150M)'], meta: 'US dollar figure as stated in the source' });
    expect(p.history).toEqual([{ date: 'November 2024', datetime: '2024-11', kind: 'Announced', note: undefined, sources: [{ href: '/sources/#src-a', text: 'A news report, ¶3' }] }]);
    expect(p.briefings).toEqual([]);
    expect(dealPage(fx.small.dataset, fx.small.briefings, deal(fx.small, 'acme-bigpharma-2025')).briefings).toEqual([{ href: '/briefings/a/', title: { text: 'A briefing' } }]);
  });

  it('marks the facts no cited source states: its own fields, and a party’s country', () => {
    const p = dealPage(fx.small.dataset, fx.small.briefings, deal(fx.small, 'acme-bigpharma-rd-2024'));
    expect(p.facts.filter((f) => f.unsourced).map((f) => [f.label, f.unsourced])).toEqual([
      ['Licensee', 'country not in the sources'],
      ['Deal type', 'not in the sources'],
    ]);
    expect(dealPage(fx.small.dataset, fx.small.briefings, deal(fx.small, 'acme-bigpharma-2025')).facts.some((f) => f.unsourced)).toBe(false);
  });

  it('its search record is its facts as text, without the small print', () => {
    const d = deal(fx.small, 'acme-bigpharma-rd-2024');
    const r = dealRecord(fx.small.dataset, d);
    expect(r.url).toBe('/deals/acme-bigpharma-rd-2024/');
    expect(r.content).toBe(
      'Licensor: Acme Bio (KR). Licensee: BigPharma R&D (US) — part of BigPharma. Announced: November 2024. Asset: AB-202. Modality: Small molecule. ' +
        'Therapeutic area: Immunology. Stage at signing: Preclinical. Deal type: License. Territory: Worldwide. Royalties: Not stated. Status: Signed. ' +
        'Upfront: not stated. Equity investment: not stated. Near-term payments: not stated. Milestones: not stated. Headline value: about ₩200B ($150M)',
    );
  });
});

describe('company pages', () => {
  it('facts, deals as licensor and licensee (a parent with its units), sources', () => {
    expect(companyPaths(fx.small.dataset)).toHaveLength(3);
    const p = companyPage(fx.small.dataset, company(fx.small, 'bigpharma'));
    expect(p.facts.map((f) => f.label)).toEqual(['Country', 'Kind', 'Units']);
    expect(p.asLicensor).toEqual({ deals: [], caption: 'Deals with BigPharma as licensor' });
    expect(p.asLicensee.caption).toBe('Deals with BigPharma or its units as licensee');
    expect(p.asLicensee.deals.map((d) => d.id)).toEqual(['acme-bigpharma-2025', 'acme-bigpharma-rd-2024']);
    expect(p.sources.map((s) => s.locators)).toEqual([['¶1']]);
    expect(companyPage(fx.small.dataset, company(fx.small, 'bigpharma-rd')).facts.find((f) => f.label === 'Parent')!.value).toEqual([{ href: '/companies/bigpharma/', text: 'BigPharma' }]);
  });

  it('marks the facts no cited source states', () => {
    const marked = (id: string) => companyPage(fx.small.dataset, company(fx.small, id)).facts.filter((f) => f.unsourced).map((f) => [f.label, f.unsourced]);
    expect(marked('bigpharma-rd')).toEqual([['Country', 'not in the sources']]);
    expect(marked('bigpharma')).toEqual([]);
  });

  it("its search record leaves out the units (each unit's record names its parent)", () => {
    expect(companyRecord(fx.small.dataset, company(fx.small, 'bigpharma')).content).toBe('BigPharma. Country: United States (US). Kind: Pharma');
    expect(companyRecord(fx.small.dataset, company(fx.small, 'bigpharma-rd')).content).toMatch(/Parent: BigPharma$/);
  });

  it('companies index: by name, with country, kind and number of deals', () => {
    expect(companiesIndexPage(fx.small.dataset).counted).toMatch(/counts a company's deals of every status.*: all signed\.$/);
    expect(companiesIndexPage(fx.small.dataset).companies).toEqual([
      { href: '/companies/acme-bio/', name: 'Acme Bio', country: 'South Korea', kind: 'Biotech', deals: 2 },
      { href: '/companies/bigpharma/', name: 'BigPharma', country: 'United States', kind: 'Pharma', deals: 2 },
      { href: '/companies/bigpharma-rd/', name: 'BigPharma R&D', country: 'United States', kind: expect.any(String), deals: 1 },
    ]);
  });
});
