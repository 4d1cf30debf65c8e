import ExcelJS from "exceljs";
import type { Cell, CellValue, Row, Worksheet } from "exceljs";
import { FileRefused } from "../fileErrors";
import { readRegularFile } from "../regularFile";
import { checkZipSizes } from "./zipSizes";

/** One sheet of a workbook as a host hands a range to the core: rows of numbers, strings and booleans. */
export interface SheetGrid {
  readonly name: string;
  /** Rectangular rows from A1, as wide as the rows a header may sit in ({@link sheetGrid}); blanks are `""`. */
  readonly grid: readonly (readonly unknown[])[];
}

/** The day number of 1970-01-01 (the Excel serial of the Unix epoch). */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The Excel serial of a `Date` that exceljs made from a date-formatted cell. exceljs builds those dates as UTC
 * instants (serial 46027 → 2026-01-05T00:00:00Z), so the serial comes back exactly, whatever the process's time
 * zone; a time of day stays as the fraction. Workbooks in the 1904 date system come back as 1900-system serials
 * (exceljs has already shifted their dates).
 * @example
 * serialFromDate(new Date(Date.UTC(2026, 0, 5)))        //=> 46027
 * serialFromDate(new Date(Date.UTC(2026, 0, 5, 18)))    //=> 46027.75
 */
export function serialFromDate(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

/**
 * A cell's value as Excel hands it to a custom function: numbers, strings and booleans as they are; dates as
 * serials; a formula as its cached result (`""` when the file has none); rich text and hyperlinks as their plain
 * text; error values as their text ("#DIV/0!"); blanks, and the hidden cells of a merge, as `""`.
 */
export function cellValue(cell: Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  // A formula's cached result from `cell.result`: exceljs leaves a result of 0 out of `cell.value` (`{ formula }`).
  if (cell.type === ExcelJS.ValueType.Formula) return plainValue(cell.result as CellValue | undefined);
  return plainValue(cell.value);
}

function plainValue(value: CellValue | undefined): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialFromDate(value);
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : plainValue(value.text);
  if ("error" in value) return value.error;
  return "";
}

/**
 * The most cells the grids of one workbook may hold together (rows × columns, as {@link sheetGrid} reads them):
 * 50,000,000, say 1,000,000 deals × 50 columns. A real log of 1,000,000 rows × 14 columns takes 14,000,000.
 */
export const MAX_TABLE_CELLS = 50_000_000;
/** Rows a header may sit in (findDealSheet's HEADER_SEARCH_ROWS; not imported, which would be circular). */
const HEADER_ROWS = 20;

/**
 * A worksheet as a rectangular grid from A1, read sparsely from the cells the file holds (never by the sheet's
 * declared dimension, which a file may set to the whole A1:XFD1048576). Its width is that of the widest of the
 * rows a header may sit in (sheet rows 1–20, or the first 20 rows holding anything when those are blank): the
 * header's columns and the title or notes above it. Each row is clipped to that width, so a stray cell far to
 * the right (XFD1048576) is no column of the table and costs nothing; the grid ends at the last row holding
 * anything within it. Blanks are `""`.
 * @param maxCells the most cells the grid may have (rows × width).
 * @throws {FileRefused} `tableTooLarge` when the grid would have more, before anything is allocated.
 */
export function sheetGrid(worksheet: Worksheet, maxCells = MAX_TABLE_CELLS): unknown[][] {
  const filledWidth = (row: Row | undefined) => {
    let last = 0;
    row?.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > last && cellValue(cell) !== "") last = column;
    });
    return last;
  };
  let width = 0;
  for (let row = 1; row <= HEADER_ROWS; row++) width = Math.max(width, filledWidth(worksheet.findRow(row)));
  if (width === 0) {
    let seen = 0;
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      if (seen >= HEADER_ROWS) return;
      const filled = filledWidth(row);
      if (filled > 0) [seen, width] = [seen + 1, Math.max(width, filled)];
    });
  }
  // The last row holding anything within the width.
  let rows = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column <= width && rowNumber > rows && cellValue(cell) !== "") rows = rowNumber;
    });
  });
  if (rows * width > maxCells) {
    throw new FileRefused("tableTooLarge", {
      sheet: worksheet.name,
      rows: rows.toLocaleString("en-US"),
      columns: width.toLocaleString("en-US"),
      limit: MAX_TABLE_CELLS.toLocaleString("en-US"),
    });
  }
  const grid: unknown[][] = new Array(rows);
  for (let index = 0; index < rows; index++) grid[index] = new Array<unknown>(width).fill("");
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > rows) return;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column <= width) grid[rowNumber - 1][column - 1] = cellValue(cell);
    });
  });
  return grid;
}

/**
 * The most an .xlsx file may be on disk: 1 GiB. It may unpack to no more than 2 GiB anyway
 * (zipSizes.ts MAX_UNPACKED_BYTES), and real workbooks unpack to 5–20 times their size.
 */
export const MAX_XLSX_BYTES = 2 ** 30;

/**
 * Reads every worksheet of an .xlsx (or .xlsm) file, in tab order, as grids (see {@link cellValue},
 * {@link sheetGrid}). A path must be a regular file of at most {@link MAX_XLSX_BYTES}; the archive's declared and
 * actual unpacked sizes are checked ({@link checkZipSizes}) before exceljs unpacks anything.
 * @param source a file path, or the file's bytes.
 * @throws {FileRefused} for a file that is no regular file, or too large on disk, unpacked, or as grids.
 * @throws {Error} when the file cannot be read or is not a workbook.
 * @example
 * const sheets = await readWorkbook("deals.xlsx");
 * sheets[0].grid[1][2] //=> 46027 (a date cell, as its serial)
 */
export async function readWorkbook(source: string | Uint8Array): Promise<SheetGrid[]> {
  const bytes =
    typeof source === "string" ? await readRegularFile(source, MAX_XLSX_BYTES) : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  await checkZipSizes(bytes);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own ArrayBuffer-like `Buffer`; at run time it takes Node's.
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  let cellsLeft = MAX_TABLE_CELLS;
  return workbook.worksheets.map((worksheet) => {
    const grid = sheetGrid(worksheet, cellsLeft);
    cellsLeft -= grid.length * (grid[0]?.length ?? 0);
    return { name: worksheet.name, grid };
  });
}
