import { columnLetter } from "../../core/model/cells";
import { parseA1 } from "../../core/template/a1";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The rectangle of an A1 reference on one sheet: a cell ("B2") or a range ("B2:D40"), `$` signs allowed,
 * corners in either order.
 * @throws {RangeError} when `ref` is neither (a sheet-qualified or whole-column reference, say).
 * @example
 * parseRange("$B$2:D40") //=> { top: 2, left: 2, bottom: 40, right: 4 }
 * parseRange("C5")       //=> { top: 5, left: 3, bottom: 5, right: 3 }
 */
export function parseRange(ref: string): CellRange {
  const [first, second = first, extra] = ref.split(":");
  if (extra !== undefined) throw new RangeError(`Not an A1 range: ${ref}`);
  const start = parseA1(first.trim());
  const end = parseA1(second.trim());
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** The A1 address of a cell. */
export function addressOf(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Calls `visit` for every cell of `ref`, row by row. */
export function forEachCell(ref: string, visit: (row: number, column: number) => void): void {
  const { top, left, bottom, right } = parseRange(ref);
  for (let row = top; row <= bottom; row++) {
    for (let column = left; column <= right; column++) visit(row, column);
  }
}
