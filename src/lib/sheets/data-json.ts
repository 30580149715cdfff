// data/*.json text exactly as the files are written by hand: two-space JSON, a final newline when the
// file had one, and a series' bounds on one line ("bounds": { "min": -100 }), so rewriting an unchanged
// record changes no byte.

export function dataJson(value: unknown, original?: string): string {
  const text = JSON.stringify(value, null, 2).replace(
    /"bounds": \{\n\s+("(?:min|max)": [^\n,]+)(?:,\n\s+("(?:min|max)": [^\n,]+))?\n\s+\}/g,
    (_, a: string, b?: string) => `"bounds": { ${b ? `${a}, ${b}` : a} }`,
  );
  return original === undefined || original.endsWith('\n') ? `${text}\n` : text;
}
