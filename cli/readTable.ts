import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

/** A table read from a file, and how it was decoded. */
export interface ReadTable {
  readonly grid: string[][];
  readonly encoding: "utf-8" | "utf-8-bom" | "gb18030";
}

/**
 * Decodes CSV bytes without asking: a UTF-8 byte-order mark → UTF-8; valid UTF-8 → UTF-8; otherwise GB18030,
 * which is what Excel and WPS on a Chinese-locale Windows write for "CSV". (GB18030 is a superset of GBK and
 * GB2312; Node's full ICU decodes it.)
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: ReadTable["encoding"] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** Parses CSV text into rows of strings (quoted fields, commas, CRLF, ragged rows allowed). */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
}

/**
 * Reads a deal log file. `.csv` (and `.txt`) are decoded and parsed here.
 * @throws {Error} with a one-line reason when the file cannot be read.
 */
export async function readTable(path: string): Promise<ReadTable> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".csv" && extension !== ".txt") {
    throw new Error(`unsupported file type "${extension || path}": use .csv`);
  }
  const bytes = await readFile(path);
  const { text, encoding } = decodeCsv(bytes);
  return { grid: parseCsv(text), encoding };
}
