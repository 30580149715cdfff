// `npm run new:briefing` output: a slug, a period label, and frontmatter that validates as written.
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { briefingTemplate, periodLabel, slugify } from '../../../src/lib/briefing-template.ts';
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

  it('parses with gray-matter and passes briefingSchema', () => {
    const parsed = matter(briefingTemplate(b));
    const r = briefingSchema.safeParse(parsed.data);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(r.data).toMatchObject({ title: b.title, period: '2025-Q3', periodLabel: 'Q3 2025', date: '2025-10-01', topics: ['licensing'], sources: ['src-a'] });
  });

  it('validates inside a site as written (the example components in code spans are not references)', async () => {
    expect(await problemsOf((s) => (s.briefings['new-one'] = briefingTemplate(b)))).toEqual([]);
  });
});
