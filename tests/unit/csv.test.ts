// The CSV writer (src/lib/csv.ts): text a spreadsheet would run as a formula is written as text, numbers
// stay numbers, the file starts with a byte-order mark, and quoting keeps each field in its cell.
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsvText, type CsvCell } from '../../src/lib/csv.ts';
import { csvLine } from '../../src/lib/csv-cell.ts';

const BOM = '\uFEFF';

/** Rows back from the writer's text, after checking and dropping the byte-order mark. */
function parse(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return csvParseRows(text.slice(1));
}

describe('csvCell', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example","click")'],
    ['+', "+1+cmd|' /C calc'!A0"],
    ['-', '-2+3+cmd|\' /C calc\'!A0'],
    ['@', '@SUM(1+1)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('text starting with %s gets a leading apostrophe', (_name, text) => {
    expect(csvCell(text)).toBe(`'${text}`);
  });

  it('a stated figure that is text ("+0.3%", "-5%") gets the apostrophe, so Excel shows it as written', () => {
    expect(csvCell('+0.3%')).toBe("'+0.3%");
    expect(csvCell('-5%')).toBe("'-5%");
  });

  it('numbers stay numbers, negative ones included', () => {
    expect(csvCell(-5.2)).toBe('-5.2');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(51.9e9)).toBe('51900000000');
    expect(csvCell(1e21)).toBe('1e+21');
  });

  it('a number that is not finite is text, and guarded like text', () => {
    expect(csvCell(-Infinity)).toBe("'-Infinity");
    expect(csvCell(NaN)).toBe('NaN');
  });

  it('other text is unchanged, including a trigger character later in the text', () => {
    for (const text of ['RemeGen', 'about 28%', 'a=b', 'x+y', ' =1+1', "'quoted", '<script>alert(1)</script>', 'licensor → licensee', '¶3', '¥1.2B', ''])
      expect(csvCell(text)).toBe(text);
  });

  it('undefined and null are empty cells', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsvText', () => {
  it('starts with a byte-order mark and ends with one newline', () => {
    const text = toCsvText([['a', 'b'], [1, 2]]);
    expect(text).toBe(`${BOM}a,b\n1,2\n`);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, double quotes and line breaks as RFC 4180 does, and they parse back to the same cells', () => {
    const rows: CsvCell[][] = [
      ['comma, here', 'say "hi"', 'two\nlines', 'cr\rinside', 'plain'],
    ];
    const text = toCsvText(rows);
    expect(text).toBe(`${BOM}"comma, here","say ""hi""","two\nlines","cr\rinside",plain\n`);
    expect(parse(text)).toEqual(rows);
  });

  it('guards every trigger and keeps numbers, in a file that parses back cell by cell', () => {
    const rows: CsvCell[][] = [
      ['Company', 'Value', 'Figure as stated', 'Note'],
      ['=HYPERLINK("http://evil.example","click")', -5.2, '+0.3%', '\r@SUM(1+1)'],
      ["+1+cmd|' /C calc'!A0", 12, '-1%', '\tx'],
      ['RemeGen', 0, undefined, null],
    ];
    expect(parse(toCsvText(rows))).toEqual([
      ['Company', 'Value', 'Figure as stated', 'Note'],
      [`'=HYPERLINK("http://evil.example","click")`, '-5.2', "'+0.3%", "'\r@SUM(1+1)"],
      ["'+1+cmd|' /C calc'!A0", '12', "'-1%", "'\tx"],
      ['RemeGen', '0', '', ''],
    ]);
  });

  it('a quoted formula is still guarded (quotes do not stop a spreadsheet from running it)', () => {
    const text = toCsvText([['=1+1, then more']]);
    expect(text).toBe(`${BOM}"'=1+1, then more"\n`);
  });

  it('quotes exactly as d3-dsv does (the reference): the dependency-free writer the browser shares', () => {
    const rows: CsvCell[][] = [
      ['comma, here', 'say "hi"', 'two\nlines', 'cr\rinside', 'plain', ' spaced ', '', 'a;b', 'tab\tin'],
      ['=1+1, then more', -12.5, 0, 3e9, '¥1.2B', '"quoted"', null, undefined, '@x'],
    ];
    expect(toCsvText(rows)).toBe(`${BOM}${csvFormatRows(rows.map((r) => r.map(csvCell)))}\n`);
    expect(rows.map(csvLine).join('\n')).toBe(csvFormatRows(rows.map((r) => r.map(csvCell))));
  });
});
