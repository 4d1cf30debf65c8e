import { createInflateRaw } from "node:zlib";
import { FileRefused, sizeText } from "../fileErrors";

/**
 * The most a workbook's parts may unpack to, together: 2 GiB. A real deal log of 1,000,000 rows × 14 columns
 * is about 0.6 GB of sheet XML (some 40 bytes a cell), so it is admitted with room to spare; a zip bomb's
 * declared gigabytes are not.
 */
export const MAX_UNPACKED_BYTES = 2 * 2 ** 30;
/**
 * How many times its own size a workbook may unpack to, once it unpacks to more than {@link BOMB_FLOOR_BYTES}.
 * Real workbooks unpack 5–20× (the template with 2,000 sample deals: 10.9×, its most repetitive sheet 17.7×);
 * deflate tops out near 1,030×, which is what a bomb uses.
 */
export const MAX_UNPACK_RATIO = 100;
/** Below this a workbook may unpack by any ratio: a few tens of MB cost little whatever their source. */
export const BOMB_FLOOR_BYTES = 64 * 2 ** 20;

/** One part of a zip archive as its central directory describes it. */
export interface ZipPart {
  /** Its path in the archive, "xl/worksheets/sheet1.xml" (UTF-8, or Latin-1 without the UTF-8 flag). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the part's data starts in the archive. */
  readonly dataStart: number;
}

/** Signatures (APPNOTE.TXT 4.3). */
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_U32 = 0xffffffff;

/** Not a zip archive we can vouch for: the caller says "damaged" (the text is never shown). */
export class NotAZip extends Error {}

/**
 * Refuses a workbook, before it is unpacked, whose parts would unpack to too much: more than
 * {@link MAX_UNPACKED_BYTES} together as its central directory declares them (`workbookTooLarge`), or more than
 * {@link MAX_UNPACK_RATIO} times the file's size once past {@link BOMB_FLOOR_BYTES} (`workbookBomb`). Then, since
 * a header can lie, inflates each deflated part as a stream, keeping nothing, and stops at the first byte past its
 * declared size: such a part is damaged or forged. (The zip reader exceljs uses would unpack the whole part
 * before it checks the size.) The cost is one extra pass of inflation, about a second per 300 MB unpacked.
 * @throws {FileRefused} `workbookTooLarge`, `workbookBomb`.
 * @throws {Error} when the bytes are not a zip archive this reads, or a part is larger than it declares.
 */
export async function checkZipSizes(zip: Uint8Array): Promise<void> {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const parts = zipParts(bytes);
  const total = parts.reduce((sum, part) => sum + part.size, 0);
  if (total > MAX_UNPACKED_BYTES) throw new FileRefused("workbookTooLarge", { size: sizeText(total), limit: sizeText(MAX_UNPACKED_BYTES) });
  if (total > BOMB_FLOOR_BYTES && total > MAX_UNPACK_RATIO * bytes.length) {
    const ratio = Math.floor(total / bytes.length).toLocaleString("en-US");
    throw new FileRefused("workbookBomb", { ratio, limit: MAX_UNPACK_RATIO, floor: sizeText(BOMB_FLOOR_BYTES) });
  }
  for (const part of parts) {
    if (part.method !== 8) continue;
    const data = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
    if (data.length !== part.compressedSize || (await inflatesPast(data, part.size))) throw new NotAZip("a part is larger than it declares");
  }
}

/** True when raw-deflate `data` inflates to more than `limit` bytes; stops inflating there. Nothing is kept. */
function inflatesPast(data: Buffer, limit: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(true);
      }
    });
    inflate.on("end", () => resolve(false));
    inflate.on("error", reject);
    inflate.end(data);
  });
}

/**
 * The parts of a zip archive from its central directory (ZIP64 included), found as the zip reader exceljs uses
 * finds them (JSZip): the last end-of-directory record, offsets shifted by any bytes prepended to the archive.
 */
export function zipParts(bytes: Buffer): ZipPart[] {
  let end = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= lowest && bytes.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < lowest) throw new NotAZip("no end of central directory");
  let count = bytes.readUInt16LE(end + 10);
  let directorySize = bytes.readUInt32LE(end + 12);
  let directoryOffset = bytes.readUInt32LE(end + 16);
  let directoryEnd = end;
  if (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const zip64End = safeNumber(bytes.readBigUInt64LE(end - 12));
    if (zip64End + 56 > bytes.length || bytes.readUInt32LE(zip64End) !== ZIP64_END) throw new NotAZip("bad zip64 end record");
    count = safeNumber(bytes.readBigUInt64LE(zip64End + 32));
    directorySize = safeNumber(bytes.readBigUInt64LE(zip64End + 40));
    directoryOffset = safeNumber(bytes.readBigUInt64LE(zip64End + 48));
    directoryEnd = zip64End;
  }
  // Bytes before the archive (a self-extractor's stub) shift every offset by as much.
  const shift = directoryEnd - (directoryOffset + directorySize);
  if (shift < 0) throw new NotAZip("central directory past its end");
  const parts: ZipPart[] = [];
  let entry = directoryOffset + shift;
  for (let index = 0; index < count; index++) {
    if (entry + 46 > bytes.length || bytes.readUInt32LE(entry) !== DIRECTORY_ENTRY) throw new NotAZip("bad central directory entry");
    const nameLength = bytes.readUInt16LE(entry + 28);
    const extraLength = bytes.readUInt16LE(entry + 30);
    let compressedSize = bytes.readUInt32LE(entry + 20);
    let size = bytes.readUInt32LE(entry + 24);
    let localHeader = bytes.readUInt32LE(entry + 42);
    // ZIP64 extended information (header 0x0001): 8-byte values for the fields that read 0xFFFFFFFF, in order.
    const extraEnd = entry + 46 + nameLength + extraLength;
    for (let field = entry + 46 + nameLength; field + 4 <= extraEnd; ) {
      const id = bytes.readUInt16LE(field);
      const length = bytes.readUInt16LE(field + 2);
      if (id === 0x0001) {
        let at = field + 4;
        const next = () => {
          if (at + 8 > field + 4 + length) throw new NotAZip("short zip64 field");
          const value = safeNumber(bytes.readBigUInt64LE(at));
          at += 8;
          return value;
        };
        if (size === MAX_U32) size = next();
        if (compressedSize === MAX_U32) compressedSize = next();
        if (localHeader === MAX_U32) localHeader = next();
      }
      field += 4 + length;
    }
    const local = localHeader + shift;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) throw new NotAZip("bad local header");
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const name = bytes.toString(bytes.readUInt16LE(entry + 8) & 0x800 ? "utf8" : "latin1", entry + 46, entry + 46 + nameLength);
    parts.push({ name, method: bytes.readUInt16LE(entry + 10), compressedSize, size, dataStart });
    entry = extraEnd + bytes.readUInt16LE(entry + 32);
  }
  return parts;
}

/** A 64-bit zip field as a number; one past 2^53 is no archive that fits in memory. */
function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new NotAZip("64-bit field out of range");
  return Number(value);
}
