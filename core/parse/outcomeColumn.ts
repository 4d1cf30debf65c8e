import { cellText, isBlankCell, type Grid } from "../model/cells";
import type { StageList } from "../model/stages";
import { outcomeOfStage, readCurrentStage, type CurrentStageOptions } from "./currentStage";
import type { CurrentStageColumns } from "./currentStageColumns";
import type { DealLog } from "./dealLog";

/**
 * True when a one-column range of stage names states outcomes of its own (DEFINITIONS §2 current stage): some
 * cell below the header is a closed-lost word (Closed Lost, 输单, 丢单…) or a closed-won word that is no stage of
 * `order` (Closed Won where the order ends in 成交). Such a column is a current-stage column, not a list of
 * furthest stages: a column of default stages only (成交 the last) is read as before.
 * @example
 * statesOutcomes([["Stage"], ["Prospecting"], ["Closed Lost"]], true, stageList()) //=> true
 * statesOutcomes([["线索"], ["成交"]], false, stageList())                           //=> false
 */
export function statesOutcomes(grid: Grid, hasHeader: boolean, order: StageList): boolean {
  for (let rowIndex = hasHeader ? 1 : 0; rowIndex < grid.length; rowIndex++) {
    const cell = grid[rowIndex][0];
    if (isBlankCell(cell)) continue;
    const text = cellText(cell).trim();
    const outcome = outcomeOfStage(text);
    if (outcome === "lost" || (outcome === "won" && order.indexOf(text) < 0)) return true;
  }
  return false;
}

/** How to read a one-column current-stage range: as a current-stage export is read. */
export type OutcomeColumnOptions = CurrentStageOptions;

/** The only column of a one-column current-stage range: its stage, nothing else. */
const STAGE_ONLY: CurrentStageColumns = { stage: 0, amountExponent: 0, text: new Map() };

/**
 * A one-column range whose values include outcomes ({@link statesOutcomes}) read as a current-stage export's stage
 * column (parse/currentStage): a won deal (Closed Won, 赢单) reached every stage; a lost one (Closed Lost, 输单)
 * with no stage of its own counts at the first stage (`reading.lostWithoutStage`), as the report does; any other
 * deal is open at its stage. Without a header row, one is supposed so that problems still name the sheet's rows.
 * Throws StageOrderNeeded as readCurrentStage does.
 * @example
 * readOutcomeColumn([["Stage"], ["Prospecting"], ["Closed Won"], ["Closed Lost"]], true, { stageSource: "default", firstRow: 1, firstColumn: 1 })
 *   .deals.furthest //=> Int32Array [0, 8, 0] (Salesforce's default pipeline, Closed Won its last stage)
 */
export function readOutcomeColumn(grid: Grid, hasHeader: boolean, options: OutcomeColumnOptions): DealLog {
  const withHeader = hasHeader ? grid : [["Stage"], ...grid];
  const firstRow = hasHeader ? options.firstRow : options.firstRow - 1;
  return readCurrentStage(withHeader, STAGE_ONLY, { ...options, firstRow });
}
