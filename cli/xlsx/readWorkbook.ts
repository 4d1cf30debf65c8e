import ExcelJS from "exceljs";
import type { Cell, CellValue, Worksheet } from "exceljs";
import { readFile } from "node:fs/promises";

/** One sheet of a workbook as a host hands a range to the core: rows of numbers, strings and booleans. */
export interface SheetGrid {
  readonly name: string;
  /** Rectangular rows from A1 to the last non-blank cell; blanks are `""`. */
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

/** A worksheet as a rectangular grid from A1 to its last non-blank row and column. */
export function sheetGrid(worksheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = cellValue(cell);
      if (value === "") return;
      values[columnNumber - 1] = value;
      if (columnNumber > width) width = columnNumber;
    });
    if (values.length > 0) rows[rowNumber - 1] = values;
  });
  const grid: unknown[][] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const values = rows[index] ?? [];
    const full = new Array<unknown>(width);
    for (let column = 0; column < width; column++) full[column] = values[column] ?? "";
    grid[index] = full;
  }
  return grid;
}

/**
 * Reads every worksheet of an .xlsx (or .xlsm) file, in tab order, as grids (see {@link cellValue}).
 * @param source a file path, or the file's bytes.
 * @throws {Error} when the file cannot be read or is not a workbook.
 * @example
 * const sheets = await readWorkbook("deals.xlsx");
 * sheets[0].grid[1][2] //=> 46027 (a date cell, as its serial)
 */
export async function readWorkbook(source: string | Uint8Array): Promise<SheetGrid[]> {
  const bytes = typeof source === "string" ? await readFile(source) : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own ArrayBuffer-like `Buffer`; at run time it takes Node's.
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook.worksheets.map((worksheet) => ({ name: worksheet.name, grid: sheetGrid(worksheet) }));
}
