import type { Problem } from './problem.ts';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Offset of the first comma directly followed (outside strings) by "}" or "]", or -1. */
export function trailingComma(text: string): number {
  let inString = false;
  let comma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      comma = -1;
    } else if (c === ',') comma = i;
    else if (c === '}' || c === ']') {
      if (comma >= 0) return comma;
    } else if (!/\s/.test(c)) comma = -1;
  }
  return -1;
}

/**
 * Offset of the first JSON syntax error, found by a small scanner; -1 when the text parses. Used where
 * V8's message gives no position (e.g. "Unexpected token '}'").
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i]! < ' ') fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return Math.min(at as number, text.length);
  }
}

/**
 * The text without a leading byte-order mark. Windows editors and spreadsheet exports often save UTF-8
 * with one; it carries no content, and JSON.parse and frontmatter parsers reject or miss what follows it.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parse JSON text; a syntax error becomes one problem naming the file, line and column. */
export function parseJson(raw: string, file: string): { value?: unknown; problems: Problem[] } {
  const text = withoutBom(raw);
  const fail = (message: string) => ({ problems: [{ file, record: '', field: '', message }] });
  if (text.trim() === '') return fail('file is empty (expected JSON)');
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch (err) {
    // V8 words: "... in JSON at position 43 (line 5 column 3)", "Unexpected token ']', "<text>" is not valid JSON"
    // (no position, and the quoted file text may span lines), "Unexpected end of JSON input".
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const scanned = syntaxErrorOffset(text);
    const offset = pos ? Number(pos[1]) : /end of JSON input/.test(msg) ? text.length : scanned >= 0 ? scanned : undefined;
    const comma = trailingComma(text);
    if (comma >= 0 && (offset === undefined || comma < offset)) {
      const at = lineColumn(text, comma);
      return fail(`malformed JSON at line ${at.line}, column ${at.column}: trailing comma (JSON allows no comma before "}" or "]")`);
    }
    const where = offset !== undefined ? lineColumn(text, offset) : undefined;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    const reason = msg
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s+(?:in JSON )?at position \d+/, '')
      .replace(/,\s*(?:\.\.\.)?"[\s\S]*"(?:\.\.\.)?\s+is not valid JSON$/, '')
      .replace(/\s+/g, ' ');
    return fail(`malformed JSON${at}: ${reason}`);
  }
}
