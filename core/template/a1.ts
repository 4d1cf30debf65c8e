import { columnLetter } from "../model/cells";

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

/** The 1-based column number of letters ("A" → 1, "AB" → 28). */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

/** Splits "C12" into column 3, row 12. */
export function parseA1(ref: string): { column: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (match === null) throw new RangeError(`Not an A1 cell reference: ${ref}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

/** A formula string literal: text in double quotes, inner quotes doubled. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
