import { isBlankCell, type Grid } from "../model/cells";
import type { DealTable } from "../model/dealTable";
import type { StageList } from "../model/stages";
import { readAmountCell } from "../parse/amounts";
import { cellsOf, dateRangeDays } from "./coerce";
import { dealsOfColumns } from "./columnDeals";
import { readDealLogArgument } from "./dealLogArgument";
import { ArgumentProblem } from "./errors";
import { readStatusOrStageCells } from "./statusArgument";
import type { CallContext } from "./types";

/** The column ranges that may come beside `statuses`, by parameter name; a left-out one is `undefined`. */
export interface DealColumnArguments {
  readonly amounts?: Grid;
  readonly start_dates?: Grid;
  readonly end_dates?: Grid;
}

/**
 * A `statuses` argument and the column ranges beside it, as a deal table for the report's kernels (PIPELINE_VELOCITY,
 * AVERAGE_WON_AMOUNT):
 * - every column left out: `statuses` is a whole deal table with its header, in any shape a deal log comes in (a
 *   wide log, a current-stage export, a stage history), read in `stageOrder` as the other functions read it; a log
 *   in several currencies is refused (`#VALUE!` listing them), as the report gives no amount figure across them;
 * - else `statuses` is a status column (or a current-stage column with Closed Won / Closed Lost, read in
 *   `stageOrder`) and each column pairs with it row by row; a column left out (or all blank: the hosts cannot tell
 *   these apart) reads as blank cells. A first status cell that is text but no status word is a header; a row with
 *   no status and nothing beside it is left out; a blank status with something beside it is an open deal.
 * @throws {ArgumentProblem} when a range cannot be read, or the columns differ in rows from `statuses`.
 * @example
 * readDealsArgument([["Status"], ["Won"], ["Open"]], { amounts: [["Amount"], [100], [50]] }, undefined, { locale: "en" }).count //=> 2
 */
export function readDealsArgument(statuses: Grid, columns: DealColumnArguments, stageOrder: StageList | undefined, context: CallContext): DealTable {
  if (columns.amounts === undefined && columns.start_dates === undefined && columns.end_dates === undefined) {
    const log = readDealLogArgument(statuses, stageOrder, context, "statuses");
    const currencies = log.reading?.currencies ?? [];
    if (currencies.length > 1) {
      const list = currencies.map((code, index) => `${code} ${log.reading?.currencyDeals?.[index] ?? "?"}`).join(context.locale === "zh-CN" ? "、" : ", ");
      throw new ArgumentProblem("#VALUE!", "arg.currencies", { count: currencies.length, list });
    }
    return log.deals;
  }
  const valuesOf = (range: Grid | undefined) => (range === undefined ? cellsOf(statuses).map(() => "") : cellsOf(range).map((cell) => cell.value));
  // Status words, or a column of current stages with Closed Won / Closed Lost (a current-stage export's Stage).
  const statusCells = readStatusOrStageCells(statuses, "statuses", context, stageOrder);
  const amountCells = valuesOf(columns.amounts);
  const startCells = valuesOf(columns.start_dates);
  const endCells = valuesOf(columns.end_dates);
  for (const [name, cells] of [["amounts", amountCells], ["start_dates", startCells], ["end_dates", endCells]] as const) {
    if (cells.length !== statusCells.length) throw new ArgumentProblem("#VALUE!", "arg.sameSize", { name, other: "statuses" });
  }
  // The first status cell is a header when it holds text that is no status word; a blank one is an open deal.
  const hasHeader = statusCells.length > 0 && statusCells[0] === undefined && !isBlankCell(cellsOf(statuses)[0].value);
  // Each range's numbers-only dates in one order (dateRangeDays).
  const startDays = dateRangeDays(startCells, context);
  const endDays = dateRangeDays(endCells, context);
  const kept = statusCells.flatMap((status, row) => {
    const rowIsBlank = [amountCells[row], startCells[row], endCells[row]].every(isBlankCell);
    return (row === 0 && hasHeader) || (status === undefined && rowIsBlank) ? [] : [row]; // a header, or an empty row
  });
  return dealsOfColumns({
    rows: kept.map((row) => row + 1),
    statuses: kept.map((row) => statusCells[row] ?? "open"),
    amounts: kept.map((row) => {
      const amount = readAmountCell(amountCells[row]);
      return typeof amount === "number" ? amount : null;
    }),
    startDays: kept.map((row) => startDays[row]),
    endDays: kept.map((row) => endDays[row]),
  });
}
