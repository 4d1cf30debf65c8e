import { readRegularFile } from "../regularFile";
import { GridRows, type GridBatch } from "./gridRows";
import { MergeMask, mergedRanges } from "./mergeMask";
import { MAX_TABLE_CELLS, MAX_XLSX_BYTES } from "./readWorkbook";
import { SheetXmlScanner, type CellContext } from "./sheetXmlScanner";
import { dateStyles, isDate1904, sharedStrings, workbookSheets, type WorkbookSheet } from "./workbookParts";
import { zipPartString, zipPartText } from "./zipPartText";
import { checkZipSizes, zipParts, type ZipPart } from "./zipSizes";

export type { SheetState, WorkbookSheet } from "./workbookParts";
export type { GridBatch } from "./gridRows";

/** How {@link StreamedWorkbook.streamSheetRows} hands rows over. */
export interface StreamSheetOptions {
  /** Cells (rows × the grid's width) in a batch; default 65,536 (4,681 rows of 14 columns). At least one row. */
  readonly batchCells?: number;
  /**
   * The most cells the sheet's grid may hold (last filled row × width), default {@link MAX_STREAMED_CELLS}.
   * Past it the stream stops with `tableTooLarge` before handing on the row that passes it.
   */
  readonly maxCells?: number;
}

/** What a stream of a sheet did. */
export interface StreamedSheet {
  /** Grid rows handed over (a stopped stream: up to the batch it stopped at). */
  readonly rows: number;
  /** True when `onRows` said "stop". */
  readonly stopped: boolean;
}

/**
 * The most cells one streamed sheet's grid may hold: readWorkbook's {@link MAX_TABLE_CELLS} (50,000,000, say
 * 1,000,000 deals × 50 columns), but for the sheet alone, not for the workbook's sheets together: a stream holds
 * one batch, so memory no longer grows with the cells; time does (about 1.5 s per million cells here), which is
 * what the limit now bounds.
 */
export const MAX_STREAMED_CELLS = MAX_TABLE_CELLS;

/**
 * An .xlsx (or .xlsm) workbook opened for streaming: its worksheets known, no sheet's cells read. Each sheet is
 * then read as a stream of rows ({@link streamSheetRows}) equal to the rows of the grid readWorkbook makes of it,
 * while memory holds the file's bytes, the shared strings table and one batch of rows.
 *
 * Opening checks what readWorkbook checks, with the same refusals: a path must be a regular file of at most
 * {@link MAX_XLSX_BYTES}; the archive's declared and actual unpacked sizes pass {@link checkZipSizes}.
 * @example
 * const workbook = await StreamedWorkbook.open("deals.xlsx");
 * workbook.sheets.map((sheet) => sheet.name) //=> ["Guide", "Deals"]
 * await workbook.streamSheetRows("Deals", (rows, first) => { … });
 */
export class StreamedWorkbook {
  private strings: Promise<string[]> | undefined;

  private constructor(
    private readonly archive: Buffer,
    private readonly parts: ReadonlyMap<string, ZipPart>,
    /** The worksheets in tab order, hidden ones included (as readWorkbook lists them). */
    readonly sheets: readonly WorkbookSheet[],
    private readonly styles: readonly boolean[],
    private readonly date1904: boolean,
  ) {}

  /**
   * Opens a workbook: a file path, or the file's bytes.
   * @throws {FileRefused} for a file that is no regular file, or too large on disk or unpacked.
   * @throws {Error} when the file cannot be read or is not a zip archive (the same errors readWorkbook gives).
   */
  static async open(source: string | Uint8Array): Promise<StreamedWorkbook> {
    const archive =
      typeof source === "string" ? await readRegularFile(source, MAX_XLSX_BYTES) : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    await checkZipSizes(archive);
    const parts = new Map(zipParts(archive).map((part) => [part.name, part] as const));
    const text = async (name: string) => {
      const part = parts.get(name);
      return part === undefined ? "" : zipPartString(archive, part);
    };
    const workbookXml = await text("xl/workbook.xml");
    const sheets = workbookSheets(workbookXml, await text("xl/_rels/workbook.xml.rels"), (path) => parts.has(path));
    return new StreamedWorkbook(archive, parts, sheets, dateStyles(await text("xl/styles.xml")), isDate1904(workbookXml));
  }

  /**
   * Streams one worksheet's grid rows in sheet order, in batches: `onRows(rows, firstRowNumber)`, each row an
   * array as wide as the grid, valued as readWorkbook's {@link cellValue} (numbers, a date cell's serial,
   * strings, booleans, error text, a formula's cached result, `""` for blanks), a missing row as an empty row, so
   * that `rows[i]` is sheet row `firstRowNumber + i`. Together the batches are exactly readWorkbook's grid of the
   * sheet. `onRows` may return "stop" to end the stream there (say after the first 20 rows).
   * @param sheet a sheet's name, or its index in {@link sheets}.
   * @throws {RangeError} when the workbook has no such worksheet.
   * @throws {FileRefused} `tableTooLarge` as the grid passes `maxCells`.
   * @throws {Error} for a damaged sheet (rows out of order, deflate data or sizes that do not hold).
   */
  async streamSheetRows(sheet: string | number, onRows: GridBatch, options: StreamSheetOptions = {}): Promise<StreamedSheet> {
    const found = typeof sheet === "number" ? this.sheets[sheet] : this.sheets.find((candidate) => candidate.name === sheet);
    if (found === undefined) throw new RangeError(`no worksheet ${JSON.stringify(sheet)} in the workbook`);
    const part = this.parts.get(found.path)!;
    const context: CellContext = { sharedStrings: await this.sharedStrings(), dateStyles: this.styles, date1904: this.date1904 };
    const mask = new MergeMask(await mergedRanges(this.archive, part));
    const grid = new GridRows(found.name, onRows, options.maxCells ?? MAX_STREAMED_CELLS, options.batchCells);
    const scanner = new SheetXmlScanner(context, (rowNumber, columns, values) => {
      if (!mask.isEmpty) {
        mask.apply(rowNumber, columns as number[], values as unknown[]);
        if (columns.length === 0) return false;
      }
      return grid.push(rowNumber, columns, values);
    });
    for await (const piece of zipPartText(this.archive, part)) {
      scanner.push(piece);
      if (scanner.done) break;
    }
    scanner.end();
    if (!grid.isStopped) grid.end();
    return { rows: grid.rows, stopped: grid.isStopped };
  }

  private sharedStrings(): Promise<string[]> {
    if (this.strings === undefined) {
      const part = this.parts.get("xl/sharedStrings.xml");
      this.strings = part === undefined ? Promise.resolve([]) : sharedStrings(this.archive, part);
    }
    return this.strings;
  }
}

/**
 * The names of a workbook's worksheets in tab order, hidden and very hidden ones included (as readWorkbook lists
 * them; see {@link StreamedWorkbook.sheets} for which are hidden). No sheet's cells are read, but the file is
 * checked as readWorkbook checks it. To stream sheets of the same file afterwards, open it once with
 * {@link StreamedWorkbook.open} instead.
 * @example
 * await workbookSheetNames("deals.xlsx") //=> ["Guide", "Deals", "Stages"]
 */
export async function workbookSheetNames(source: string | Uint8Array): Promise<string[]> {
  return (await StreamedWorkbook.open(source)).sheets.map((sheet) => sheet.name);
}

/**
 * Opens a workbook and streams one sheet's grid rows ({@link StreamedWorkbook.streamSheetRows}).
 * @example
 * await streamSheetRows("deals.xlsx", "Deals", (rows, first) => {
 *   if (first === 1) header = rows[0];
 *   …
 * });
 */
export async function streamSheetRows(
  source: string | Uint8Array,
  sheet: string | number,
  onRows: GridBatch,
  options: StreamSheetOptions = {},
): Promise<StreamedSheet> {
  return (await StreamedWorkbook.open(source)).streamSheetRows(sheet, onRows, options);
}
