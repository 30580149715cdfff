// Schema problems: each names the file, the record id and the dotted field, and says what was expected.
import { afterAll, describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../../src/schema/vocab.ts';
import { at, problemsOf, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const DEALS = 'data/deals.json';
const DEAL = 'acme-bigpharma-2025';
const s0id = 'acme-bio'; // the fixture's first company

/** The only problem the mutation causes, which must be at file › record › field. */
async function only(mutate: Parameters<typeof problemsOf>[0], file: string, record: string, field: string) {
  const problems = await problemsOf(mutate);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  expect(at(problems, file, record, field), JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!.message;
}

describe('deal fields', () => {
  it('a missing required field', async () => {
    const msg = await only((s) => delete s.deals[0].licensee, DEALS, DEAL, 'licensee');
    expect(msg).toMatch(/required field is missing/);
    expect(msg).toMatch(/expected string/);
  });

  it('a misspelt field is reported, not silently dropped, with the field it probably meant', async () => {
    const msg = await only((s) => (s.deals[0].asset.indicaton = 'lupus'), DEALS, DEAL, 'asset.indicaton');
    expect(msg).toBe('unknown field: the site does not read it (did you mean "indication"?)');
    const plural = await only((s) => (s.deals[0].royalty = 'yes'), DEALS, DEAL, 'royalty');
    expect(plural).toMatch(/did you mean "royalties"\?/);
  });

  it('an unknown field with no near match lists the fields the site reads there', async () => {
    const msg = await only((s) => (s.deals[0].terms.bonus = { disclosure: 'not-stated' }), DEALS, DEAL, 'terms.bonus');
    expect(msg).toBe('unknown field: the site does not read it (fields here: upfront, equity, nearTerm, milestones, total)');
  });

  it('a blank name is not a name', async () => {
    const msg = await only((s) => (s.companies[0].name = '   '), 'data/companies.json', s0id, 'name');
    expect(msg).toBe('expected text, not an empty or blank string');
  });

  it('a string where an amount is expected', async () => {
    const msg = await only((s) => (s.deals[0].terms.total.amount = 'a billion'), DEALS, DEAL, 'terms.total.amount');
    expect(msg).toMatch(/expected a number/);
  });

  it('a numeric string ("12") is not a number', async () => {
    const msg = await only((s) => (s.deals[0].terms.upfront.usd = '12'), DEALS, DEAL, 'terms.upfront.usd');
    expect(msg).toMatch(/expected a number/);
  });

  it('an unknown currency lists the valid codes', async () => {
    const msg = await only((s) => (s.deals[0].terms.total.currency = 'YEN'), DEALS, DEAL, 'terms.total.currency');
    for (const code of Object.keys(CURRENCIES)) expect(msg).toContain(code);
  });

  it('a negative amount', async () => {
    const msg = await only((s) => (s.deals[0].terms.total.amount = -5), DEALS, DEAL, 'terms.total.amount');
    expect(msg).toMatch(/zero or more/);
  });

  it('an undisclosed term with an amount', async () => {
    const msg = await only((s) => (s.deals[0].terms.milestones = { disclosure: 'undisclosed', amount: 10 }), DEALS, DEAL, 'terms.milestones.amount');
    expect(msg).toMatch(/amount is not given carries no number/);
  });

  it('"undisclosed" is no longer a qualifier: the term says so in its disclosure', async () => {
    const msg = await only((s) => (s.deals[0].terms.total.qualifier = 'undisclosed'), DEALS, DEAL, 'terms.total.qualifier');
    expect(msg).toMatch(/expected a qualifier/);
    expect(msg).not.toContain('undisclosed');
  });

  it('a term without its disclosure names the three states', async () => {
    const msg = await only((s) => delete s.deals[0].terms.upfront.disclosure, DEALS, DEAL, 'terms.upfront.disclosure');
    expect(msg).toMatch(/"given", "undisclosed", "not-stated"/);
  });

  it('a term left out is missing, not silently "not stated"', async () => {
    const msg = await only((s) => delete s.deals[0].terms.equity, DEALS, DEAL, 'terms.equity');
    expect(msg).toMatch(/required field is missing/);
  });

  it('a money term cannot be a range', async () => {
    const msg = await only((s) => (s.deals[0].terms.total.qualifier = 'range'), DEALS, DEAL, 'terms.total.qualifier');
    expect(msg).toMatch(/one amount/);
  });

  it('usd differing from amount on a USD figure', async () => {
    const msg = await only((s) => (s.deals[0].terms.upfront.usd = 49000000), DEALS, DEAL, 'terms.upfront.usd');
    expect(msg).toMatch(/usd differs from amount/);
  });

  it('an impossible calendar date (2025-02-30, precision day)', async () => {
    const msg = await only((s) => (s.deals[0].announced = { value: '2025-02-30', precision: 'day' }), DEALS, DEAL, 'announced.value');
    expect(msg).toContain('"2025-02-30" is not a real calendar date');
  });

  it('a date whose format does not match its precision', async () => {
    const msg = await only((s) => (s.deals[0].announced = { value: '2025-03-17', precision: 'month' }), DEALS, DEAL, 'announced.value');
    expect(msg).toContain('expected YYYY-MM for precision "month", got "2025-03-17"');
  });

  it('a record without a usable id is named by its position', async () => {
    const problems = await problemsOf((s) => {
      s.deals[1].id = 42;
    });
    expect(at(problems, DEALS, '#1', 'id')).toHaveLength(1);
  });
});

describe('source URLs: http(s) only', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a.pdf', 'not a url']) {
    it(`rejects ${url.split(':')[0]}:`, async () => {
      const msg = await only((s) => (s.sources[0].url = url), 'data/sources.json', 'src-a', 'url');
      expect(msg).toBe('expected an http(s) URL');
    });
  }
  it('accepts http and https', async () => {
    expect(await problemsOf((s) => (s.sources[0].url = 'http://example.com/x'))).toEqual([]);
  });
});

describe('metric files', () => {
  it('a metric file whose name is not its id', async () => {
    const msg = await only((s) => (s.metrics.x.id = 'y'), 'data/metrics/x.json', 'y', 'id');
    expect(msg).toBe('series id "y" must equal the file name "x"');
  });

  it('a point value given as a string', async () => {
    const msg = await only((s) => (s.metrics.x.points[0].value = '12'), 'data/metrics/x.json', 'x', 'points.0.value');
    expect(msg).toMatch(/expected a number/);
  });

  it('an unknown qualifier on a point lists the qualifiers', async () => {
    const msg = await only((s) => (s.metrics.x.points[1].qualifier = 'roughly'), 'data/metrics/x.json', 'x', 'points.1.qualifier');
    expect(msg).toMatch(/expected a qualifier: exact, up-to, about/);
  });
});

describe('company fields', () => {
  it('a country code that names no country', async () => {
    const msg = await only((s) => (s.companies[0].country = 'XX'), 'data/companies.json', 'acme-bio', 'country');
    expect(msg).toBe('expected an ISO 3166-1 alpha-2 country code such as "KR"; "XX" names no country');
  });
});

describe('topic deal queries', () => {
  it('an unknown modality in a topic query lists the modalities', async () => {
    const msg = await only((s) => (s.topics[0].deals = { modality: ['adcs'] }), 'data/topics.json', 'licensing', 'deals.modality.0');
    expect(msg).toMatch(/expected a modality: .*\badc\b/);
  });

  it('a country code that names no country, in a topic query', async () => {
    const msg = await only((s) => (s.topics[0].deals = { licensorCountry: ['XX'] }), 'data/topics.json', 'licensing', 'deals.licensorCountry.0');
    expect(msg).toMatch(/ISO 3166-1 alpha-2 .*"XX" names no country/);
  });

  it('a lowercase country in a topic query', async () => {
    const msg = await only((s) => (s.topics[0].deals = { licensorCountry: ['kr'] }), 'data/topics.json', 'licensing', 'deals.licensorCountry.0');
    expect(msg).toMatch(/ISO 3166-1 alpha-2/);
  });
});

describe('translations of the editorial text (topics, editions)', () => {
  it('a language the site is not written in', async () => {
    const msg = await only((s) => (s.topics[0].translations = { ja: { title: 'ライセンス' } }), 'data/topics.json', 'licensing', 'translations.ja');
    expect(msg).toMatch(/unknown field/);
  });

  it('a field that is not translated (the topic query is not text)', async () => {
    const msg = await only((s) => (s.topics[0].translations = { ko: { deals: '거래' } }), 'data/topics.json', 'licensing', 'translations.ko.deals');
    expect(msg).toMatch(/unknown field/);
  });

  it('a blank translation is not a translation', async () => {
    const msg = await only((s) => (s.topics[0].translations = { ko: { title: ' ' } }), 'data/topics.json', 'licensing', 'translations.ko.title');
    expect(msg).toMatch(/expected text/);
  });
});

describe("translations of a metric series' chart words (categories, periods)", () => {
  const X = 'data/metrics/x.json';
  it('Korean and Chinese for its categories and periods are no problem', async () => {
    expect(await problemsOf((s) => (s.metrics.x.translations = { ko: { categories: { adc: 'ADC' }, periods: { '2025': '2025년(잠정)' } }, 'zh-Hans': { categories: { adc: '抗体偶联药物' } } }))).toEqual([]);
  });

  it('a category none of its points has translates nothing: named, with the categories it has', async () => {
    const msg = await only((s) => (s.metrics.x.translations = { ko: { categories: { acd: 'ADC' } } }), X, 'x', 'translations.ko.categories.acd');
    expect(msg).toBe('"acd" is not one of this series\' categories ("adc"): it translates nothing');
  });

  it('a period none of its points has', async () => {
    const msg = await only((s) => (s.metrics.x.translations = { 'zh-Hans': { periods: { '2023': '2023年' } } }), X, 'x', 'translations.zh-Hans.periods.2023');
    expect(msg).toMatch(/"2023" is not one of this series' periods \("2024", "2025"\)/);
  });

  it('a language the site is not written in, and a field it does not read', async () => {
    expect(await only((s) => (s.metrics.x.translations = { ja: { categories: { adc: 'ADC' } } }), X, 'x', 'translations.ja')).toMatch(/unknown field/);
    expect(await only((s) => (s.metrics.x.translations = { ko: { title: '시리즈' } }), X, 'x', 'translations.ko.title')).toMatch(/unknown field/);
  });

  it('a blank translation is not a translation', async () => {
    const msg = await only((s) => (s.metrics.x.translations = { ko: { categories: { adc: '  ' } } }), X, 'x', 'translations.ko.categories.adc');
    expect(msg).toMatch(/expected text/);
  });
});

describe('notInSources: the fields no cited source states', () => {
  it('names only fields that can be marked, each once, and is left out rather than empty', async () => {
    const problems = await problemsOf((s) => {
      s.companies[0].notInSources = ['country', 'profile'];
      s.companies[1].notInSources = [];
      s.deals[0].notInSources = ['type', 'type'];
    });
    // Files are read side by side but reported in one order (sources, companies, deals, topics).
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      ['data/companies.json', 'acme-bio', 'notInSources.1'],
      ['data/companies.json', 'bigpharma', 'notInSources'],
      ['data/deals.json', 'acme-bigpharma-2025', 'notInSources'],
    ]);
    expect(problems.find((p) => p.field === 'notInSources.1')!.message).toMatch(/expected one of: country, kind, parent/);
  });
});
