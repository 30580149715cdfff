// A minimal XML scanner for the parts of an .xlsx the importer reads (workbook, relationships, styles,
// shared strings, sheets). Spreadsheet XML is machine-written: elements, attributes, text, entities and
// at most a declaration, comments or CDATA; no DTD. Element names lose their namespace prefix.

export interface XmlVisitor {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const TOKEN =
  /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|([^<]+)|(<)/g;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text or an attribute value with its entities (&amp; &#233; &#xE9;) replaced. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g, (m, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (NAMED[name] ?? m),
  );
}

const attrPatterns = new Map<string, RegExp>();

/** One attribute's decoded value from an element's attribute text (any namespace prefix), or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  if (!attrs.includes(name)) return undefined;
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]!) : undefined;
}

/** Walk the document in order; throws on a stray "<" (not XML). */
export function scanXml(xml: string, v: XmlVisitor): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2] !== undefined) {
      if (m[1]) v.close(m[2]);
      else {
        v.open(m[2], m[3]!, m[4] === '/');
        if (m[4]) v.close(m[2]);
      }
    } else if (m[6] !== undefined) v.text(decodeXml(m[6]));
    else if (m[5] !== undefined) v.text(m[5]);
    else if (m[7] !== undefined) throw new Error(`malformed XML at character ${m.index}`);
  }
}
