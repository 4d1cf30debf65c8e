import { columnLetter } from "../../core/model/cells";
import { columnNumber, parseA1 } from "../../core/template/a1";

/** A rectangle of cells, 1-based and inclusive: column/row of the top-left cell, lastColumn/lastRow of the bottom-right. */
export interface CellRect {
  readonly column: number;
  readonly row: number;
  readonly lastColumn: number;
  readonly lastRow: number;
}

/**
 * The rectangle of an A1 reference on one sheet: a cell ("B2") or a range ("B2:D40"), `$` allowed.
 * @example
 * parseRect("B2:D40") //=> { column: 2, row: 2, lastColumn: 4, lastRow: 40 }
 * parseRect("$C$5")   //=> { column: 3, row: 5, lastColumn: 3, lastRow: 5 }
 * @throws {RangeError} for anything else (whole columns, other sheets, names).
 */
export function parseRect(ref: string): CellRect {
  const [first, last = first] = ref.split(":");
  const start = parseA1(first);
  const end = parseA1(last);
  return {
    column: Math.min(start.column, end.column),
    row: Math.min(start.row, end.row),
    lastColumn: Math.max(start.column, end.column),
    lastRow: Math.max(start.row, end.row),
  };
}

/**
 * The A1 address of a rectangle ("B2" for one cell, "B2:D40" otherwise).
 * @example
 * rectAddress({ column: 2, row: 2, lastColumn: 4, lastRow: 40 }) //=> "B2:D40"
 */
export function rectAddress(rect: CellRect): string {
  const start = `${columnLetter(rect.column)}${rect.row}`;
  return rect.column === rect.lastColumn && rect.row === rect.lastRow ? start : `${start}:${columnLetter(rect.lastColumn)}${rect.lastRow}`;
}

/** Rows × columns of a rectangle. */
export function rectSize(rect: CellRect): { readonly rows: number; readonly columns: number } {
  return { rows: rect.lastRow - rect.row + 1, columns: rect.lastColumn - rect.column + 1 };
}

/** True when the cell (column, row) lies inside the rectangle. */
export function rectContains(rect: CellRect, column: number, row: number): boolean {
  return column >= rect.column && column <= rect.lastColumn && row >= rect.row && row <= rect.lastRow;
}

/**
 * The address of whole columns, for widths and hiding.
 * @example
 * columnsAddress("C")    //=> "C:C"
 * columnsAddress(3, 5)   //=> "C:E"
 */
export function columnsAddress(first: number | string, last: number | string = first): string {
  const letters = (column: number | string) => (typeof column === "number" ? columnLetter(column) : column.toUpperCase());
  return `${letters(first)}:${letters(last)}`;
}

/** The 1-based column number of letters; re-exported so the renderer needs one import for addresses. */
export { columnNumber, columnLetter };

/**
 * Splits a sheet-qualified reference ("'Dashboard'!$C$5", "Sheet1!A1:B2") into the sheet's name and the
 * address; `undefined` when it is not of that form.
 * @example
 * splitSheetRef("'仪表盘'!$B$13") //=> { sheet: "仪表盘", address: "$B$13" }
 * splitSheetRef("'It''s'!A1")    //=> { sheet: "It's", address: "A1" }
 */
export function splitSheetRef(ref: string): { readonly sheet: string; readonly address: string } | undefined {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  if (quoted !== null) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const bare = /^([^'!]+)!(.+)$/.exec(ref);
  return bare === null ? undefined : { sheet: bare[1], address: bare[2] };
}
