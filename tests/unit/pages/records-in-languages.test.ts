// Deal, company and explorer pages in Korean and Chinese, on the fixture site: labels, vocabulary and figures in
// the page's language, dataset words marked English, a company's own name in the reader's script marked as
// not from the sources; and the explorer's script writes only words the page gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companiesIndexPage } from '../../../src/lib/pages/companies-index.ts';
import { companyPage } from '../../../src/lib/pages/company.ts';
import { dealList } from '../../../src/lib/pages/deal-list.ts';
import { dealPage } from '../../../src/lib/pages/deal.ts';
import { explorerPage, type ExplorerMessages } from '../../../src/lib/pages/deals-index.ts';
import { dealYearPage } from '../../../src/lib/pages/deals-year.ts';
import { dealTermFigure, numFigure } from '../../../src/lib/pages/mdx-components.ts';
import { dealRowCells } from '../../../src/lib/deal-row.ts';
import { allMessages } from '../../../src/lib/i18n/messages.ts';
import type { SiteContent } from '../../../src/lib/site-content.ts';
import { fixtureContent } from '../../helpers/fixture-content.ts';
import { problemsOf } from '../../helpers/fixture-site.ts';

// Acme Bio has its own Korean name, from general knowledge (so listed in notInSources); BigPharma a Chinese one.
const site: SiteContent = await fixtureContent((s) => {
  Object.assign(s.companies[0], { localNames: { ko: '애크미바이오' }, notInSources: ['localNames'] });
  Object.assign(s.companies[1], { localNames: { 'zh-Hans': '大药厂' }, notInSources: ['localNames'] });
});
const ds = site.dataset;
const deal = (id: string) => ds.deals.find((d) => d.id === id)!;
const company = (id: string) => ds.companies.find((c) => c.id === id)!;
const facts = (fs: { label: string; value: unknown[] }[]) => fs.map((f) => `${f.label}: ${f.value.map((p) => (typeof p === 'string' ? p : (p as { text: string }).text)).join('')}`);

describe('deal page in Korean and Chinese', () => {
  it('Korean: labels, vocabulary, dates and money in Korean; names linked in Korean pages, English ones marked', () => {
    const p = dealPage(ds, site.briefings, deal('acme-bigpharma-2025'), 'ko');
    expect(p.description).toBe('애크미바이오 → BigPharma 라이선스 거래: AB-101, 2025년 3월 17일.');
    expect(p.dataLang).toBe('en');
    expect(facts(p.facts).slice(0, 3)).toEqual(['기술 수출 기업: 애크미바이오 (KR)', '기술 도입 기업: BigPharma (US)', '발표일: 2025년 3월 17일']);
    // The Korean name is the reader's own script; BigPharma's English name is marked as English.
    expect(p.facts[0]!.value[0]).toEqual({ href: '/ko/companies/acme-bio/', text: '애크미바이오' });
    expect(p.facts[1]!.value[0]).toEqual({ href: '/ko/companies/bigpharma/', text: 'BigPharma', lang: 'en' });
    expect(p.facts.find((f) => f.label === '자산')!.value).toEqual([{ text: 'AB-101', lang: 'en' }]);
    expect(facts(p.facts).slice(4)).toEqual(['모달리티: 항체-약물 접합체(ADC)', '치료 분야: 항암', '계약 당시 개발 단계: 임상 1상', '거래 유형: 라이선스', '권리 지역: 전 세계', '로열티: 있음', '상태: 체결']);
    expect(Object.fromEntries(p.terms.map((g) => [g.heading, facts(g.facts)]))).toEqual({
      '확정 지급': ['계약금: 5000만 달러', '지분 투자: 언급 없음', '단기 지급금: 언급 없음'],
      '조건부 지급': ['마일스톤: 언급 없음'],
      '총 계약 규모': ['총 계약 규모: 최대 10억 달러', '계약 시 지급 비중: 최소 5%'],
    });
    expect(p.terms[2]!.facts[1]!.meta).toBe('총 계약 규모 대비 계약금과 지분 투자; 출처에 언급이 없는 지분 투자 제외');
    expect(p.history).toEqual([{ date: '2025년 3월 17일', datetime: '2025-03-17', kind: '발표', note: undefined, sources: [{ href: '/ko/sources/#src-a', text: 'A news report, ¶2', lang: 'en' }] }]);
    expect(p.briefings).toEqual([{ href: '/ko/briefings/a/', title: { text: 'A briefing', lang: 'en' } }]);
  });

  it('Chinese: money in 万/亿 with the dollar figure in full-width parentheses; marks in Chinese', () => {
    const p = dealPage(ds, site.briefings, deal('acme-bigpharma-rd-2024'), 'zh-Hans');
    expect(facts(p.terms[2]!.facts)).toEqual(['交易总额: 约2000亿韩元（1.5亿美元）']);
    expect(p.terms[2]!.facts[0]!.meta).toBe('美元金额为来源所载');
    expect(facts(p.facts)[2]).toBe('宣布日期: 2024年11月');
    // BigPharma R&D is part of BigPharma, whose Chinese name is shown on Chinese pages.
    expect(p.facts[1]!.value).toEqual([
      { href: '/zh/companies/bigpharma-rd/', text: 'BigPharma R&D', lang: 'en' },
      ' (US)',
      '——隶属',
      { href: '/zh/companies/bigpharma/', text: '大药厂' },
    ]);
    expect(p.facts.filter((f) => f.unsourced).map((f) => [f.label, f.unsourced])).toEqual([
      ['被授权方', '国家/地区来源未载'],
      ['交易类型', '来源未载'],
    ]);
  });

  it('English stays as it was: no local name, no lang marks', () => {
    const p = dealPage(ds, site.briefings, deal('acme-bigpharma-2025'));
    expect(p.dataLang).toBeUndefined();
    expect(p.facts[0]!.value).toEqual([{ href: '/companies/acme-bio/', text: 'Acme Bio' }, ' (KR)']);
    expect(p.description).toBe('License of AB-101 from Acme Bio to BigPharma, 17 March 2025.');
  });
});

describe('company page in Korean and Chinese', () => {
  it("Korean: headed by the company's Korean name with the English beside it; the name marked as not from the sources", () => {
    const p = companyPage(ds, company('acme-bio'), 'ko');
    expect(p.heading).toEqual({ text: '애크미바이오', english: 'Acme Bio' });
    expect(p.description).toBe('애크미바이오(KR): 기업 개요와 기술 수출·도입 라이선스 거래 전체.');
    expect(facts(p.facts)).toEqual(['한글 사명: 애크미바이오', '국가: 대한민국 (KR)', '유형: 바이오텍']);
    expect(p.facts[0]!.value).toEqual([{ text: '애크미바이오', lang: 'ko' }]);
    expect(p.facts.filter((f) => f.unsourced).map((f) => [f.label, f.unsourced])).toEqual([['한글 사명', '출처에 없음']]);
    expect(p.asLicensor.caption).toBe('애크미바이오의 기술 수출 거래');
  });

  it('Chinese: a company without a Chinese name keeps its English one, marked English; one with it shows it', () => {
    const acme = companyPage(ds, company('acme-bio'), 'zh-Hans');
    expect(acme.heading).toEqual({ text: 'Acme Bio', lang: 'en' });
    expect(facts(acme.facts)).toEqual(['国家/地区: 韩国 (KR)', '类型: 生物技术公司']);
    const big = companyPage(ds, company('bigpharma'), 'zh-Hans');
    expect(big.heading).toEqual({ text: '大药厂', english: 'BigPharma' });
    expect(big.facts.filter((f) => f.unsourced).map((f) => [f.label, f.unsourced])).toEqual([['中文名称', '来源未载']]);
    expect(big.asLicensee.caption).toBe('大药厂及其下属部门作为被授权方的交易');
  });

  it('English: no local-name fact, so no mark for it', () => {
    const p = companyPage(ds, company('acme-bio'));
    expect(p.heading).toEqual({ text: 'Acme Bio', lang: undefined });
    expect(p.facts.map((f) => f.label)).toEqual(['Country', 'Kind']);
    expect(p.facts.some((f) => f.unsourced)).toBe(false);
  });

  it('companies index in Korean: names, countries, kinds and counts', () => {
    const p = companiesIndexPage(ds, 'ko');
    expect(p.companies.map((c) => [c.href, c.name, c.lang, c.country, c.kind])).toEqual([
      ['/ko/companies/acme-bio/', '애크미바이오', undefined, '대한민국', '바이오텍'],
      ['/ko/companies/bigpharma/', 'BigPharma', 'en', '미국', '제약사'],
      ['/ko/companies/bigpharma-rd/', 'BigPharma R&D', 'en', '미국', '제약사 R&D 조직'],
    ]);
    expect(p.counted).toBe('거래 열은 기술 수출과 도입을 합쳐 모든 상태의 거래를 셉니다. 데이터셋 전체: 모두 체결.');
  });

  it('validation: a local name not listed in notInSources is a problem', async () => {
    const problems = await problemsOf((s) => {
      s.companies[0].localNames = { ko: '애크미바이오' };
    });
    expect(problems.map((p) => [p.file, p.record, p.field])).toContainEqual(['data/companies.json', 'acme-bio', 'notInSources']);
  });
});

describe('deal explorer, table and year pages in Korean and Chinese', () => {
  it('filters, status, counts and download label in Korean', () => {
    const p = explorerPage(ds, 'ko');
    expect(p.filters.map((f) => f.label)).toEqual(['국가', '모달리티', '단계', '거래 유형', '상태', '연도']);
    expect(p.filters[0]!.options).toEqual([{ value: 'KR', label: '대한민국' }, { value: 'US', label: '미국' }]);
    expect(p.filters[1]!.options.map((o) => o.label)).toEqual(['항체-약물 접합체(ADC)', '저분자 화합물']);
    expect(p).toMatchObject({ status: '거래 2건', statuses: '모든 상태의 거래를 집계: 모두 체결.', caption: '전체 거래, 최신순', download: { label: '거래 2건 내려받기(CSV)' } });
  });

  it("the explorer script's words are the page's: data-messages holds them in the page's language", () => {
    const zh = JSON.parse(explorerPage(ds, 'zh-Hans').messages) as ExplorerMessages;
    expect(zh.intl).toBe('zh-Hans-CN');
    expect(zh.messages.match).toBe(allMessages()['zh-Hans']['explorer.status.match']);
    expect(zh.messages.download).toBe('下载这{n}笔交易（CSV）');
    const en = JSON.parse(explorerPage(ds).messages) as ExplorerMessages;
    expect(en.messages.download).toEqual({ one: 'Download this deal (CSV)', other: 'Download these {n} deals (CSV)' });
  });

  it('the explorer script writes no English of its own', () => {
    const script = readFileSync(new URL('../../../src/client/deal-explorer.ts', import.meta.url), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    // Every word the explorer shows lives in the message files; a string literal with one of these in the script is English leaking.
    const english = ['Loading', 'could not be', 'most recent', 'deals shown', 'deals match', 'are listed', 'Download', 'try again'];
    expect(english.filter((w) => new RegExp(`['\`][^'\`\\n]*${w}`).test(script))).toEqual([]);
  });

  it('table rows and /ko/deals/all.json cells in the language, names marked', () => {
    const cells = dealRowCells(ds, deal('acme-bigpharma-rd-2024'), 'zh-Hans');
    expect(cells.map((c) => c.text)).toEqual(['2024年11月', 'Acme Bio', 'BigPharma R&D', 'AB-202', '未提及', '约2000亿韩元（1.5亿美元）', '小分子', '临床前', '许可', '全球']);
    expect(cells[1]).toMatchObject({ href: '/zh/companies/acme-bio/', lang: 'en' });
    expect(cells[3]).toMatchObject({ href: '/zh/deals/acme-bigpharma-rd-2024/', lang: 'en' });
    const rows = JSON.parse(dealList(ds, 'ko').body).rows;
    expect(rows[0].cells[1]).toEqual({ text: '애크미바이오', href: '/ko/companies/acme-bio/', meta: '(KR)' });
  });

  it('a year page in Korean', () => {
    const p = dealYearPage('2024', [deal('acme-bigpharma-rd-2024')], 'ko');
    expect(p).toMatchObject({ label: '2024년 발표 거래', crumb: '2024', count: '1', statuses: '모두 체결' });
    const ended = structuredClone([deal('acme-bigpharma-rd-2024'), deal('acme-bigpharma-2025')]);
    ended[0]!.events.push({ kind: 'terminated', date: { value: '2025-01', precision: 'month' }, sources: ended[0]!.sources });
    expect(dealYearPage('2024', ended, 'ko').statuses).toBe('체결 1건, 해지 1건');
    expect(dealYearPage('2024', ended, 'zh-Hans').statuses).toBe('已签署1项、已终止1项');
    expect(dealYearPage('undated', [], 'zh-Hans')).toMatchObject({ label: '日期不详的交易', crumb: '日期不详' });
  });
});

describe('numbers in prose: <Num> and <DealTerm> in the page language', () => {
  it('a metric figure and a deal term, and their links, per language', () => {
    expect(numFigure(ds, { series: 'x', period: '2024' }, undefined, 'ko')).toMatchObject({ text: '55억 달러', href: '/ko/sources/#src-a' });
    expect(numFigure(ds, { series: 'x', period: '2024' }, undefined, 'zh-Hans').text).toBe('55亿美元');
    expect(numFigure(ds, { series: 'x', period: '2024' }).text).toBe('$5.5B');
    expect(dealTermFigure(ds, { deal: 'acme-bigpharma-2025', term: 'total' }, undefined, 'ko')).toMatchObject({ text: '최대 10억 달러', href: '/ko/deals/acme-bigpharma-2025/' });
    expect(dealTermFigure(ds, { deal: 'acme-bigpharma-2025', term: 'total' }, undefined, 'zh-Hans').text).toBe('最高10亿美元');
  });
});
