import { cellText, isBlankCell, type Grid } from "../model/cells";
import { stageList, type StageList } from "../model/stages";
import { detectShape } from "./shape";
import { stageOutcome } from "./stageOutcome";

/**
 * The stage order to read a range with (the Excel pane's sheet or selection, the Sheets sidebar's sheet): the
 * workbook's own (`ownOrder`, from its Stages sheet) when the range fits it, else `undefined` (the default stages).
 * A wide log fits when its first row names at least two of the workbook's stages (the shape core's detectShape
 * reads with that order) and no fewer than the default stages name; a single column of stage names fits unless the default stages recognise more of its
 * cells (a log kept with the default names in a workbook whose Stages sheet lists others); a stage history fits
 * when every stage it names is one of the workbook's or says won or lost (else it is read as the CLI reads it
 * without `--stages`: its stages ordered by the day deals first enter them); a current-stage export is handed the
 * workbook's list as it is (its reader takes it only when every stage of the export is in it, DEFINITIONS §1).
 * @example
 * fittingStages([["Lead", "Demo", "Won"], [46027, 46030, ""]], stageList(["Lead", "Demo", "Won"]))?.names //=> ["Lead", "Demo", "Won"]
 * fittingStages([["Lead", "Opportunity"], [46027, 46030]], stageList(["Discovery", "Demo"]))               //=> undefined
 * fittingStages([["线索", "商机", "方案", "成交"], [46027, 46030, "", ""]], stageList(["线索", "成交"]))   //=> undefined
 */
export function fittingStages(grid: Grid, ownOrder: StageList | undefined): StageList | undefined {
  if (ownOrder === undefined) return undefined;
  const shape = detectShape(grid, ownOrder);
  // A wide log fits unless the default stages name more of its stage columns: read with a shorter list, the
  // columns it lacks would drop out of every figure (a Stages sheet of another template, say).
  if (shape.kind === "wide") return defaultStageColumns(grid) > shape.stageColumns.length ? undefined : ownOrder;
  if (shape.kind === "unknown") return undefined;
  if (shape.kind === "currentStage") return ownOrder;
  if (shape.kind === "history") return historyFits(grid, [shape.columns.stage, shape.columns.from], ownOrder) ? ownOrder : undefined;
  return unknownStageCells(grid, ownOrder) <= unknownStageCells(grid, stageList()) ? ownOrder : undefined;
}

/**
 * Whether a stage history's stage values (in `columns`, below its header) all fit `order`: each names a stage of
 * it, or says the deal was won or lost (输单, Closed Lost). One that does not would be a problem row under a fixed
 * order; without one, the history orders its stages by the day deals first enter them, as the CLI reads it.
 */
function historyFits(grid: Grid, columns: readonly (number | undefined)[], order: StageList): boolean {
  for (const row of grid.slice(1)) {
    for (const column of columns) {
      if (column === undefined || isBlankCell(row[column])) continue;
      const text = cellText(row[column]);
      if (order.indexOf(text) < 0 && stageOutcome(text) === undefined) return false;
    }
  }
  return true;
}

/** How many stage columns the default stages find in a wide log's header (0 when they find no wide log). */
function defaultStageColumns(grid: Grid): number {
  const shape = detectShape(grid, stageList());
  return shape.kind === "wide" ? shape.stageColumns.length : 0;
}

/** Cells of a one-column log below its first row that hold something `order` does not know as a stage. */
function unknownStageCells(grid: Grid, order: StageList): number {
  let unknown = 0;
  for (const row of grid.slice(1)) if (!isBlankCell(row[0]) && order.indexOf(cellText(row[0])) < 0) unknown++;
  return unknown;
}
