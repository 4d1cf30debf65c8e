import { isBlankCell, type Grid } from "../model/cells";
import { stageList, type StageList } from "../model/stages";
import { historyColumns } from "./historyColumns";
import { detectShape } from "./shape";

/** How far down a sheet or file the header row naming the stages may sit (below titles, notes, blank lines). */
export const STAGE_HEADER_SEARCH_ROWS = 20;

/** A number, or text that is only a number ("5", "0.75"): a data row's cell, never a header's. */
const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/;

/**
 * 0-based index of the header row of a deal log in a sheet's or file's rows: the first of the first
 * {@link STAGE_HEADER_SEARCH_ROWS} rows that names at least two stages of `order` (as {@link detectShape} reads a
 * header), or names a stage history's columns (deal, stage, date: {@link historyColumns}), and holds no number; -1
 * when there is none. Title rows, notes and blank lines above it — one cell or
 * several (`2026 销售台账, , , 单位：元`) — are passed over. A row holding a number is data: a stages table's
 * row `5, Negotiation, Sales, Quote` names two stages but is not a header.
 *
 * @param order the stage list to recognise (default: the default stages, both languages).
 * @example
 * stageHeaderRow([["2026年一季度销售台账"], ["编号", "线索", "成交"], ["A1", "2026/1/5", ""]]) //=> 1
 * stageHeaderRow([["#", "Stage"], [5, "Negotiation", "Quote"]])                             //=> -1
 */
export function stageHeaderRow(grid: Grid, order: StageList = stageList()): number {
  const last = Math.min(grid.length, STAGE_HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const cells = grid[row];
    let filled = 0;
    let hasNumber = false;
    for (const cell of cells) {
      if (isBlankCell(cell)) continue;
      filled++;
      if (typeof cell === "number" || (typeof cell === "string" && NUMBER_TEXT.test(cell))) hasNumber = true;
    }
    if (filled >= 2 && !hasNumber && (detectShape([cells], order).kind === "wide" || historyColumns(cells) !== undefined)) return row;
  }
  return -1;
}
