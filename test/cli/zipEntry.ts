import { inflateRawSync } from "node:zlib";

/** A file of a zip archive as its central directory lists it. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/**
 * The files of a zip archive (an .xlsx is one), from its central directory, so entries written with data
 * descriptors (sizes after the data, as exceljs's zip writer does) are found too.
 */
function entries(bytes: Buffer): ZipEntry[] {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const found: ZipEntry[] = [];
  let entry = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const nameLength = bytes.readUInt16LE(entry + 28);
    found.push({
      name: bytes.toString("utf8", entry + 46, entry + 46 + nameLength),
      method: bytes.readUInt16LE(entry + 10),
      compressedSize: bytes.readUInt32LE(entry + 20),
      localHeader: bytes.readUInt32LE(entry + 42),
    });
    entry += 46 + nameLength + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
  }
  return found;
}

const asBuffer = (zip: Uint8Array) => Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);

/**
 * The text of one file inside a zip archive, for tests that look at the raw XML. Stored and deflated entries only.
 * @throws {Error} when the entry is missing or compressed another way.
 */
export function zipEntry(zip: Uint8Array, name: string): string {
  const bytes = asBuffer(zip);
  const entry = entries(bytes).find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`${name}: not in the archive`);
  const { localHeader, compressedSize, method } = entry;
  const dataStart = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
  const data = bytes.subarray(dataStart, dataStart + compressedSize);
  if (method === 0) return data.toString("utf8");
  if (method === 8) return inflateRawSync(data).toString("utf8");
  throw new Error(`${name}: compression method ${method}`);
}

/** The names of the files in a zip archive, in the central directory's order. */
export function zipNames(zip: Uint8Array): string[] {
  return entries(asBuffer(zip)).map((entry) => entry.name);
}
