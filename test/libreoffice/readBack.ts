import ExcelJS from "exceljs";
import { expect } from "vitest";
import { EMPTY_FIGURE } from "../../core/template/emptyFigure";

/** One cell's value after calculation. Dates are Excel serial numbers (the workbook's date system, normally 1900). */
export type CellValue = number | string | boolean | { error: string } | null;

/** Sheet name → rows → columns, 0-based: `grid[0][0]` is A1. Rows are padded with null to the sheet's width. */
export type SheetValues = Map<string, CellValue[][]>;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system is 1462 days behind. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * Reads a workbook (typically one recalculated by LibreOffice) and gives every cell's value: for formula cells the
 * cached result, otherwise the plain value. Error results come back as `{ error: "#DIV/0!" }`.
 *
 * - A formula cell with no cached result reads as "": LibreOffice writes an empty-string result as `<v></v>`,
 *   which exceljs cannot tell from no result at all. Every formula in a file saved by LibreOffice has a result.
 * - exceljs turns date-formatted numbers into JS Dates (UTC, rounded to the millisecond); they are turned back into
 *   serials here in UTC, never local time: the number the engine stored (1904 workbooks stay 1904). The millisecond
 *   rounding means a date-formatted fractional serial may be off by up to ~6e-9 days: compare figures that need
 *   1e-9 agreement in cells with a number format.
 */
export async function readValues(path: string): Promise<SheetValues> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets: SheetValues = new Map();
  workbook.eachSheet((worksheet) => {
    const width = worksheet.columnCount;
    const grid: CellValue[][] = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const values: CellValue[] = [];
      for (let c = 1; c <= width; c++) values.push(cellValue(row.getCell(c), date1904));
      grid.push(values);
    }
    sheets.set(worksheet.name, grid);
  });
  return sheets;
}

/** `valueAt(sheets, "线索 表", "B3")`; throws on an unknown sheet, null beyond the used range. */
export function valueAt(sheets: SheetValues, sheet: string, address: string): CellValue {
  const grid = sheets.get(sheet);
  if (!grid) throw new Error(`no sheet "${sheet}" (have: ${[...sheets.keys()].join(", ")})`);
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return grid[Number(match[2]) - 1]?.[column - 1] ?? null;
}

function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula: {
      // Not cell.value.result: exceljs's cell.value copies the formula model dropping falsy fields, so a result of
      // 0 or FALSE would vanish. cell.result reads the model itself.
      const result: unknown = cell.result;
      return result === undefined ? "" : plain(result, date1904);
    }
    default:
      return plain(cell.value, date1904);
  }
}

function plain(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serial(value, date1904);
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.error === "string") return { error: object.error };
    if (Array.isArray(object.richText)) return object.richText.map((run: { text: string }) => run.text).join("");
    if (typeof object.text === "string") return object.text; // hyperlink
  }
  throw new Error(`readValues: unexpected cell value ${JSON.stringify(value)}`);
}

/**
 * exceljs made the Date with excelToDate(v, date1904): UTC milliseconds of (v - 25569 + (1904 ? 1462 : 0)) days.
 * Undo exactly that, in UTC, to get back v, the number the engine stored.
 */
export function serial(date: Date, date1904 = false): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

/**
 * A figure the file shows equals the core's: numbers to 1e-9 (relative above 1); an empty figure (core `null`) ↔ "—"
 * (core/template/emptyFigure.ts), or on a sheet that does not show it yet an error value. Which error depends on
 * the engine and function: a division shows #DIV/0! everywhere, MEDIAN of nothing is #NUM! in Excel and #VALUE! in
 * LibreOffice.
 */
export function expectSame(shown: CellValue, core: number | null, where: string): void {
  if (core === null) {
    if (shown === EMPTY_FIGURE) return;
    expect(shown, where).toMatchObject({ error: expect.stringMatching(/^#(DIV\/0!|NUM!|VALUE!)$/) });
    return;
  }
  expect(typeof shown, `${where}: ${JSON.stringify(shown)}`).toBe("number");
  expect(Math.abs((shown as number) - core), `${where}: file ${shown} vs core ${core}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(core)));
}
