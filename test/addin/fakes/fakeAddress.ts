/**
 * Address arithmetic for the Excel fake, written independently of the renderer's (so the fake checks it):
 * "B2", "$B$2", "B2:D40", whole columns "C:E" and whole rows "3:5", on one sheet.
 */

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1-based, inclusive. */
export interface FakeRect {
  readonly column: number;
  readonly row: number;
  readonly lastColumn: number;
  readonly lastRow: number;
}

function lettersToColumn(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + char.charCodeAt(0) - 64;
  return column;
}

/** Column letters of a 1-based column. */
export function columnToLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

type Corner = { column?: number; row?: number };

function parseCorner(text: string): Corner | undefined {
  const match = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return undefined;
  return { column: match[1] === undefined ? undefined : lettersToColumn(match[1]), row: match[2] === undefined ? undefined : Number(match[2]) };
}

/** The rectangle of an address, or `undefined` when Excel would refuse it (InvalidArgument). */
export function parseFakeAddress(address: string): FakeRect | undefined {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts[0] === "") return undefined;
  const start = parseCorner(parts[0]);
  const end = parseCorner(parts[1] ?? parts[0]);
  if (start === undefined || end === undefined) return undefined;
  const wholeColumns = start.row === undefined && end.row === undefined && start.column !== undefined && end.column !== undefined;
  const wholeRows = start.column === undefined && end.column === undefined && start.row !== undefined && end.row !== undefined;
  if (!wholeColumns && !wholeRows && (start.row === undefined || start.column === undefined || end.row === undefined || end.column === undefined)) {
    return undefined;
  }
  if (parts.length === 1 && (wholeColumns || wholeRows)) return undefined;
  const rect = {
    column: wholeRows ? 1 : Math.min(start.column!, end.column!),
    lastColumn: wholeRows ? MAX_COLUMNS : Math.max(start.column!, end.column!),
    row: wholeColumns ? 1 : Math.min(start.row!, end.row!),
    lastRow: wholeColumns ? MAX_ROWS : Math.max(start.row!, end.row!),
  };
  if (rect.row < 1 || rect.column < 1 || rect.lastRow > MAX_ROWS || rect.lastColumn > MAX_COLUMNS) return undefined;
  return rect;
}

/** "B2:D40" (or "B2" for one cell). */
export function fakeRectAddress(rect: FakeRect): string {
  const start = `${columnToLetters(rect.column)}${rect.row}`;
  return rect.column === rect.lastColumn && rect.row === rect.lastRow ? start : `${start}:${columnToLetters(rect.lastColumn)}${rect.lastRow}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function quotedSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectRows(rect: FakeRect): number {
  return rect.lastRow - rect.row + 1;
}

export function rectColumns(rect: FakeRect): number {
  return rect.lastColumn - rect.column + 1;
}

export function rectsOverlap(a: FakeRect, b: FakeRect): boolean {
  return a.column <= b.lastColumn && b.column <= a.lastColumn && a.row <= b.lastRow && b.row <= a.lastRow;
}
