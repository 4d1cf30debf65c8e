import JSZip from "jszip";
import { crc32, deflateRawSync } from "node:zlib";

/** One file of a zip archive as it is stored, with the uncompressed size its headers declare (true or not). */
export interface RawEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  /** The bytes as stored in the archive. */
  readonly data: Buffer;
  readonly crc: number;
  /** The uncompressed size written in the local and central headers. */
  readonly declaredSize: number;
}

/** A deflated entry whose headers tell the truth. */
export function deflatedEntry(name: string, content: Buffer): RawEntry {
  return { name, method: 8, data: deflateRawSync(content), crc: crc32(content), declaredSize: content.length };
}

/** The entries of a zip (say an .xlsx exceljs wrote), re-deflated, in the archive's order. */
export async function entriesOf(zip: Buffer): Promise<RawEntry[]> {
  const archive = await JSZip.loadAsync(zip);
  const entries: RawEntry[] = [];
  for (const file of Object.values(archive.files)) {
    if (!file.dir) entries.push(deflatedEntry(file.name, await file.async("nodebuffer")));
  }
  return entries;
}

/**
 * A zip archive of `entries` (no data descriptors, no zip64: sizes below 4 GiB), written by hand so a test can
 * make its headers declare what it likes.
 */
export function zipArchive(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
