import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { NotAZip, type ZipPart } from "./zipSizes";

/** Compressed bytes handed to the inflater at a time (its output waits for the reader: no part is unpacked whole). */
const FEED_BYTES = 1 << 16;
/** Unpacked bytes handed over at a time. */
const CHUNK_BYTES = 1 << 18;

/**
 * One part of a zip archive held in memory, unpacked as a stream of byte chunks in order. Stopping early (a
 * `break`) stops the inflater. A part that unpacks to more than its central directory declares is damaged
 * ({@link NotAZip}), stopped there.
 * @throws {NotAZip} for a part larger than it declares or compressed by a method other than stored or deflate.
 * @throws {Error} zlib's, for deflate data that is damaged.
 */
export async function* zipPartBytes(archive: Buffer, part: ZipPart): AsyncGenerator<Buffer> {
  const data = archive.subarray(part.dataStart, part.dataStart + part.compressedSize);
  if (data.length !== part.compressedSize) throw new NotAZip("a part runs past the end of the archive");
  if (part.method === 0) {
    if (data.length > part.size) throw new NotAZip("a part is larger than it declares");
    for (let at = 0; at < data.length; at += CHUNK_BYTES) yield data.subarray(at, at + CHUNK_BYTES);
    return;
  }
  if (part.method !== 8) throw new NotAZip(`compression method ${part.method}`);
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  const source = Readable.from(feed(data), { objectMode: false });
  source.on("error", (error) => inflate.destroy(error));
  source.pipe(inflate);
  let size = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > part.size) throw new NotAZip("a part is larger than it declares");
      yield chunk;
    }
  } finally {
    source.unpipe(inflate);
    source.destroy();
    inflate.destroy();
  }
}

function* feed(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += FEED_BYTES) yield data.subarray(at, at + FEED_BYTES);
}

/**
 * The part as UTF-8 text pieces in order ({@link zipPartBytes}); a piece may end inside a tag: the caller joins.
 */
export async function* zipPartText(archive: Buffer, part: ZipPart): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of zipPartBytes(archive, part)) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** A whole (small) part as text: the workbook, its relationships, the styles. */
export async function zipPartString(archive: Buffer, part: ZipPart): Promise<string> {
  const pieces: string[] = [];
  for await (const piece of zipPartText(archive, part)) pieces.push(piece);
  return pieces.join("");
}
