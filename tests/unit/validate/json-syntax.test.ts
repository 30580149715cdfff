// A JSON syntax error is one problem naming the file and the line, not a stack trace.
import { afterAll, describe, expect, it } from 'vitest';
import { parseJson, trailingComma } from '../../../src/lib/validate/read-json.ts';
import { problemsOf, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const trailingCommaLine5 = ['[', '  {', '    "id": "src-a",', '    "title": "A news report",', '    "kind": "news",', '  }', ']'].join('\n');

describe('malformed JSON', () => {
  it('a trailing comma on line 5 of sources.json is reported at line 5 of that file', async () => {
    const problems = await problemsOf((s) => (s.raw['data/sources.json'] = trailingCommaLine5));
    const inFile = problems.filter((p) => p.file === 'data/sources.json');
    expect(inFile).toHaveLength(1);
    expect(inFile[0]).toMatchObject({ record: '', field: '' });
    expect(inFile[0]!.message).toMatch(/^malformed JSON at line 5, column 19: trailing comma/);
  });

  it('a trailing comma in an array (where V8 gives no position) still gets a line', () => {
    const text = '[\n  "a",\n  "b",\n]\n';
    const { problems, value } = parseJson(text, 'data/x.json');
    expect(value).toBeUndefined();
    expect(problems[0]!.message).toContain('line 3');
    expect(problems[0]!.message).not.toContain('\n');
  });

  it('a missing comma is reported at the line V8 stops on, without echoing the file', async () => {
    const text = ['[', '  {', '    "id": "x"', '    "title": "y"', '  }', ']'].join('\n');
    const { problems } = parseJson(text, 'data/deals.json');
    expect(problems).toEqual([{ file: 'data/deals.json', record: '', field: '', message: expect.stringMatching(/^malformed JSON at line 4, column 5: Expected ','/) }]);
  });

  it('a file saved with a byte-order mark (Windows editors, spreadsheet exports) reads as any other', async () => {
    expect(await problemsOf((s) => (s.raw['data/deals.json'] = '\uFEFF' + JSON.stringify(s.deals, null, 2)))).toEqual([]);
    // Only a leading mark is dropped: one inside the text is still an error.
    expect(parseJson('[\uFEFF]', 'data/x.json').problems).toHaveLength(1);
  });

  it('an empty file says it is empty', () => {
    expect(parseJson('  \n', 'data/topics.json').problems[0]!.message).toMatch(/empty/);
  });

  it('commas inside strings are not trailing commas', () => {
    expect(trailingComma('["a,]", {"b": "x\\",}"}]')).toBe(-1);
    expect(trailingComma('[1, 2 , ]')).toBe(6);
  });

  it('a JSON file that is not an array of records says so', async () => {
    const problems = await problemsOf((s) => (s.raw['data/companies.json'] = '{"id": "acme-bio"}'));
    expect(problems.filter((p) => p.file === 'data/companies.json')).toEqual([
      { file: 'data/companies.json', record: '', field: '', message: 'expected a JSON array of records' },
    ]);
  });

  it('a broken metric file is reported with its own path', async () => {
    const problems = await problemsOf((s) => (s.raw['data/metrics/x.json'] = '{\n  "id": "x",\n  "title": \n}'));
    const p = problems.find((q) => q.file === 'data/metrics/x.json');
    expect(p?.message).toMatch(/^malformed JSON at line 4/);
  });
});
