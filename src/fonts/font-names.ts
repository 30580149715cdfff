// Gives a TrueType/OpenType file the family name it is used under. @fontsource's Noto CJK files are
// instances of a variable font that kept the default instance's names: every weight calls itself "Noto Sans
// KR Thin". Browsers take the family from @font-face and never look, but resvg finds faces by the name
// table, and PDFs list fonts by their PostScript name. Rewrites the name table only; every other table is
// copied byte for byte.

/** The sfnt table checksum: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(b: Buffer): number {
  const padded = b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b;
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A format-0 name table with Windows Unicode English records for `names` (name id → text). */
function nameTable(names: Record<number, string>): Buffer {
  const ids = Object.keys(names).map(Number).sort((a, b) => a - b);
  const strings = ids.map((id) => Buffer.from(names[id]!, 'utf16le').swap16());
  const header = Buffer.alloc(6 + 12 * ids.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(ids.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  ids.forEach((id, i) => {
    const at = 6 + 12 * i;
    header.writeUInt16BE(3, at); // Windows
    header.writeUInt16BE(1, at + 2); // Unicode BMP
    header.writeUInt16BE(0x409, at + 4); // English (US)
    header.writeUInt16BE(id, at + 6);
    header.writeUInt16BE(strings[i]!.length, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += strings[i]!.length;
  });
  return Buffer.concat([header, ...strings]);
}

/** `sfnt` with its names set to `family` in `style` ("Regular", "SemiBold"). */
export function withFamilyName(sfnt: Buffer, family: string, style: string): Buffer {
  const postscript = `${family.replace(/\s+/g, '')}-${style.replace(/\s+/g, '')}`;
  const name = nameTable({ 1: family, 2: style === 'Regular' ? 'Regular' : style, 4: `${family} ${style}`, 6: postscript, 16: family, 17: style });
  const numTables = sfnt.readUInt16BE(4);
  const tables: { tag: string; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    const tag = sfnt.toString('latin1', at, at + 4);
    const offset = sfnt.readUInt32BE(at + 8);
    const length = sfnt.readUInt32BE(at + 12);
    tables.push({ tag, data: tag === 'name' ? name : Buffer.from(sfnt.subarray(offset, offset + length)) });
  }
  if (!tables.some((t) => t.tag === 'name')) tables.push({ tag: 'name', data: name });
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const head = tables.find((t) => t.tag === 'head')?.data;
  head?.writeUInt32BE(0, 8); // checkSumAdjustment, computed over the whole file below
  const dir = Buffer.alloc(12 + 16 * tables.length);
  sfnt.copy(dir, 0, 0, 4); // sfnt version (TrueType or 'OTTO')
  const n = tables.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  dir.writeUInt16BE(n, 4);
  dir.writeUInt16BE(pow * 16, 6);
  dir.writeUInt16BE(Math.log2(pow), 8);
  dir.writeUInt16BE(n * 16 - pow * 16, 10);
  const bodies: Buffer[] = [];
  let offset = dir.length;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    dir.write(t.tag, at, 'latin1');
    dir.writeUInt32BE(checksum(t.data), at + 4);
    dir.writeUInt32BE(offset, at + 8);
    dir.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.concat([t.data, Buffer.alloc((4 - (t.data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  const out = Buffer.concat([dir, ...bodies]);
  if (head) {
    const headAt = dir.readUInt32BE(12 + 16 * tables.findIndex((t) => t.tag === 'head') + 8);
    out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headAt + 8);
  }
  return out;
}
