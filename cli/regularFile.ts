import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { FileRefused, sizeText } from "./fileErrors";

/** Bytes read at a time: a file that grows while it is read is still read only up to its limit. */
const CHUNK = 1 << 20;

/**
 * O_NONBLOCK: opening a FIFO does not wait for a writer (then fstat refuses it); no effect on a regular file.
 * Windows has no such flag (and no FIFOs at a path).
 */
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * The bytes of a regular file, refused before reading when it is anything else: a folder (`fileIsFolder`), a
 * device, FIFO or socket (`notRegularFile`: /dev/zero never ends, a FIFO blocks), or longer than `maxBytes`
 * (`fileTooLarge`, said with the limit). A symbolic link is followed to what it points at, which must be a
 * regular file. The file is opened once and checked by the descriptor (fstat), so what is read is what was
 * checked; reading stops past `maxBytes` even if the file grows meanwhile.
 * @throws {FileRefused} as above.
 * @throws {Error} Node's, with its `code` (ENOENT, EACCES…), when the file cannot be opened.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    // Windows opens no folder for reading.
    if ((error as NodeJS.ErrnoException).code === "EISDIR") throw new FileRefused("fileIsFolder");
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new FileRefused("fileIsFolder");
    if (!stats.isFile()) throw new FileRefused("notRegularFile");
    const tooLarge = (size: number) => new FileRefused("fileTooLarge", { size: sizeText(size), limit: sizeText(maxBytes) });
    if (stats.size > maxBytes) throw tooLarge(stats.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(total);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
