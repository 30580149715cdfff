import type { Dataset } from '../../lib/dataset.ts';
import type { Deal } from '../../schema/deal.ts';
import type { GivenTerm } from '../../schema/deal-terms.ts';
import { given } from '../../lib/deal-terms.ts';
import type { ChartRow } from '../types.ts';
import { formatMoneyUsd, usdOf } from '../../lib/format.ts';
import { companyById, rankByHeadlineUsd } from '../../lib/queries.ts';
import { defineChart } from '../define.ts';
import { citationFields, tipOf } from '../shape.ts';
import { INK, type ChartTheme } from '../theme.ts';
import { layoutPanels, type BarMark } from '../specs/bars.ts';
import { chartWord } from '../words.ts';

const TOTAL = 'Headline value';
const UPFRONT = 'Upfront';
const LIMIT = 10;

const name = (ds: Dataset, id: string): string => companyById(ds, id)?.name ?? id;

function dealRow(ds: Dataset, d: Deal, measure: string, money: GivenTerm, order: number): ChartRow {
  const year = d.announced?.value.slice(0, 4) ?? '';
  return {
    key: `${d.id}|${measure}`,
    series: 'deals',
    measure,
    period: d.announced?.value ?? '',
    periodLabel: year,
    category: d.id,
    categoryLabel: `${name(ds, d.licensor)} → ${name(ds, d.licensee)}`,
    value: usdOf(money) as number,
    unit: 'USD',
    qualifier: money.qualifier,
    label: formatMoneyUsd(money) as string,
    ...citationFields(ds, d.sources),
    note: money.currency !== 'USD' ? `Stated as ${money.currency}; US dollar figure ${money.usdBasis ?? 'stated'} by the source` : undefined,
    order,
  };
}

export const topDeals = defineChart({
  id: 'top-deals',
  usesDeals: true,
  rows(_, ds) {
    const rows: ChartRow[] = [];
    rankByHeadlineUsd(ds.deals)
      .slice(0, LIMIT)
      .forEach((d, i) => {
        const total = given(d.terms.total);
        const upfront = given(d.terms.upfront);
        if (usdOf(total) !== undefined) rows.push(dealRow(ds, d, TOTAL, total!, i * 2));
        if (usdOf(upfront) !== undefined) rows.push(dealRow(ds, d, UPFRONT, upfront!, i * 2 + 1));
      });
    return rows;
  },
  columns: [
    { key: 'categoryLabel', label: 'Deal (licensor → licensee)' },
    { key: 'periodLabel', label: 'Year' },
    { key: 'measure', label: 'Term' },
    { key: 'label', label: 'Figure as stated' },
    { key: 'value', label: 'Value', unit: 'USD' },
    { key: 'qualifier', label: 'Qualifier' },
    { key: 'category', label: 'Deal id' },
    { key: 'sources', label: 'Sources' },
  ],
  draw: dealBars,
});

/**
 * One band per deal: the headline bar, the upfront drawn over it as a thinner bar in ink, and one label
 * naming both ("up to $5.6B · upfront $50M"), so a tiny upfront still reads. The largest deal, the point of
 * the chart, is in the accent; the others are context.
 */
function dealBars(rows: ChartRow[], theme: ChartTheme): Record<string, unknown> {
  const deals = [...new Set([...rows].sort((a, b) => a.order - b.order).map((r) => r.category as string))];
  const bands = deals.map((id, i) => {
    const total = rows.find((r) => r.category === id && r.measure === TOTAL);
    const upfront = rows.find((r) => r.category === id && r.measure === UPFRONT);
    const any = (total ?? upfront) as ChartRow;
    const label = any.periodLabel ? `${any.categoryLabel} (${any.periodLabel})` : (any.categoryLabel as string);
    const word = (name: string, vars?: Record<string, string>) => chartWord('top-deals', name, theme.locale, vars);
    const text = [total ? total.label : word('noHeadline'), upfront && word('upfront', { figure: upfront.label })].filter(Boolean).join(' · ');
    const bars = [
      total && { key: total.key, value: total.value, fill: i === 0 ? theme.accent : theme.muted, tip: tipOf(total, theme.locale) },
      upfront && { key: upfront.key, value: upfront.value, fill: INK, tip: tipOf(upfront, theme.locale), thin: true },
    ].filter((b): b is BarMark => !!b);
    return { label, slots: [{ bars, text }] };
  });
  return layoutPanels([{ bands, unit: 'USD' }], theme);
}
