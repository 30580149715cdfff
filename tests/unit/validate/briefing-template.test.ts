// `npm run new:briefing` output: a file name, a date, a period label, and a draft of placeholders whose
// frontmatter validates as written but which validation will not let be published.
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEFING_PLACEHOLDERS } from '../../../src/lib/briefing-placeholders.ts';
import { briefingSlug, briefingTemplate, periodLabel, slugify, utcDay } from '../../../src/lib/briefing-template.ts';
import { briefingSchema } from '../../../src/schema/briefing.ts';
import { problemsOf, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

describe('slugify', () => {
  it('lowercases, hyphenates and trims', () => {
    expect(slugify('Korea Q3 2025 update')).toBe('korea-q3-2025-update');
    expect(slugify('  China: going global!  ')).toBe('china-going-global');
  });
  it('strips accents and spells out &', () => {
    expect(slugify('Café & Licensing')).toBe('cafe-and-licensing');
  });
  it('caps length at 80 without a trailing hyphen', () => {
    const s = slugify(`${'a'.repeat(79)} b`);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith('-')).toBe(false);
  });
});

describe('briefingSlug', () => {
  const at = { region: 'korea', period: '2025-Q3' };
  it('a Latin title names the file', () => {
    expect(briefingSlug({ ...at, title: 'Korea licensing, Q3 2025' })).toEqual({ slug: 'korea-licensing-q3-2025', from: 'title' });
    expect(briefingSlug({ ...at, title: 'Café & Licensing' })).toEqual({ slug: 'cafe-and-licensing', from: 'title' });
  });
  it.each([
    ['Korean', '한국 라이선스 2025'],
    ['Korean without digits', '한국 라이선스'],
    ['Chinese', '中国创新药出海'],
    ['Chinese with a Latin word, which alone would misname it', '韩国 ADC 交易'],
    ['digits only', '2025'],
  ])('a %s title is named after the region and period, never ".mdx"', (_, title) => {
    expect(briefingSlug({ ...at, title })).toEqual({ slug: 'korea-2025-q3', from: 'region and period' });
    expect(briefingSlug({ region: 'china', period: '2026-01', title })).toEqual({ slug: 'china-2026-01', from: 'region and period' });
  });
  it('--slug wins over the title, and must be a plain slug', () => {
    expect(briefingSlug({ ...at, title: '한국 라이선스 2025', slug: 'korea-licensing-q3-2025' })).toEqual({ slug: 'korea-licensing-q3-2025', from: 'option' });
    expect(briefingSlug({ ...at, title: 'x', slug: '' })).toEqual({ problem: expect.stringMatching(/--slug is empty/) });
    expect(briefingSlug({ ...at, title: 'x', slug: '.hidden' })).toEqual({ problem: expect.stringMatching(/starts with a dot: the file would be hidden/) });
    expect(briefingSlug({ ...at, title: 'x', slug: 'Korea Q3.mdx' })).toEqual({ problem: expect.stringMatching(/^--slug "Korea Q3\.mdx": expected a lowercase slug/) });
  });
  it('a title whose slug is a Windows device name is refused, pointing at --slug', () => {
    expect(briefingSlug({ ...at, title: 'CON' })).toEqual({ problem: expect.stringMatching(/device name Windows reserves.*name the file with --slug$/) });
  });
});

describe('utcDay', () => {
  it('is the day in UTC, not the local one', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/New_York'; // where 23:30 on the 7th is already the 8th in UTC
    try {
      expect(utcDay(new Date('2026-12-07T23:30:00-05:00'))).toBe('2026-12-08');
      expect(utcDay(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('periodLabel', () => {
  it.each([
    ['2025-Q3', 'Q3 2025'],
    ['2025-H1', 'H1 2025'],
    ['2026-01', 'January 2026'],
    ['2024', '2024'],
    ['2024/2025-H1', '2024 to H1 2025'],
  ])('%s → %s', (period, label) => expect(periodLabel(period)).toBe(label));
});

describe('briefingTemplate', () => {
  const b = { title: 'Korea "Q3" 2025: update', period: '2025-Q3', date: '2025-10-01', topics: ['licensing'], sources: ['src-a'], region: 'korea' };

  it('parses with gray-matter and passes briefingSchema, as a draft', () => {
    const parsed = matter(briefingTemplate(b));
    const r = briefingSchema.safeParse(parsed.data);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(r.data).toMatchObject({ title: b.title, period: '2025-Q3', periodLabel: 'Q3 2025', date: '2025-10-01', topics: ['licensing'], sources: ['src-a'], draft: true });
    expect(r.data?.edition).toBeUndefined();
  });

  it('names the edition when given', () => {
    const parsed = matter(briefingTemplate({ ...b, edition: '2025-q3' }));
    expect(briefingSchema.parse(parsed.data).edition).toBe('2025-q3');
  });

  it('summary and body are the placeholders of the one list, every one of them', () => {
    const parsed = matter(briefingTemplate(b));
    expect(parsed.data.summary).toBe(BRIEFING_PLACEHOLDERS.summary);
    for (const p of Object.values(BRIEFING_PLACEHOLDERS)) expect(briefingTemplate(b)).toContain(p);
  });

  it('validates inside a site as written (the example components in comments are not references)', async () => {
    expect(await problemsOf((s) => (s.briefings['new-one'] = briefingTemplate(b)))).toEqual([]);
  });

  it('a Korean title and an edition validate too', async () => {
    const korean = briefingTemplate({ ...b, title: '한국 라이선스 2025', edition: '2025-q3' });
    const edition = { id: '2025-q3', label: 'Q3 2025', period: '2025-Q3', published: '2025-10-31' };
    expect(await problemsOf((s) => ((s.briefings['korea-2025-q3'] = korean), (s.raw['data/editions.json'] = JSON.stringify([edition]))))).toEqual([]);
  });

  it('published as written (draft line deleted), validation names the summary and the body line', async () => {
    const text = briefingTemplate(b).replace(/^draft: true\n/m, '');
    const problems = await problemsOf((s) => (s.briefings['new-one'] = text));
    const lead = text.split('\n').indexOf(BRIEFING_PLACEHOLDERS.lead) + 1;
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      ['content/briefings/new-one.mdx', 'new-one', 'summary'],
      ['content/briefings/new-one.mdx', 'new-one', `body line ${lead}`],
    ]);
  });
});
