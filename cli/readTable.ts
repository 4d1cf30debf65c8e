import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Grid } from "../core/model/cells";
import type { StageList } from "../core/model/stages";
import { findDealSheet } from "./xlsx/findDealSheet";
import { readWorkbook } from "./xlsx/readWorkbook";
import { workbookStages } from "./xlsx/workbookStages";

/** A table read from a file: its cells, where they sit, and how the file was decoded. */
export interface ReadTable {
  /** The deal log's rows, header first (a CSV: every row; a workbook: the deal sheet from its header row). */
  readonly grid: Grid;
  /** Sheet row number of the grid's first row (1 for a CSV). */
  readonly firstRow: number;
  /** How a CSV was decoded, or "xlsx". */
  readonly encoding: "utf-8" | "utf-8-bom" | "gb18030" | "utf-16" | "xlsx";
  /** The workbook sheet the grid comes from. */
  readonly sheet?: string;
  /** The workbook's own stage list (its Stages sheet), when it has one and no list was given. */
  readonly stages?: StageList;
}

/** Why a file could not be read, for the caller to say in the user's language (see cliText). */
export class ReadTableError extends Error {
  override readonly name = "ReadTableError";
  constructor(
    readonly reason: "unsupportedFile" | "notAWorkbook",
    /** What was wrong: the extension, or the reader's own one-line message. */
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${reason}: ${detail}`, options);
  }
}

/** How to read a file. */
export interface ReadTableOptions {
  /** The stages that mark a workbook's deal sheet (default: the default stages, both languages). */
  readonly stages?: StageList;
}

/**
 * Decodes CSV bytes without asking: a UTF-8 byte-order mark → UTF-8; valid UTF-8 → UTF-8; otherwise GB18030,
 * which is what Excel and WPS on a Chinese-locale Windows write for "CSV". (GB18030 is a superset of GBK and
 * GB2312; Node's full ICU decodes it.)
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: ReadTable["encoding"] } {
  // Excel's "Unicode Text" (.txt) is UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/**
 * Parses CSV text into rows of strings (quoted fields, CRLF, ragged rows allowed). The delimiter is a comma,
 * or a tab when the first line has more tabs than commas (Excel's "Text (Tab delimited)" and "Unicode Text").
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  const delimiter = count("\t") > count(",") ? "\t" : ",";
  return parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true, delimiter }) as string[][];
}

/**
 * Reads a deal log file. `.csv` (and `.txt`) are decoded and parsed here; `.xlsx` and `.xlsm` are read with
 * exceljs and the deal sheet found by its header row ({@link findDealSheet}). A workbook with no such sheet
 * gives its first sheet whole, so the caller reports it as "not a deal log" (or reads a one-column log).
 * @throws {ReadTableError} for a file type it does not read, or a workbook it cannot open.
 * @throws {Error} (Node's, one line) when the file cannot be opened at all.
 * @example
 * const table = await readTable("pipeline.xlsx");
 * table.sheet    //=> "Deals"
 * table.firstRow //=> 3 (a title row and a blank row above the header)
 */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<ReadTable> {
  const extension = extname(path).toLowerCase();
  if (extension === ".xlsx" || extension === ".xlsm") return readWorkbookTable(path, options);
  if (extension !== ".csv" && extension !== ".txt") {
    throw new ReadTableError("unsupportedFile", extension || path);
  }
  const bytes = await readFile(path);
  const { text, encoding } = decodeCsv(bytes);
  return { grid: parseCsv(text), firstRow: 1, encoding };
}

async function readWorkbookTable(path: string, options: ReadTableOptions): Promise<ReadTable> {
  let sheets;
  try {
    sheets = await readWorkbook(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw error;
    throw new ReadTableError("notAWorkbook", (error as Error).message.split("\n")[0], { cause: error });
  }
  const stages = options.stages ?? workbookStages(sheets);
  const found = findDealSheet(sheets, stages);
  if (found !== undefined) {
    return { grid: found.grid, firstRow: found.firstRow, encoding: "xlsx", sheet: found.name, stages: options.stages ? undefined : stages };
  }
  return { grid: sheets[0]?.grid ?? [], firstRow: 1, encoding: "xlsx", sheet: sheets[0]?.name };
}
