import { columnLetter } from "../model/cells";
import { columnNumber, parseA1Rect } from "./a1Rect";

/**
 * A1 addresses for the template's formulas.
 * @example
 * a1(3, 2)                  //=> "C2"
 * range(3, 2, 5, 40)        //=> "C2:E40"
 * absolute(3, 2, 3, 40)     //=> "$C$2:$C$40"
 * sheetRef("线索 表", "A1")  //=> "'线索 表'!A1"
 */
export function a1(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

export function range(column: number, row: number, lastColumn: number, lastRow: number): string {
  return `${a1(column, row)}:${a1(lastColumn, lastRow)}`;
}

export function absolute(column: number, row: number, lastColumn = column, lastRow = row): string {
  const start = `$${columnLetter(column)}$${row}`;
  return column === lastColumn && row === lastRow ? start : `${start}:$${columnLetter(lastColumn)}$${lastRow}`;
}

/** A reference on another sheet; the name is always quoted (safe for spaces, CJK and punctuation). */
export function sheetRef(sheetName: string, ref: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${ref}`;
}

/** The 1-based column number of letters ("A" → 1, "AB" → 28); one reading of A1 for all (a1Rect.ts). */
export { columnNumber };

/** Splits "C12" into column 3, row 12 (one cell; ranges: {@link parseA1Rect}). */
export function parseA1(ref: string): { column: number; row: number } {
  const rect = parseA1Rect(ref);
  if (rect.sheet !== undefined || rect.top !== rect.bottom || rect.left !== rect.right) throw new RangeError(`Not an A1 cell reference: ${ref}`);
  return { column: rect.left, row: rect.top };
}

/** A formula string literal: text in double quotes, inner quotes doubled. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
