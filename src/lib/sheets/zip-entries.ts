// The files inside a zip archive (an .xlsx is one), inflated with Node's own zlib. jszip, which exceljs
// reads with, inflates in JavaScript (pako): 0.8 s of the 10,000-deal workbook against 0.25 s here.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The entry's bytes, inflated on demand. */
  bytes(): Buffer;
}

/** The archive's entries by name (no leading "/"), from its central directory; throws with a short reason when it is not a zip it can read. */
export function zipEntries(data: Uint8Array): Map<string, ZipEntry> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('no zip directory: the file is cut short or damaged');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error('a ZIP64 archive, which is not read');
  const out = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new Error('a damaged zip directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, '');
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    out.set(name, {
      name,
      bytes() {
        if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`a damaged zip entry (${name})`);
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const raw = buf.subarray(start, start + size);
        if (method === 0) return raw;
        if (method === 8) return inflateRawSync(raw);
        throw new Error(`zip compression method ${method} in ${name}, which is not read`);
      },
    });
  }
  return out;
}
