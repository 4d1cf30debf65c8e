import type { Locale } from "../core/model/locale";
import { cliText } from "./cliText";

/** Why the CLI refuses a file before (or instead of) reading or writing it; each has its message in cliText. */
export type FileRefusalReason =
  /** A device, FIFO or socket (reading /dev/zero grows without end; a FIFO blocks until someone writes). */
  | "notRegularFile"
  | "fileIsFolder"
  /** Longer than a file of its kind may be: `size`, `limit`. */
  | "fileTooLarge"
  /** A workbook whose parts unpack to more than the limit: `size`, `limit`. */
  | "workbookTooLarge"
  /** A workbook that unpacks to more than `limit` times its size past `floor`: `ratio`. */
  | "workbookBomb"
  /** A workbook whose tables, as read, would hold more cells than the limit: `sheet`, `rows`, `columns`, `limit`. */
  | "tableTooLarge"
  | "outExists"
  /** The output path is a symbolic link: never written through, even with --force. */
  | "outIsSymlink";

/** A file the CLI will not read or write, and why (said by {@link fileErrorText}). */
export class FileRefused extends Error {
  override readonly name = "FileRefused";
  constructor(
    readonly reason: FileRefusalReason,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${reason} ${JSON.stringify(params)}`);
  }
}

/**
 * A file-system failure or a {@link FileRefused} in the user's language (Node's own text is English only).
 * @example
 * fileErrorText(Object.assign(new Error("…"), { code: "EACCES" }), "en") //=> "permission denied"
 */
export function fileErrorText(error: unknown, locale: Locale): string {
  if (error instanceof FileRefused) return cliText(locale, error.reason, error.params);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return cliText(locale, "fileNotFound");
  if (code === "EACCES" || code === "EPERM") return cliText(locale, "fileNoAccess");
  if (code === "EISDIR") return cliText(locale, "fileIsFolder");
  if (code === "ENOTDIR") return cliText(locale, "fileNotFolder");
  // open(2) of a socket; of a FIFO for writing with no reader (O_NONBLOCK).
  if (code === "ENXIO") return cliText(locale, "notRegularFile");
  return cliText(locale, "fileOther", { detail: code ?? (error as Error).message.split("\n")[0] });
}

const UNITS = [
  ["GiB", 2 ** 30],
  ["MiB", 2 ** 20],
  ["KiB", 2 ** 10],
] as const;

/**
 * A size in bytes as a person reads it: GiB, MiB or KiB, whole when it is whole, else one decimal.
 * @example
 * sizeText(2 ** 31)            //=> "2 GiB"
 * sizeText(3 * 2 ** 30 + 5000) //=> "3.0 GiB"
 * sizeText(300 * 2 ** 20)      //=> "300 MiB"
 */
export function sizeText(bytes: number): string {
  for (const [unit, size] of UNITS) {
    if (bytes >= size) return `${bytes % size === 0 ? bytes / size : (bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} B`;
}
