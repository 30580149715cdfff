// Charts in every language: the definition's words come from the message files, the rendered SVG is in the
// page's language (title, description, panel titles, value labels, tick labels, periods), the rows and
// downloads stay English, and a render in one language never comes out of the cache for another.
import { describe, expect, it } from 'vitest';
import { charts, getChart } from '../../../src/charts/registry.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { chartNotes, sourceLine } from '../../../src/charts/notes.ts';
import { tickText } from '../../../src/charts/ticks.ts';
import { columnLabel, localRow, measureName, shownInEnglish } from '../../../src/charts/words.ts';
import { toCsv, toJson } from '../../../src/charts/export.ts';
import { formatPeriodIn } from '../../../src/lib/i18n/format-period.ts';
import { LOCALE_IDS } from '../../../src/lib/i18n/locales.ts';
import { fixtureDataset } from '../../fixtures/charts/dataset.ts';

/** The text of every <text> of an SVG (tspans joined by spaces). */
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').trim());
const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u4e00-\u9fff]/;

describe('chart words per language', () => {
  it('every chart has a title, subtitle, description and notes in every language, each language its own', () => {
    for (const def of charts) {
      const [en, ko, zh] = LOCALE_IDS.map((l) => def.text(l));
      expect(en!.title).toBe(def.title);
      expect(en!.notes).toEqual(def.notes);
      expect(en!.notes.length).toBeGreaterThan(0);
      expect(ko!.notes.length).toBe(en!.notes.length);
      expect(zh!.notes.length).toBe(en!.notes.length);
      expect(ko!.title, def.id).toMatch(HANGUL);
      expect(zh!.title, def.id).toMatch(HAN);
      expect(ko!.description).toMatch(HANGUL);
      expect(zh!.subtitle).toMatch(HAN);
    }
  });

  it('measures, columns, qualifier notes and the sources line are named in the language; unknown measures stay as given', () => {
    expect(measureName('Total deal value', 'ko')).toBe('총 계약 규모');
    expect(measureName('Total deal value', 'zh-Hans')).toBe('交易总额');
    expect(measureName('Total deal value', 'en')).toBe('Total deal value');
    expect(measureName('some series title', 'ko')).toBe('some series title');
    expect(columnLabel('Figure as stated', 'zh-Hans')).toBe('来源所述数值');
    expect(() => columnLabel('No such column', 'ko')).toThrow(/chart\.column/);
    const rows = getChart('china-license-out-value').rows(fixtureDataset());
    const def = getChart('china-license-out-value');
    expect(chartNotes(def, rows, 'ko')).toEqual([...def.text('ko').notes, '‘가까이’는 출처가 명시한 금액에 조금 못 미친다고 제시한 수치입니다.']);
    expect(chartNotes(def, rows)).toEqual([...def.notes, '“Nearly” marks a figure the source gives as just under the stated amount.']);
    const two = [{ title: 'A', locators: ['¶1'] }, { title: 'B', locators: ['§2'] }];
    expect(sourceLine(two)).toBe('Sources: A (¶1); B (§2)');
    expect(sourceLine(two, 'zh-Hans')).toBe('来源：A (¶1)；B (§2)');
    expect(sourceLine(two.slice(0, 1), 'ko')).toBe('출처: A (¶1)');
  });

  it('periods from their ids in Korean and Chinese; English and unpatterned ids keep the dataset label', () => {
    expect(formatPeriodIn('2025-H1', 'H1 2025', 'en')).toBe('H1 2025');
    expect(formatPeriodIn('2025-H1', 'H1 2025', 'ko')).toBe('2025년 상반기');
    expect(formatPeriodIn('2025-Q1', 'Q1 2025', 'zh-Hans')).toBe('2025年第1季度');
    expect(formatPeriodIn('c2020', 'around 2020', 'ko')).toBe('2020년 전후');
    expect(formatPeriodIn('2011/2024', '2011–2024', 'zh-Hans')).toBe('2011～2024年');
    expect(formatPeriodIn('2024-10', 'October 2024', 'ko')).toBe('2024년 10월');
    expect(formatPeriodIn('to-2025', 'to date (2025)', 'ko')).toBe('to date (2025)');
    // A span of days says its year (and month) once.
    expect(formatPeriodIn('2025-01-01/2025-05-27', '1 Jan–27 May 2025', 'ko')).toBe('2025년 1월 1일~5월 27일');
    expect(formatPeriodIn('2026-01-12/2026-01-16', 'JPM week, 12–16 Jan 2026', 'zh-Hans')).toBe('2026年1月12日至16日');
    expect(formatPeriodIn('2024-12-30/2025-01-02', '30 Dec 2024–2 Jan 2025', 'zh-Hans')).toBe('2024年12月30日至2025年1月2日');
  });

  it('tick labels: English as before, Korean and Chinese in their units, zero bare', () => {
    expect(tickText(2e9, 'USD')).toBe('$2B');
    expect(tickText(2e9, 'USD', 'ko')).toBe('20억 달러');
    expect(tickText(2e9, 'USD', 'zh-Hans')).toBe('20亿美元');
    expect(tickText(20e9, 'CNY', 'zh-Hans')).toBe('200亿元');
    expect(tickText(-2, 'percentage-points', 'ko')).toBe('\u22122%p');
    expect(tickText(40, 'percent', 'zh-Hans')).toBe('40%');
    expect(tickText(0, 'USD', 'ko')).toBe('0');
  });

  it('rows stay English for the downloads; a row shown in Korean has its period and figure in Korean', () => {
    const def = getChart('china-license-out-count');
    const rows = def.rows(fixtureDataset());
    const h1 = rows.find((r) => r.period === '2025-H1')!;
    expect(h1.label).toBe('more than 50');
    expect(localRow(h1, 'ko')).toMatchObject({ periodLabel: '2025년 상반기', label: '50 이상', measure: h1.measure });
    expect(localRow(h1, 'en')).toBe(h1);
    expect(toCsv(rows, def.columns)).toContain('H1 2025');
  });
});

describe('rendered in the page language', () => {
  it('Korean and Chinese renders of a column chart: title, description, ticks and periods in the language', async () => {
    const def = getChart('korea-licensing-exports');
    const ko = await renderChart(def, fixtureDataset(), { locale: 'ko' });
    expect(ko.svg).toContain(`<title id="chart-korea-licensing-exports-title">${def.text('ko').title}</title>`);
    expect(ko.svg).toContain(def.text('ko').description);
    const koTexts = texts(ko.svg);
    expect(koTexts).toContain('2022년');
    expect(koTexts).toContain('48억 달러');
    expect(koTexts.some((t) => /^\d+억 달러$/.test(t) && t !== '48억 달러' && t !== '59억 달러')).toBe(true); // a tick
    expect(ko.svg).not.toMatch(/\$\d/);
    const zh = await renderChart(def, fixtureDataset(), { locale: 'zh-Hans' });
    const zhTexts = texts(zh.svg);
    expect(zhTexts).toContain('2022年');
    expect(zhTexts).toContain('59亿美元');
    expect(zh.svg).toContain(`<title id="chart-korea-licensing-exports-title">${def.text('zh-Hans').title}</title>`);
  });

  it('panel titles, direct labels and mark labels in the language', async () => {
    const ds = fixtureDataset();
    const svg = (await renderChart(getChart('licensee-countries'), ds, { locale: 'ko' })).svg;
    expect(texts(svg).join('\n')).toContain('계약 건수');
    expect(svg).not.toMatch(/Number of deals|of deals|of value/);
    const upfront = (await renderChart(getChart('china-upfront-vs-headline'), ds, { locale: 'zh-Hans' })).svg;
    expect(upfront).toMatch(/aria-label="2024年 · ARC — 交易总额：519亿美元"/);
    expect(texts(upfront)).toContain('交易总额：519亿美元'); // the dodged series named after the first band
    const top = (await renderChart(getChart('top-deals'), ds, { locale: 'ko' })).svg;
    expect(texts(top).join('\n')).toMatch(/계약금 /);
    expect(top).not.toMatch(/upfront|no headline/);
  });

  it('a qualified count of deals keeps its counter word with the figure: "50건 이상", "超过50笔"', async () => {
    const def = getChart('china-license-out-count');
    expect(texts((await renderChart(def, fixtureDataset(), { locale: 'ko' })).svg)).toContain('50건 이상 · ARC');
    expect(texts((await renderChart(def, fixtureDataset(), { locale: 'zh-Hans' })).svg)).toContain('超过50笔 · ARC');
    expect(texts((await renderChart(def, fixtureDataset())).svg)).toContain('more than 50 deals · ARC');
  });

  it('the cache keeps languages apart, and English renders are what they were', async () => {
    const def = getChart('china-license-out-value');
    const ds = fixtureDataset();
    const ko = await renderChart(def, ds, { locale: 'ko' });
    const en = await renderChart(def, ds);
    expect(en.svg).not.toBe(ko.svg);
    expect(en.svg).toContain(`<title id="chart-china-license-out-value-title">${def.title}</title>`);
    expect(texts(en.svg)).toContain('ARC: $51.9B');
    expect(await renderChart(def, ds, { locale: 'en' })).toBe(en);
    expect((await renderChart(def, ds, { locale: 'zh-Hans' })).svg).not.toBe(ko.svg);
  });
});

describe("a series' own words: categories and periods in Korean and Chinese", () => {
  /** The fixture with the stage series' words replaced by the test's own (the fixture's are data/'s). */
  const withWords = () => {
    const ds = fixtureDataset();
    const stages = ds.metrics.find((m) => m.id === 'china-asset-stage-share')!;
    stages.translations = { ko: { categories: { Preclinical: '전임상 자산', 'Registration and commercialization': '허가·상업화' } }, 'zh-Hans': { categories: { Preclinical: '临床前资产' } } };
    const territory = ds.metrics.find((m) => m.id === 'china-territory-share')!;
    territory.points[0] = { ...territory.points[0]!, period: 'decade-to-2025', periodLabel: 'past decade (ARC Figure 2)' };
    territory.translations = { ko: { periods: { 'decade-to-2025': '최근 10년' } } };
    return ds;
  };

  it('a Korean or Chinese render draws the translated category, not the English; English draws the English', async () => {
    const def = getChart('asset-stage-shift');
    const ds = withWords();
    const ko = (await renderChart(def, ds, { locale: 'ko' })).svg;
    expect(texts(ko)).toContain('전임상 자산');
    expect(texts(ko)).toContain('허가·상업화');
    expect(ko).not.toMatch(/Preclinical|Registration/);
    expect(ko).toMatch(/aria-label="2024년 · 전임상 자산 — /); // the mark's label too
    const zh = (await renderChart(def, ds, { locale: 'zh-Hans' })).svg;
    expect(texts(zh)).toContain('临床前资产');
    // No Chinese for this one: it stays English (the crawl test lists it).
    expect(texts(zh)).toContain('Registration and commercialization');
    const en = (await renderChart(def, ds)).svg;
    expect(texts(en)).toContain('Preclinical');
    expect(en).not.toMatch(/전임상|临床前/);
    expect(en).toBe((await renderChart(def, fixtureDataset())).svg); // words change no English render
  });

  it('rows carry the words for localRow; a period without its own words is written from its id; downloads stay English', () => {
    const ds = withWords();
    const stages = getChart('asset-stage-shift');
    const rows = stages.rows(ds);
    const pre = rows.find((r) => r.category === 'Preclinical')!;
    expect(localRow(pre, 'ko')).toMatchObject({ categoryLabel: '전임상 자산', periodLabel: '2024년', category: 'Preclinical' });
    expect(localRow(pre, 'zh-Hans').categoryLabel).toBe('临床前资产');
    expect(localRow(pre, 'en')).toBe(pre);
    expect(pre.categoryLabel).toBe('Preclinical');
    const territory = getChart('territory-rights').rows(ds)[0]!;
    expect(localRow(territory, 'ko').periodLabel).toBe('최근 10년');
    expect(localRow(territory, 'zh-Hans').periodLabel).toBe('past decade (ARC Figure 2)');
    expect(toCsv(rows, stages.columns)).not.toMatch(/전임상/);
    expect(JSON.stringify(toJson(stages, rows))).not.toMatch(/전임상|临床前|words/);
  });

  it('the table marks lang="en" only on what stays English', () => {
    const ds = withWords();
    const pre = getChart('asset-stage-shift').rows(ds).find((r) => r.category === 'Preclinical')!;
    expect(shownInEnglish(pre, 'categoryLabel', 'ko')).toBe(false);
    expect(shownInEnglish(pre, 'periodLabel', 'ko')).toBe(false);
    const late = getChart('asset-stage-shift').rows(ds).find((r) => r.category !== 'Preclinical')!;
    expect(shownInEnglish(late, 'categoryLabel', 'zh-Hans')).toBe(true);
    const territory = getChart('territory-rights').rows(ds)[0]!;
    expect(shownInEnglish(territory, 'periodLabel', 'ko')).toBe(false);
    expect(shownInEnglish(territory, 'periodLabel', 'zh-Hans')).toBe(true);
    expect(shownInEnglish(pre, 'categoryLabel', 'en')).toBe(false);
  });
});
