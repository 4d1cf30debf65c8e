import { isBlankCell, type Grid } from "../model/cells";
import { cellsOf, displayValue } from "./coerce";
import { ArgumentProblem } from "./errors";

/**
 * Reads a range of status words cell by cell (reading order) with `read`. Blank cells give `undefined`.
 * The first cell may be the column's header: when it is not a status word it is skipped (`undefined`).
 * Any other unknown word is refused, naming the cell.
 * @throws {ArgumentProblem} on an unknown word after the first cell.
 */
export function readStatusCells<T>(grid: Grid, name: string, read: (value: unknown) => T | undefined): (T | undefined)[] {
  return cellsOf(grid).map(({ value }, index) => {
    if (isBlankCell(value)) return undefined;
    const status = read(value);
    if (status === undefined && index > 0) {
      throw new ArgumentProblem("#VALUE!", "arg.unknownStatus", { name, row: index + 1, value: displayValue(value) });
    }
    return status;
  });
}
