import { extname } from "node:path";
import { TextEncoder } from "node:util";
import { CsvScanner, UnclosedQuote } from "./csv/csvScanner";
import { FieldStrings } from "./csv/fieldStrings";
import type { Grid } from "../core/model/cells";
import { stageList, type StageList } from "../core/model/stages";
import { currentStageHeaderRow } from "../core/parse/currentStageColumns";
import { stageHeaderRow } from "../core/parse/headerRow";
import { FileRefused } from "./fileErrors";
import { readRegularFile } from "./regularFile";
import { chooseDealSheet, readingStages, sheetHead } from "../core/report/readingPolicy";
import { readWorkbook } from "./xlsx/readWorkbook";
import { workbookStages } from "./xlsx/workbookStages";

/** A table read from a file: its cells, where they sit, and how the file was decoded. */
export interface ReadTable {
  /** The deal log's rows, header first (from its header row: rows of a title above it are left out). */
  readonly grid: Grid;
  /** Sheet (or CSV record) row number of the grid's first row, so problems name the rows a spreadsheet shows. */
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
    readonly reason: "unsupportedFile" | "damagedWorkbook" | "csvQuotes" | "csvLineTooLong",
    /**
     * What was wrong: the extension (unsupportedFile), the line of the CSV where a quote opens that does not close
     * (csvQuotes) or that never ends (csvLineTooLong), or the zip reader's own one-line English message (damagedWorkbook: kept for a log, never shown).
     */
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${reason}: ${detail}`, options);
  }
}

/**
 * The most a CSV read whole may be: 256 MiB (V8 cannot hold a string of more than 2^29 − 24 characters, ~512 MiB
 * of ASCII, and a grid of strings takes several times the file). {@link readTable} reads whole (the tests' grid
 * reader), and so does the CLI for Excel's UTF-16 "Unicode text"; the CLI streams every other CSV
 * (csv/readCsvLog.ts, up to its own MAX_CSV_BYTES).
 */
export const MAX_WHOLE_CSV_BYTES = 256 * 2 ** 20;

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

const DELIMITERS = [",", "\t", ";"] as const;

/**
 * The delimiter of CSV text: of comma, tab and semicolon (European Excel's "CSV"), the one that occurs most,
 * outside quotes, in the first line that has any of them among the first 20 non-empty lines; ties go to the comma,
 * then the tab. A comma when no line has any (a one-column file).
 * @example
 * csvDelimiter("Deal ID;Lead;Won\nD1;2026-01-05;\n") //=> ";"
 * csvDelimiter('"a;b;c",d\n')                         //=> ","
 */
export function csvDelimiter(text: string): string {
  let lines = 0;
  let start = 0;
  while (start < text.length && lines < 20) {
    const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
    let quoted = false;
    let end = start;
    for (; end < text.length; end++) {
      const char = text[end];
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === "\n" || char === "\r")) break;
      else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    }
    let best: string = DELIMITERS[0];
    for (const delimiter of DELIMITERS) if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
    if (counts.get(best)! > 0) return best;
    if (text.slice(start, end).trim() !== "") lines++;
    start = end + 1;
  }
  return ",";
}

/**
 * Parses CSV text into rows of strings (quoted fields, CRLF, ragged rows allowed), the delimiter chosen by
 * {@link csvDelimiter}, with the scanner the CLI streams files with (csv/csvScanner.ts). A quote inside an
 * unquoted field is an ordinary character, as Excel reads it (`Acme "Big" Co`).
 * @throws {ReadTableError} `csvQuotes`, with the line where the quote opens, when a quoted field never closes.
 * @example
 * parseCsv('编号,客户\nA1,Acme "Big" Co\n') //=> [["编号", "客户"], ["A1", 'Acme "Big" Co']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const strings = new FieldStrings("utf-8");
  const scanner = new CsvScanner(csvDelimiter(text).charCodeAt(0), (record) => rows.push(strings.row(record)));
  try {
    scanner.push(new TextEncoder().encode(text.startsWith("\uFEFF") ? text.slice(1) : text));
    scanner.end();
  } catch (error) {
    if (error instanceof UnclosedQuote) throw new ReadTableError("csvQuotes", String(error.line), { cause: error });
    throw error;
  }
  return rows;
}

/**
 * Reads a deal log file. `.csv` (and `.txt`) are decoded and parsed here; `.xlsx` and `.xlsm` are read with
 * exceljs and the deal sheet chosen by the reading policy of every surface (core/report/readingPolicy.ts
 * {@link chooseDealSheet}: a file has no active sheet, so the deal log with the most rows). A workbook with no such
 * sheet gives its first sheet but the Stages sheet whole, so the caller reports it as "not a deal log" (or reads a
 * one-column log). In a CSV,
 * as in a sheet, the header is the first of the first 20 rows that names two stages ({@link stageHeaderRow}),
 * else the first that is a current-stage export's header ({@link currentStageHeaderRow}), else the first row.
 * The file must be a regular file (a symbolic link to one is followed): a folder, device, FIFO or socket is
 * refused before anything is read, and so is a CSV over {@link MAX_WHOLE_CSV_BYTES} or a workbook over the limits of
 * {@link readWorkbook}.
 * @throws {ReadTableError} for a file type it does not read, a workbook it cannot open, or a CSV quote that
 * never closes.
 * @throws {FileRefused} for a file that is no regular file or is too large.
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
  const bytes = await readRegularFile(path, MAX_WHOLE_CSV_BYTES);
  const { text, encoding } = decodeCsv(bytes);
  const rows = parseCsv(text);
  // A title above the header (2026年一季度销售台账) is passed over as in a workbook, for a wide log's header and then
  // for a current-stage export's (当前阶段 beside dates); else the first row is the header.
  const wide = stageHeaderRow(rows, options.stages ?? stageList());
  const header = Math.max(0, wide >= 0 ? wide : currentStageHeaderRow(rows));
  return { grid: header === 0 ? rows : rows.slice(header), firstRow: header + 1, encoding };
}

async function readWorkbookTable(path: string, options: ReadTableOptions): Promise<ReadTable> {
  let sheets;
  try {
    sheets = await readWorkbook(path);
  } catch (error) {
    // Not the file's content: a refusal (folder, device, size) or the file system's own failure (ENOENT, EACCES).
    if (error instanceof FileRefused || typeof (error as NodeJS.ErrnoException).syscall === "string") throw error;
    // The zip reader's own text is English with a web address: the user is told in their language instead.
    throw new ReadTableError("damagedWorkbook", (error as Error).message.split("\n")[0], { cause: error });
  }
  // One policy for every surface (core/report/readingPolicy.ts): which sheet, and the stage list — --stages, else
  // the workbook's Stages sheet when the log fits it, else the default stages.
  const stages = { given: options.stages, workbook: options.stages === undefined ? workbookStages(sheets) : undefined };
  const choice = chooseDealSheet(sheets.map((sheet) => sheetHead(sheet.name, sheet.grid)), stages);
  if (choice.kind === "found") {
    const grid = sheets[choice.index].grid.slice(choice.headerRow);
    const own = options.stages === undefined ? readingStages(grid, stages).stages : undefined;
    return { grid, firstRow: choice.headerRow + 1, encoding: "xlsx", sheet: choice.name, stages: own };
  }
  const fallback = choice.fallback === undefined ? undefined : sheets[choice.fallback.index];
  return { grid: fallback?.grid ?? [], firstRow: 1, encoding: "xlsx", sheet: fallback?.name };
}
