import { isBlankCell, type Grid } from "../model/cells";
import type { StageList } from "../model/stages";
import type { DealStatus } from "../model/words";
import { gridWidth } from "../parse/shape";
import { readDealStatus } from "../parse/statuses";
import { cellsOf, displayValue } from "./coerce";
import { readDealLogArgument } from "./dealLogArgument";
import { ArgumentProblem } from "./errors";
import type { CallContext } from "./types";

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

const STATUS_OF_CODE: readonly DealStatus[] = ["open", "won", "lost"];

/**
 * A `statuses` range of one column, cell by cell as {@link readStatusCells} reads status words; a column of
 * current stages whose values state outcomes (Prospecting, Closed Won, Closed Lost; 线索, 赢单, 输单) is read as a
 * current-stage column instead (core/parse/outcomeColumn.ts): a closed stage gives its outcome, the won stage won,
 * any other stage open, in `order` when given (a `stage_order`); its header and blank cells give `undefined`.
 * @throws {ArgumentProblem} the status words' refusal when the range is neither.
 * @example
 * readStatusOrStageCells([["Stage"], ["Prospecting"], ["Closed Won"]], "statuses", { locale: "en" }) //=> [undefined, "open", "won"]
 */
export function readStatusOrStageCells(grid: Grid, name: string, context: CallContext, order?: StageList): (DealStatus | undefined)[] {
  try {
    return readStatusCells(grid, name, readDealStatus);
  } catch (problem) {
    if (!(problem instanceof ArgumentProblem) || gridWidth(grid) !== 1) throw problem;
    let log;
    try {
      log = readDealLogArgument(grid, order, context, name);
    } catch {
      throw problem;
    }
    if (!log.deals.hasStatus) throw problem;
    const statuses: (DealStatus | undefined)[] = new Array<DealStatus | undefined>(grid.length).fill(undefined);
    log.deals.rows.forEach((row, i) => (statuses[row - 1] = STATUS_OF_CODE[log.deals.status[i]]));
    return statuses;
  }
}
