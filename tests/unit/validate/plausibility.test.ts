// Values that pass a type check but cannot be right: a share over 100 %, a fifth quarter, a date years
// ahead of the build, an infinite amount, an id Windows cannot check out, characters that hide or reorder
// text. Each is one problem naming file, record and field.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/validate/read-dataset.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { at, FIXTURE_CHART_IDS, makeSite, problemsOf, removeSites, type SiteFiles } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const DEALS = 'data/deals.json';
const DEAL = 'acme-bigpharma-2025';
/** The fixture's deal that nothing refers to (changing its id leaves no dangling reference). */
const LONE_DEAL = 'acme-bigpharma-rd-2024';
const BRIEFING = 'content/briefings/a.mdx';
type Mutate = (s: SiteFiles) => void;
type Briefing = { frontmatter: Record<string, unknown>; body: string };
const fm = (s: SiteFiles) => (s.briefings.a as Briefing).frontmatter;
const dump = (v: unknown) => JSON.stringify(v, null, 1);

/** The only problem the mutation causes, which must be at file › record › field; its message. */
async function only(mutate: Mutate, file: string, record: string, field: string, builtOn?: string) {
  const problems = builtOn ? (await readDataset(await makeSite(mutate), FIXTURE_CHART_IDS, { builtOn })).problems : await problemsOf(mutate);
  expect(problems, dump(problems)).toHaveLength(1);
  expect(at(problems, file, record, field), dump(problems)).toHaveLength(1);
  return problems[0]!.message;
}

/** A one-point series "s" in the given unit. */
const series = (unit: string, values: number[], extra: Record<string, unknown> = {}) => ({
  id: 's',
  title: 'Series S',
  description: 'A test series.',
  unit,
  region: 'korea',
  ...extra,
  points: values.map((value, i) => ({ period: String(2020 + i), periodLabel: String(2020 + i), value, qualifier: 'exact', sources: [{ source: 'src-a', locator: '¶1' }] })),
});
const S = 'data/metrics/s.json';

describe('metric values in range for their unit', () => {
  it('a percent above 100 is not a share', async () => {
    const msg = await only((s) => (s.metrics.s = series('percent', [40, 120])), S, 's', 'points.1.value');
    expect(msg).toBe(
      '120 is above 100: a percent series is read as a share, 0 to 100; if this series can go there (a change rather than a share, say), give it "bounds", e.g. "bounds": { "min": -100 }',
    );
  });

  it('a negative percent', async () => {
    const msg = await only((s) => (s.metrics.s = series('percent', [-3])), S, 's', 'points.0.value');
    expect(msg).toMatch(/^-3 is below 0: a percent series is read as a share, 0 to 100/);
  });

  it('0 and 100 are shares', async () => {
    expect(await problemsOf((s) => (s.metrics.s = series('percent', [0, 100])))).toEqual([]);
  });

  it('the upper end of a range is checked too', async () => {
    const msg = await only(
      (s) => {
        s.metrics.s = series('percent', [90]);
        Object.assign(s.metrics.s.points[0], { qualifier: 'range', upper: 110 });
      },
      S, 's', 'points.0.upper',
    );
    expect(msg).toMatch(/^110 is above 100:/);
  });

  it('a series of changes in percent says so with bounds, and may then exceed 100 or fall below 0', async () => {
    expect(await problemsOf((s) => (s.metrics.s = series('percent', [222, -50], { bounds: { min: -100 } })))).toEqual([]);
  });

  it("a value outside the series' own bounds", async () => {
    const msg = await only((s) => (s.metrics.s = series('percent', [222, -150], { bounds: { min: -100 } })), S, 's', 'points.1.value');
    expect(msg).toBe(`-150 is below -100, outside this series' bounds (at least -100): check the value, or the series' "bounds"`);
  });

  it('bounds with min above max, or neither', async () => {
    expect(await only((s) => (s.metrics.s = series('percent', [5], { bounds: { min: 10, max: 0 } })), S, 's', 'bounds.max')).toBe('min must not be above max');
    expect(await only((s) => (s.metrics.s = series('percent', [5], { bounds: {} })), S, 's', 'bounds')).toBe('expected min, max or both, e.g. { "min": -100 }');
  });

  it('negative counts and money, a rank of 0, a negative ratio', async () => {
    expect(await only((s) => (s.metrics.s = series('count', [3, -1])), S, 's', 'points.1.value')).toMatch(/^-1 is below 0: a count cannot be negative/);
    expect(await only((s) => (s.metrics.s = series('KRW', [-5])), S, 's', 'points.0.value')).toMatch(/^-5 is below 0: an amount of money cannot be negative/);
    expect(await only((s) => (s.metrics.s = series('rank', [0])), S, 's', 'points.0.value')).toMatch(/^0 is below 1: ranks start at 1/);
    expect(await only((s) => (s.metrics.s = series('ratio', [-2])), S, 's', 'points.0.value')).toMatch(/^-2 is below 0: a ratio/);
  });

  it('percentage points may be negative', async () => {
    expect(await problemsOf((s) => (s.metrics.s = series('percentage-points', [-5.2, 130])))).toEqual([]);
  });
});

/** A fourth point of series x with the given period (the briefing quotes the first, so it stays). */
const addPoint = (period: string): Mutate => (s) => s.metrics.x.points.push({ ...s.metrics.x.points[0], period, periodLabel: period });

describe('metric periods that do not exist', () => {
  const period = addPoint;
  const field = 'points.3.period';
  for (const [p, message] of [
    ['2025-Q5', '"2025-Q5" is not a period: quarters are Q1 to Q4'],
    ['2025-Q0', '"2025-Q0" is not a period: quarters are Q1 to Q4'],
    ['2025-H3', '"2025-H3" is not a period: halves are H1 and H2'],
    ['2025-13', '"2025-13" is not a period: months are 01 to 12'],
    ['2025-00', '"2025-00" is not a period: months are 01 to 12'],
    ['2025-01-01/2025-02-30', '"2025-02-30" is not a real calendar date'],
    ['2025/2024', '"2025/2024" starts (2025) after it ends (2024)'],
    ['2025-q1', '"2025-q1" is not a period: expected 2025, 2025-Q1 to 2025-Q4, 2025-H1 or 2025-H2, 2025-01 to 2025-12, a date 2025-03-17, or two of these joined by "/" (2024/2025-H1)'],
  ] as const)
    it(`${p}`, async () => {
      expect(await only(period(p), 'data/metrics/x.json', 'x', field)).toBe(message);
    });

  it('labels that are not period ids pass: c2020, to-2025, decade-to-2025, unstated', async () => {
    for (const p of ['c2020', 'to-2025', 'decade-to-2025', 'unstated']) expect(await problemsOf(period(p))).toEqual([]);
  });

  it('a briefing period with month 13', async () => {
    expect(await only((s) => (fm(s).period = '2025-13'), BRIEFING, 'a', 'period')).toBe('"2025-13" is not a period: months are 01 to 12');
  });

  it('a source date with month 13', async () => {
    expect(await only((s) => (s.sources[0].date = '2025-13'), 'data/sources.json', 'src-a', 'date')).toBe('"2025-13" is not a real calendar date');
  });
});

describe('dates after the build date plus 31 days', () => {
  const BUILT = '2026-11-21';
  const tail = 'after the build date 2026-11-21 plus 31 days (2026-12-22); check the year, or if the date is right build with BUILD_DATE set to the day you build';

  it('a deal announced in 2027', async () => {
    const msg = await only((s) => (s.deals[0].announced = { value: '2027-01', precision: 'month' }), DEALS, DEAL, 'announced.value', BUILT);
    expect(msg).toBe(`"2027-01" is in the future: ${tail}`);
  });

  it('a briefing dated 2062', async () => {
    expect(await only((s) => (fm(s).date = '2062-03-28'), BRIEFING, 'a', 'date', BUILT)).toBe(`"2062-03-28" is in the future: ${tail}`);
  });

  it('a briefing period ahead, unless the briefing is a draft', async () => {
    expect(await only((s) => (fm(s).period = '2027-Q1'), BRIEFING, 'a', 'period', BUILT)).toBe(`period "2027-Q1" is in the future: ${tail}`);
    const draft = await readDataset(await makeSite((s) => Object.assign(fm(s), { period: '2027-Q1', date: '2027-02-01', draft: true })), FIXTURE_CHART_IDS, { builtOn: BUILT });
    expect(draft.problems).toEqual([]);
  });

  it('a source dated 2028', async () => {
    expect(await only((s) => (s.sources[0].date = '2028'), 'data/sources.json', 'src-a', 'date', BUILT)).toBe(`"2028" is in the future: ${tail}`);
  });

  it('a metric period that starts after the margin (a range by its later part)', async () => {
    const msg = await only(addPoint('2026-01-01/2027-01-31'), 'data/metrics/x.json', 'x', 'points.3.period', BUILT);
    expect(msg).toBe(`period "2026-01-01/2027-01-31" is in the future: ${tail}`);
  });

  it('up to the margin is fine: the last day, a month that starts within it, the current quarter', async () => {
    const problems = (
      await readDataset(
        await makeSite((s) => {
          s.deals[0].announced = { value: '2026-12-22', precision: 'day' };
          s.deals[1].announced = { value: '2026-12', precision: 'month' };
          addPoint('2026-Q4')(s);
          fm(s).date = '2026-12-22';
        }),
        FIXTURE_CHART_IDS,
        { builtOn: BUILT },
      )
    ).problems;
    expect(problems).toEqual([]);
    const dayAfter = await only((s) => (s.deals[0].announced = { value: '2026-12-23', precision: 'day' }), DEALS, DEAL, 'announced.value', BUILT);
    expect(dayAfter).toMatch(/^"2026-12-23" is in the future/);
  });

  it('by default the build date is siteConfig.builtOn', async () => {
    const year = Number(siteConfig.builtOn.slice(0, 4)) + 2;
    const msg = await only((s) => (s.deals[0].announced = { value: String(year), precision: 'year' }), DEALS, DEAL, 'announced.value');
    expect(msg).toContain(`after the build date ${siteConfig.builtOn} plus 31 days`);
  });

  it('BUILD_DATE moves it (through scripts/validate.ts), and a BUILD_DATE that is no date is a problem', async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const dir = await makeSite((s) => (s.deals[0].announced = { value: '2027-06-01', precision: 'day' }));
    const run = (BUILD_DATE: string) =>
      spawnSync(path.join(root, 'node_modules/.bin/node'), ['scripts/validate.ts', dir], { cwd: root, encoding: 'utf8', env: { ...process.env, BUILD_DATE } });
    const early = run('2026-11-21');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain(`data/deals.json › record "${DEAL}" › field "announced.value": "2027-06-01" is in the future: after the build date 2026-11-21 plus 31 days (2026-12-22)`);
    const later = run('2027-06-01');
    expect(later.stderr).toBe('');
    expect(later.status).toBe(0);
    const bad = run('next tuesday');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('src/site.config.ts › field "builtOn": the build date "next tuesday" (BUILD_DATE or siteConfig.builtOn) is not a real date YYYY-MM-DD');
  });
});

describe('numbers JSON reads as infinite', () => {
  /** deals.json with one amount written as a literal the generator cannot produce (JSON.stringify(Infinity) is null). */
  const literal = (from: string, to: string): Mutate => (s) => (s.raw[DEALS] = JSON.stringify(s.deals, null, 2).replace(from, to));

  it('1e309 in a money amount is infinite, not "expected a number"', async () => {
    const msg = await only(literal('"amount": 1000000000', '"amount": 1e309'), DEALS, DEAL, 'terms.total.amount');
    expect(msg).toBe('is infinite: too large for a number (beyond ±1.8e308, e.g. 1e309); check for extra digits or a mistyped exponent');
  });

  it('-1e309 in a metric value', async () => {
    const msg = await only((s) => (s.raw['data/metrics/x.json'] = JSON.stringify(s.metrics.x).replace('"value":5500000000', '"value":-1e309')), 'data/metrics/x.json', 'x', 'points.0.value');
    expect(msg).toMatch(/^is minus infinite: too large for a number/);
  });

  it('a topic order of 1e400', async () => {
    const msg = await only((s) => (s.raw['data/topics.json'] = JSON.stringify(s.topics).replace('"order":1', '"order":1e400')), 'data/topics.json', 'licensing', 'order');
    expect(msg).toMatch(/^is infinite/);
  });

  it('a string is still "expected a number"', async () => {
    expect(await only((s) => (s.deals[0].terms.total.amount = '1e309'), DEALS, DEAL, 'terms.total.amount')).toBe('expected a number');
  });
});

describe('ids that break checkouts or paths', () => {
  const reserved = (name: string) =>
    `"${name}" is a device name Windows reserves (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, in any case and before any dot): a file or folder named so cannot be checked out there; choose another id, e.g. "${name.toLowerCase()}-1"`;

  for (const id of ['con', 'nul', 'com1', 'lpt9', 'aux', 'prn'])
    it(`a deal id "${id}"`, async () => {
      expect(await only((s) => (s.deals[1].id = id), DEALS, id, 'id')).toBe(reserved(id));
    });

  it('a company "com3": references to it are not reported again', async () => {
    const msg = await only(
      (s) => {
        s.companies[1].id = 'com3';
        s.deals[0].licensee = 'com3';
        s.companies[2].parent = 'com3';
      },
      'data/companies.json', 'com3', 'id',
    );
    expect(msg).toBe(reserved('com3'));
  });

  it('in any case: "LPT1" is told it is reserved, not only that it is no slug', async () => {
    expect(await only((s) => (s.deals[1].id = 'LPT1'), DEALS, 'LPT1', 'id')).toBe(reserved('LPT1'));
  });

  it('names that only start like one are fine: console, com10, auxiliary, nul-data', async () => {
    const problems = await problemsOf((s) => {
      s.deals[1].id = 'console';
      s.companies.push({ ...s.companies[0], id: 'com10' }, { ...s.companies[0], id: 'auxiliary' });
      s.sources.push({ ...s.sources[0], id: 'nul-data' });
    });
    expect(problems).toEqual([]);
  });

  it('a metric file "aux.json" and a briefing "nul.mdx" are named by the file, once', async () => {
    const problems = await problemsOf((s) => {
      s.metrics.aux = { ...s.metrics.x, id: 'aux' };
      s.briefings.nul = s.briefings.a!;
      delete s.briefings.a;
    });
    expect(problems, dump(problems)).toHaveLength(2);
    expect(at(problems, 'data/metrics/aux.json', 'aux', 'file name')[0]?.message).toBe(reserved('aux'));
    expect(at(problems, 'content/briefings/nul.mdx', 'nul', 'file name')[0]?.message).toBe(reserved('nul'));
  });

  it('a metric file "con.backup.json": the part before the first dot counts', async () => {
    const problems = await problemsOf((s) => (s.metrics['con.backup'] = { ...s.metrics.x, id: 'con.backup' }));
    expect(problems, dump(problems)).toHaveLength(1);
    expect(at(problems, 'data/metrics/con.backup.json', 'con.backup', 'file name')[0]?.message).toBe(reserved('con'));
  });

  const long = (n: number) => `d${'-x'.repeat((n - 1) / 2)}`;
  it('a 101-character deal id is too long for a folder name; 99 is fine', async () => {
    const id = long(101);
    expect(id).toHaveLength(101);
    const msg = await only((s) => (s.deals[1].id = id), DEALS, id, 'id');
    expect(msg).toBe('is 101 characters long; keep ids to 100 or fewer: an id becomes a folder or file name (/deals/<id>/), and longer ones break on some file systems');
    expect(await problemsOf((s) => (s.deals[1].id = long(99)))).toEqual([]);
  });

  it('a long metric file name and a long briefing file name', async () => {
    const name = long(151);
    const problems = await problemsOf((s) => {
      s.metrics[name] = { ...s.metrics.x, id: name };
      s.briefings[name] = s.briefings.a!;
      delete s.briefings.a;
    });
    expect(problems, dump(problems)).toHaveLength(2);
    for (const file of [`data/metrics/${name}.json`, `content/briefings/${name}.mdx`])
      expect(at(problems, file, name, 'file name')[0]?.message).toMatch(/^is 151 characters long; keep ids to 100 or fewer/);
  });

  it('a long company id and a long source id', async () => {
    const id = long(201);
    const problems = await problemsOf((s) => {
      s.companies.push({ ...s.companies[0], id });
      s.sources.push({ ...s.sources[0], id });
    });
    expect(problems, dump(problems)).toHaveLength(2);
    expect(at(problems, 'data/companies.json', id, 'id')[0]?.message).toMatch(/^is 201 characters long/);
    expect(at(problems, 'data/sources.json', id, 'id')[0]?.message).toMatch(/^is 201 characters long/);
  });
});

describe('invisible and text-direction characters', () => {
  it('U+202E in a company name, with its position', async () => {
    const msg = await only((s) => (s.companies[0].name = 'Acme\u202EBio'), 'data/companies.json', 'acme-bio', 'name');
    expect(msg).toBe('contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5, a text-direction control that reorders what readers see: delete it (retype the text around it if it will not go)');
  });

  it('a zero-width space in an id', async () => {
    const id = 'acme-\u200Bbigpharma';
    const msg = await only((s) => (s.deals[1].id = id), DEALS, id, 'id');
    expect(msg).toMatch(/^contains U\+200B ZERO WIDTH SPACE at character 6, an invisible character: delete it/);
  });

  it('a zero-width joiner in a reference', async () => {
    const msg = await only((s) => (s.deals[1].licensee = 'bigpharma\u200D-rd'), DEALS, LONE_DEAL, 'licensee');
    expect(msg).toMatch(/^contains U\+200D ZERO WIDTH JOINER at character 10, an invisible character/);
  });

  it('positions count characters, not UTF-16 units; further ones are counted', async () => {
    const msg = await only((s) => (s.deals[0].asset.name = '𝐀B-1\u00AD0\u00AD1\u2066'), DEALS, DEAL, 'asset.name');
    expect(msg).toMatch(/^contains U\+00AD SOFT HYPHEN at character 5, an invisible character \(and 2 more such characters\): delete it/);
  });

  for (const [label, mutate, file, record, field, code] of [
    ['an alias (ZWNJ)', (s: SiteFiles) => (s.companies[0].aliases = ['Acme', 'Ac\u200Cme']), 'data/companies.json', 'acme-bio', 'aliases.1', 'U+200C ZERO WIDTH NON-JOINER'],
    ['a company profile (BOM)', (s: SiteFiles) => (s.companies[0].profile = 'Makes \uFEFFthings.'), 'data/companies.json', 'acme-bio', 'profile', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark)'],
    ['a deal note (LRM)', (s: SiteFiles) => (s.deals[0].notes = 'Per \u200Ethe source.'), DEALS, DEAL, 'notes', 'U+200E LEFT-TO-RIGHT MARK'],
    ['a money note (ALM)', (s: SiteFiles) => (s.deals[0].terms.total.note = 'incl. \u061Cmilestones'), DEALS, DEAL, 'terms.total.note', 'U+061C ARABIC LETTER MARK'],
    ['a citation locator (PDF)', (s: SiteFiles) => (s.deals[0].sources[0].locator = '¶2\u202C'), DEALS, DEAL, 'sources.0.locator', 'U+202C POP DIRECTIONAL FORMATTING'],
    ['a source title (RLI)', (s: SiteFiles) => (s.sources[0].title = 'A \u2067report'), 'data/sources.json', 'src-a', 'title', 'U+2067 RIGHT-TO-LEFT ISOLATE'],
    ['a source URL (RLO)', (s: SiteFiles) => (s.sources[0].url = 'https://example.com/\u202Efdp.exe'), 'data/sources.json', 'src-a', 'url', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a metric category (Hangul filler)', (s: SiteFiles) => (s.metrics.x.points[1].category = 'adc\u3164'), 'data/metrics/x.json', 'x', 'points.1.category', 'U+3164 HANGUL FILLER'],
    ['a metric measure (word joiner)', (s: SiteFiles) => (s.metrics.x.measure = 'share\u2060'), 'data/metrics/x.json', 'x', 'measure', 'U+2060 WORD JOINER'],
    ['a topic intro (a control character)', (s: SiteFiles) => (s.topics[0].intro = 'Some\u0007 intro.'), 'data/topics.json', 'licensing', 'intro', 'U+0007 CONTROL CHARACTER'],
    ['a briefing title (LRO)', (s: SiteFiles) => (fm(s).title = 'A \u202Dbriefing'), BRIEFING, 'a', 'title', 'U+202D LEFT-TO-RIGHT OVERRIDE'],
    ['a briefing author (FSI)', (s: SiteFiles) => (fm(s).authors = ['\u2068Ed']), BRIEFING, 'a', 'authors.0', 'U+2068 FIRST STRONG ISOLATE'],
  ] as const)
    it(label, async () => {
      expect(await only(mutate, file, record, field)).toMatch(new RegExp(`^contains ${code.replace(/[()+]/g, '\\$&')} at character \\d+, `));
    });

  it('tabs, line breaks, accents, Hangul and Chinese are fine', async () => {
    const problems = await problemsOf((s) => {
      s.companies[0].name = '에이비엘바이오 ABL Bio';
      s.companies[1].name = '恒瑞医药 Hengrui — Société';
      s.topics[0].intro = 'First paragraph.\n\nSecond\tparagraph.\r\n';
    });
    expect(problems).toEqual([]);
  });
});

describe('text files not saved as UTF-8', () => {
  /** Write the site, then replace one file with exact bytes, and validate. */
  async function withBytes(rel: string, bytes: (text: string) => Buffer) {
    const dir = await makeSite();
    await writeFile(path.join(dir, rel), bytes(await readFile(path.join(dir, rel), 'utf8')));
    return (await readDataset(dir, FIXTURE_CHART_IDS)).problems;
  }
  const utf16le = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
  const utf16be = (t: string) => Buffer.from(utf16le(t).map((_, i, b) => b[i ^ 1]!));

  for (const [label, rel, record, encode, message] of [
    ['JSON in UTF-16 LE with a byte-order mark', 'data/metrics/x.json', 'x', utf16le, 'saved as UTF-16; save it as UTF-8'],
    ['JSON in UTF-16 BE with a byte-order mark', 'data/metrics/x.json', 'x', utf16be, 'saved as UTF-16; save it as UTF-8'],
    ['JSON in UTF-16 LE without one', 'data/metrics/x.json', 'x', (t: string) => Buffer.from(t, 'utf16le'), 'saved as UTF-16 (it has a NUL byte in every other position); save it as UTF-8'],
    ['MDX in UTF-16 LE', BRIEFING, 'a', utf16le, 'saved as UTF-16; save it as UTF-8'],
  ] as const)
    it(label, async () => {
      const problems = await withBytes(rel, encode);
      // The briefing's absence also empties content/briefings/, which is not reported again.
      expect(problems, dump(problems)).toHaveLength(1);
      expect(at(problems, rel, record, '')[0]?.message).toBe(message);
    });

  it('JSON in Windows-1252 (not UTF-8) says where', async () => {
    const problems = await withBytes('data/metrics/x.json', (t) => Buffer.from(t.replace('A test series.', 'A caf\u00e9 series.'), 'latin1'));
    expect(problems, dump(problems)).toHaveLength(1);
    expect(at(problems, 'data/metrics/x.json', 'x', '')[0]?.message).toBe(
      'is not valid UTF-8 (first bad byte at line 4, column 24): it was saved in another encoding (Windows-1252, EUC-KR, GBK…); save it as UTF-8',
    );
  });

  it('a stray NUL byte in UTF-8 text', async () => {
    const problems = await withBytes('data/metrics/x.json', (t) => Buffer.from(t.replace('"title"', '"ti\0tle"'), 'utf8'));
    expect(at(problems, 'data/metrics/x.json', 'x', '')[0]?.message).toBe('contains a NUL byte at line 3, column 6: the file is damaged or not text; save it as UTF-8 text');
  });
});

describe('problem lines', () => {
  it('show a hidden character in a quoted id as <U+…>, so the terminal does not reorder the line', async () => {
    const { formatProblem } = await import('../../../src/lib/validate/problem.ts');
    const line = formatProblem({ file: DEALS, record: 'evil\u202Edi', field: 'id', message: 'contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5' });
    expect(line).toBe('data/deals.json › record "evil<U+202E>di" › field "id": contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5');
  });
});
