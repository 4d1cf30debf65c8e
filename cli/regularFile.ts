import { constants } from "node:fs";
import { lstat, open, type FileHandle } from "node:fs/promises";
import { FileRefused, sizeText } from "./fileErrors";

/** Bytes read at a time: a file that grows while it is read is still read only up to its limit. */
const CHUNK = 1 << 20;

/**
 * O_NONBLOCK: opening a FIFO does not wait for a writer (then fstat refuses it); no effect on a regular file.
 * Windows has no such flag (and no FIFOs at a path).
 */
const NONBLOCK = constants.O_NONBLOCK ?? 0;
/** O_NOFOLLOW: open fails on a symbolic link instead of going through it. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

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
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of regularFileChunks(path, maxBytes)) {
    chunks.push(Buffer.from(chunk));
    total += chunk.length;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/**
 * The bytes of a regular file, a chunk at a time (refused and limited as {@link readRegularFile}), so a large file
 * is read in the memory of one chunk. Each chunk is valid until the next is asked for (the buffer is reused).
 * @throws {FileRefused} as {@link readRegularFile}, a file that grows past `maxBytes` when it gets there.
 */
export async function* regularFileChunks(path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
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
    const buffer = Buffer.allocUnsafe(CHUNK);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, maxBytes + 1 - total), null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(total);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `path`, a file of the CLI's own making (the sample CSV, a template). Never through a
 * symbolic link, even with `force` (`outIsSymlink`), never over anything but a regular file (`fileIsFolder`,
 * `notRegularFile`), and over an existing file only with `force` (`outExists`). A new file is created with
 * O_CREAT|O_EXCL, which fails on anything that appeared at the path meanwhile (a symbolic link included); an
 * existing one is opened with O_NOFOLLOW and checked by its descriptor before it is truncated.
 * @throws {FileRefused} as above.
 * @throws {Error} Node's, with its `code`, when the folder cannot be written.
 */
export async function writeOwnFile(path: string, bytes: Uint8Array | string, force: boolean): Promise<void> {
  const existing = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (existing?.isSymbolicLink()) throw new FileRefused("outIsSymlink");
  if (existing?.isDirectory()) throw new FileRefused("fileIsFolder");
  if (existing !== undefined && !existing.isFile()) throw new FileRefused("notRegularFile");
  if (existing !== undefined && !force) throw new FileRefused("outExists");
  const flags =
    existing === undefined
      ? constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
      : constants.O_WRONLY | NOFOLLOW | NONBLOCK;
  let handle: FileHandle;
  try {
    handle = await open(path, flags, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new FileRefused("outExists");
    if (code === "ELOOP") throw new FileRefused("outIsSymlink");
    throw error;
  }
  try {
    // Whatever replaced the file between lstat and open, only a regular file is written.
    if (!(await handle.stat()).isFile()) throw new FileRefused("notRegularFile");
    await handle.truncate(0);
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}
