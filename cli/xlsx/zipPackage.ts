import { once } from "node:events";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/**
 * A zip archive (an .xlsx package) written part by part with Node's own zlib: a part is either text held whole
 * (the small parts) or text produced in chunks (a big sheet's rows), deflated as it comes, so the uncompressed
 * text of a big part is never held at once. Only the compressed bytes are kept, and returned as one Buffer.
 *
 * Files only (no folder entries), UTF-8 names, one fixed timestamp (1980-01-01 00:00, the zip epoch), so the same
 * parts always give the same bytes. No Zip64: a part over 4 GiB is refused (an .xlsx reader refuses far less).
 * @example
 * const zip = new ZipPackage();
 * zip.addText("[Content_Types].xml", typesXml);
 * await zip.addChunks("xl/worksheets/sheet1.xml", rowsOfXml());
 * const bytes = zip.finish();
 */
export class ZipPackage {
  private readonly chunks: Buffer[] = [];
  private readonly central: Buffer[] = [];
  private offset = 0;
  private count = 0;

  /** zlib's level: 6, its default and JSZip's (the old writer's). */
  constructor(private readonly level = 6) {}

  /** Adds a part held whole. */
  addText(name: string, text: string | Buffer): void {
    const data = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    this.addEntry(name, crc32(data), data.length, [deflateRawSync(data, { level: this.level })]);
  }

  /** Adds a part whose text comes in chunks, deflating each as it comes. */
  async addChunks(name: string, texts: Iterable<string | Buffer>): Promise<void> {
    const deflate = createDeflateRaw({ level: this.level });
    const compressed: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => compressed.push(chunk));
    const ended = once(deflate, "end");
    let crc = 0;
    let size = 0;
    for (const text of texts) {
      const data = typeof text === "string" ? Buffer.from(text, "utf8") : text;
      crc = crc32(data, crc);
      size += data.length;
      if (!deflate.write(data)) await once(deflate, "drain");
    }
    deflate.end();
    await ended;
    this.addEntry(name, crc, size, compressed);
  }

  /** The archive: the parts in the order they were added, then the central directory. Call once. */
  finish(): Buffer {
    const directory = Buffer.concat(this.central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(this.offset, 16);
    const archive = Buffer.concat([...this.chunks, directory, end]);
    this.chunks.length = 0;
    this.central.length = 0;
    return archive;
  }

  private addEntry(name: string, crc: number, size: number, compressed: readonly Buffer[]): void {
    const compressedSize = compressed.reduce((sum, chunk) => sum + chunk.length, 0);
    if (size > 0xffffffff || compressedSize > 0xffffffff || this.offset > 0xffffffff || this.count >= 0xffff) {
      throw new RangeError(`ZipPackage: ${name} is too large for a zip without Zip64`);
    }
    const fileName = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // 00:00
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    header.writeUInt16LE(20, 6);
    local.copy(header, 8, 6, 30); // flags … extra length, as in the local header
    header.writeUInt32LE(this.offset, 42);
    this.central.push(header, fileName);

    this.chunks.push(local, fileName, ...compressed);
    this.offset += local.length + fileName.length + compressedSize;
    this.count++;
  }
}

/** 1980-01-01 as an MS-DOS date: (year − 1980) << 9 | month << 5 | day. */
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
