// The one reader of the components a briefing places: validation checks them, pages use them.
import { describe, expect, it } from 'vitest';
import { chartsPlaced, mdxRefs, parseMdx } from '../../src/lib/mdx-refs.ts';

const refs = (body: string) => mdxRefs(parseMdx(body));

describe('component references in an MDX body', () => {
  it('each component with its attributes and body line, in document order, nested ones included', () => {
    const body = ['Intro <DealTerm deal="d1" term="total" /> text.', '', '<aside class="note">', '<Num series="s"', '  period="2024" by="ARC" />', '</aside>', '', '<Chart id="c1" />', ''].join('\n');
    expect(refs(body)).toEqual([
      { tag: 'DealTerm', attrs: { deal: 'd1', term: 'total' }, line: 1 },
      { tag: 'Num', attrs: { series: 's', period: '2024', by: 'ARC' }, line: 4 },
      { tag: 'Chart', attrs: { id: 'c1' }, line: 8 },
    ]);
  });

  it('code (inline or fenced), comments and escaped tags are text, not references', () => {
    const body = ['Write `<Chart id="a" />` to embed.', '', '```mdx', '<Num series="zz" period="1999" />', '```', '', '{/* <Chart id="b" /> */}', '', 'A \\<Chart id="c" /> in prose.', ''].join('\n');
    expect(refs(body)).toEqual([]);
  });

  it('other elements are not references; an attribute without a value is left out', () => {
    expect(refs('<abbr title="x">ADC</abbr> <Chart id />\n')).toEqual([{ tag: 'Chart', attrs: {}, line: 1 }]);
  });

  it('a reference with an expression or spread attribute is left to the briefing policy', () => {
    expect(refs('<Chart id={"c1"} /> <Num {...x} />\n')).toEqual([]);
  });

  it('the charts a briefing places, each once', () => {
    expect(chartsPlaced(refs('<Chart id="b" />\n\n<Num series="s" period="1" />\n\n<Chart id="a" />\n\n<Chart id="b" />\n'))).toEqual(['b', 'a']);
    expect(chartsPlaced(refs('No chart.\n'))).toEqual([]);
  });

  it('text MDX cannot read throws satteri\'s message with line and column', () => {
    expect(() => parseMdx('Deals <$50M.\n')).toThrow(/^1:7: /);
  });
});
