import { columnNumber } from "../../core/template/a1";

/** A rectangle of a sheet, 1-based and inclusive; `sheet` when the reference named one. */
export interface CellRect {
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;
const QUALIFIED = /^'((?:[^']|'')+)'!(.+)$|^([^'!]+)!(.+)$/;

/**
 * Reads an A1 reference as the template spec writes them: `B2`, `B2:D40`, `$C$5`, optionally sheet-qualified
 * (`'Deals'!$H$2:$H$1001`, quotes doubled inside the name).
 * @example
 * parseRef("'It''s'!$B$2:$C$4") //=> { sheet: "It's", row: 2, column: 2, lastRow: 4, lastColumn: 3 }
 * @throws {RangeError} for whole-row or whole-column references and anything else it cannot read.
 */
export function parseRef(ref: string): CellRect {
  const qualified = QUALIFIED.exec(ref.trim());
  const sheet = qualified === null ? undefined : (qualified[1]?.replace(/''/g, "'") ?? qualified[3]);
  const address = qualified === null ? ref.trim() : (qualified[2] ?? qualified[4]);
  const [first, last = first] = address.split(":");
  const start = CELL.exec(first);
  const end = CELL.exec(last);
  if (start === null || end === null) throw new RangeError(`Not a cell or range reference: ${ref}`);
  const row = Number(start[2]);
  const column = columnNumber(start[1]);
  const lastRow = Number(end[2]);
  const lastColumn = columnNumber(end[1]);
  return {
    ...(sheet === undefined ? {} : { sheet }),
    row: Math.min(row, lastRow),
    column: Math.min(column, lastColumn),
    lastRow: Math.max(row, lastRow),
    lastColumn: Math.max(column, lastColumn),
  };
}

/** The reference without `$` markers, as every Apps Script `getRange` reads it. */
export function plainRef(ref: string): string {
  const qualified = QUALIFIED.exec(ref.trim());
  if (qualified === null) return ref.replace(/\$/g, "");
  const sheetPart = qualified[1] !== undefined ? `'${qualified[1]}'` : qualified[3];
  return `${sheetPart}!${(qualified[2] ?? qualified[4]).replace(/\$/g, "")}`;
}

/** Rows × columns of a rectangle. */
export function rectSize(rect: CellRect): { rows: number; columns: number } {
  return { rows: rect.lastRow - rect.row + 1, columns: rect.lastColumn - rect.column + 1 };
}

/** Consecutive runs of sorted, distinct whole numbers: [3, 4, 5, 9] → [[3, 3], [9, 1]] (start, length). */
export function runs(numbers: readonly number[]): [start: number, length: number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] + last[1] === value) last[1]++;
    else out.push([value, 1]);
  }
  return out;
}
