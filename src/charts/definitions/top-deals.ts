import type { Dataset } from '../../lib/dataset.ts';
import type { Deal } from '../../schema/deal.ts';
import type { ChartRow } from '../types.ts';
import { formatMoneyUsd, usdOf } from '../../lib/format.ts';
import { companyById, rankByHeadlineUsd } from '../../lib/queries.ts';
import { defineChart } from '../define.ts';
import { sourceTitle, tipOf } from '../shape.ts';
import { axisLabelExpr, type ChartTheme } from '../theme.ts';
import { labelDomain } from '../specs/bars.ts';

const TOTAL = 'Headline value';
const UPFRONT = 'Upfront';
const LIMIT = 10;

const name = (ds: Dataset, id: string): string => companyById(ds, id)?.name ?? id;

function dealRow(ds: Dataset, d: Deal, measure: string, money: NonNullable<Deal['terms']['total']>, order: number): ChartRow {
  const cite = d.sources[0];
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
    source: cite.source,
    sourceTitle: sourceTitle(ds, cite.source),
    locator: d.sources.map((c) => c.locator).join('; '),
    note: money.currency !== 'USD' ? `Stated as ${money.currency}; US dollar figure ${money.usdBasis ?? 'stated'} by the source` : undefined,
    order,
  };
}

export const topDeals = defineChart({
  id: 'top-deals',
  title: 'Largest deals by headline value',
  subtitle: 'Headline value and upfront payment in US dollars, where the sources give them',
  description:
    'Bar chart of the largest licensing deals in the dataset by headline value in US dollars, each paired with its upfront payment where one is disclosed.',
  notes: [
    'Only US dollar figures stated by the sources are shown; amounts given only in another currency are left out rather than converted.',
  ],
  usesDeals: true,
  rows(_, ds) {
    const rows: ChartRow[] = [];
    rankByHeadlineUsd(ds.deals)
      .slice(0, LIMIT)
      .forEach((d, i) => {
        if (usdOf(d.terms.total) !== undefined) rows.push(dealRow(ds, d, TOTAL, d.terms.total!, i * 2));
        if (usdOf(d.terms.upfront) !== undefined) rows.push(dealRow(ds, d, UPFRONT, d.terms.upfront!, i * 2 + 1));
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
    { key: 'source', label: 'Source' },
    { key: 'locator', label: 'Locator' },
  ],
  draw: dealBars,
});

/**
 * One band per deal: the headline bar, the upfront drawn over it as a narrower bar, and one label
 * naming both ("up to $5.6B · upfront $50M"), so a tiny upfront still reads.
 */
function dealBars(rows: ChartRow[], theme: ChartTheme): Record<string, unknown> {
  const deals = [...new Set(rows.map((r) => r.category as string))];
  const data = deals.flatMap((id, i) => {
    const total = rows.find((r) => r.category === id && r.measure === TOTAL);
    const upfront = rows.find((r) => r.category === id && r.measure === UPFRONT);
    const any = (total ?? upfront) as ChartRow;
    const group = any.periodLabel ? `${any.categoryLabel} (${any.periodLabel})` : (any.categoryLabel as string);
    const text = [total ? total.label : 'total undisclosed', upfront && `upfront ${upfront.label}`].filter(Boolean).join(' · ');
    return [total, upfront]
      .filter((r): r is ChartRow => !!r)
      .map((r) => ({ group, measure: r.measure, value: r.value, tip: tipOf(r), text: r === any ? text : '', order: i }));
  });
  const x = {
    field: 'value',
    type: 'quantitative',
    title: null,
    scale: { domain: labelDomain(data.filter((d) => d.text), theme.width - 40), nice: false },
    axis: { labelExpr: axisLabelExpr('USD'), tickCount: 4 },
  };
  const color = {
    field: 'measure',
    type: 'nominal',
    title: null,
    scale: { domain: [TOTAL, UPFRONT], range: theme.palette.slice(0, 2) },
  };
  return {
    width: theme.width - 40,
    height: { step: theme.step + 4 },
    data: { values: data },
    // Deal names are long; the limit is wide enough for real names and truncates only absurd ones (≈320 px).
    encoding: { y: { field: 'group', type: 'nominal', title: null, sort: { field: 'order', op: 'min' }, axis: { labelLimit: 320 } } },
    layer: [
      { transform: [{ filter: `datum.measure == '${TOTAL}'` }], mark: { type: 'bar', aria: true }, encoding: { x, color, description: { field: 'tip' } } },
      {
        transform: [{ filter: `datum.measure == '${UPFRONT}'` }],
        mark: { type: 'bar', aria: true, height: { band: 0.4 } },
        encoding: { x, color, description: { field: 'tip' } },
      },
      {
        transform: [{ filter: "datum.text != ''" }],
        mark: { type: 'text', aria: false, align: 'left', dx: 4, baseline: 'middle' },
        encoding: { x: { aggregate: 'max', field: 'value', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };
}
