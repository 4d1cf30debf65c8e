import { columnLetter } from "../model/cells";

/**
 * A rectangle of cells as an A1 reference names it: 1-based and inclusive, `sheet` when the reference names one.
 * The one reading of A1 references for every renderer (Excel, Google Sheets, the .xlsx writer).
 * @example
 * parseA1Rect("'Deals'!$H$2:$H$1001") //=> { sheet: "Deals", top: 2, left: 8, bottom: 1001, right: 8 }
 */
export interface A1Rect {
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Rows of a sheet (Excel's grid): the bottom of a whole-column reference. */
export const MAX_ROWS = 1048576;
/** Columns of a sheet (Excel's grid, XFD): the right edge of a whole-row reference. */
export const MAX_COLUMNS = 16384;

const CELL = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/i;
const COLUMN = /^\$?([A-Z]{1,3})$/i;
const ROW = /^\$?([1-9]\d{0,6})$/;
const QUOTED = /^'((?:[^']|'')+)'!([^!]+)$/;
const BARE = /^([^'!\s][^'!]*)!([^!]+)$/;

/** The 1-based column number of letters ("A" → 1, "AB" → 28). */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

/**
 * Reads an A1 reference: a cell (`B2`), a range (`$B$2:D9`, corners in either order), whole columns (`A:C`) or
 * rows (`2:5`), columns from a row down (`A2:C`, Google Sheets' open-ended range: to the grid's last row, here
 * {@link MAX_ROWS}), lower case allowed, optionally on a sheet (`'Sheet name'!A1`, quotes doubled inside;
 * `Deals!A1`).
 * @example
 * parseA1Rect("C:E")   //=> { top: 1, left: 3, bottom: 1048576, right: 5 }
 * parseA1Rect("A2:C")  //=> { top: 2, left: 1, bottom: 1048576, right: 3 }
 * parseA1Rect("$2:$5") //=> { top: 2, left: 1, bottom: 5, right: 16384 }
 * @throws {RangeError} for anything else (a name, three corners, a cell beyond XFD1048576).
 */
export function parseA1Rect(ref: string): A1Rect {
  const text = ref.trim();
  const qualified = QUOTED.exec(text) ?? BARE.exec(text);
  const sheet = qualified === null ? undefined : qualified[1].replace(/''/g, "'");
  const address = qualified === null ? text : qualified[2];
  const corners = address.split(":");
  if (corners.length > 2 || (qualified === null && text.includes("!"))) throw new RangeError(`Not an A1 reference: ${ref}`);
  const [first, last = first] = corners;
  const pair = corners.length === 2;
  const rect = cellsOf(first, last) ?? columnsOf(first, last, pair) ?? rowsOf(first, last, pair) ?? openOf(first, last, pair);
  if (rect === undefined || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) throw new RangeError(`Not an A1 reference: ${ref}`);
  return sheet === undefined ? rect : { sheet, ...rect };
}

/**
 * {@link parseA1Rect}, or `undefined` for what is not an A1 reference (a name, a formula).
 * @example
 * tryParseA1Rect("WinRate") //=> undefined
 */
export function tryParseA1Rect(ref: string): A1Rect | undefined {
  try {
    return parseA1Rect(ref);
  } catch {
    return undefined;
  }
}

function span(a: number, b: number): [number, number] {
  return [Math.min(a, b), Math.max(a, b)];
}

function cellsOf(first: string, last: string): A1Rect | undefined {
  const start = CELL.exec(first);
  const end = CELL.exec(last);
  if (start === null || end === null) return undefined;
  const [top, bottom] = span(Number(start[2]), Number(end[2]));
  const [left, right] = span(columnNumber(start[1]), columnNumber(end[1]));
  return { top, left, bottom, right };
}

function columnsOf(first: string, last: string, pair: boolean): A1Rect | undefined {
  const start = COLUMN.exec(first);
  const end = COLUMN.exec(last);
  if (!pair || start === null || end === null) return undefined;
  const [left, right] = span(columnNumber(start[1]), columnNumber(end[1]));
  return { top: 1, left, bottom: MAX_ROWS, right };
}

/** `A2:C`: columns A … C from row 2 down (Google Sheets' open-ended range). */
function openOf(first: string, last: string, pair: boolean): A1Rect | undefined {
  const start = CELL.exec(first);
  const end = COLUMN.exec(last);
  if (!pair || start === null || end === null) return undefined;
  const [left, right] = span(columnNumber(start[1]), columnNumber(end[1]));
  return { top: Number(start[2]), left, bottom: MAX_ROWS, right };
}

function rowsOf(first: string, last: string, pair: boolean): A1Rect | undefined {
  const start = ROW.exec(first);
  const end = ROW.exec(last);
  if (!pair || start === null || end === null) return undefined;
  const [top, bottom] = span(Number(start[1]), Number(end[1]));
  return { top, left: 1, bottom, right: MAX_COLUMNS };
}

/**
 * How {@link formatA1Rect} writes: `$` markers (default none), the sheet when the rectangle has one (default yes),
 * and columns from a row down to the last row as Google Sheets' open-ended `A2:C` (default no: `A2:C1048576`,
 * which Excel reads).
 */
export interface A1Style {
  readonly absolute?: boolean;
  readonly sheet?: boolean;
  readonly openEnded?: boolean;
}

/**
 * Writes a rectangle as A1: one cell as `B2`, whole columns as `C:E`, whole rows as `2:5`, else `B2:D9`; the sheet
 * always quoted (safe for spaces, CJK and punctuation).
 * @example
 * formatA1Rect({ sheet: "It's", top: 2, left: 2, bottom: 9, right: 4 })         //=> "'It''s'!B2:D9"
 * formatA1Rect({ top: 2, left: 2, bottom: 9, right: 4 }, { absolute: true })   //=> "$B$2:$D$9"
 */
export function formatA1Rect(rect: A1Rect, style: A1Style = {}): string {
  const mark = style.absolute === true ? "$" : "";
  const column = (number: number) => `${mark}${columnLetter(number)}`;
  const row = (number: number) => `${mark}${number}`;
  let address: string;
  if (rect.top === 1 && rect.bottom === MAX_ROWS) address = `${column(rect.left)}:${column(rect.right)}`;
  else if (rect.left === 1 && rect.right === MAX_COLUMNS) address = `${row(rect.top)}:${row(rect.bottom)}`;
  else if (style.openEnded === true && rect.bottom === MAX_ROWS) address = `${column(rect.left)}${row(rect.top)}:${column(rect.right)}`;
  else {
    const start = column(rect.left) + row(rect.top);
    address = rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${column(rect.right)}${row(rect.bottom)}`;
  }
  return rect.sheet === undefined || style.sheet === false ? address : `'${rect.sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * Whole columns `left` to `right` (1-based), as a rectangle: for widths and hiding.
 * @example
 * formatA1Rect(wholeColumns(3, 5)) //=> "C:E"
 */
export function wholeColumns(left: number, right = left): A1Rect {
  return { top: 1, left, bottom: MAX_ROWS, right };
}

/**
 * Rows × columns of a rectangle.
 * @example
 * rectSize({ top: 2, left: 2, bottom: 9, right: 4 }) //=> { rows: 8, columns: 3 }
 */
export function rectSize(rect: A1Rect): { readonly rows: number; readonly columns: number } {
  return { rows: rect.bottom - rect.top + 1, columns: rect.right - rect.left + 1 };
}

/**
 * True when the cell at (row, column) lies inside the rectangle.
 * @example
 * rectContains({ top: 2, left: 2, bottom: 9, right: 4 }, 9, 4) //=> true
 */
export function rectContains(rect: A1Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

/**
 * Calls `visit` for every cell of a rectangle, row by row.
 * @example
 * forEachCell(parseA1Rect("A1:B2"), (row, column) => …) // (1,1) (1,2) (2,1) (2,2)
 */
export function forEachCell(rect: A1Rect, visit: (row: number, column: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) visit(row, column);
  }
}
