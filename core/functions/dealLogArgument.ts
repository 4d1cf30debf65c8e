import { cellText, type Grid } from "../model/cells";
import { nameKey } from "../model/normalize";
import { stageList, type StageList } from "../model/stages";
import { parseDealLog, type DealLog } from "../parse/dealLog";
import { cellsOf } from "./coerce";
import { ArgumentProblem } from "./errors";
import type { CallContext } from "./types";

/**
 * A `stage_order` argument: the non-blank cells of a range, in reading order, as the stage list.
 * @throws {ArgumentProblem} when names repeat or none is given.
 */
export function readStageOrder(grid: Grid | undefined, name: string): StageList | undefined {
  if (grid === undefined) return undefined;
  const names = cellsOf(grid)
    .map(({ value }) => cellText(value))
    .filter((text) => text !== "");
  try {
    return stageList(names);
  } catch {
    throw new ArgumentProblem("#VALUE!", "arg.badStageList", { name });
  }
}

/**
 * A `stages` argument read as a deal log of either shape (CONTRACT §2).
 * With `wideOnly`, a range whose header names no known stages is still read as wide when every header cell is
 * text: a `stage_dates` range is all stage columns, so its header is its stage list.
 * @throws {ArgumentProblem} when the range is neither shape.
 */
export function readDealLogArgument(
  grid: Grid,
  order: StageList | undefined,
  context: CallContext,
  name: string,
  wideOnly = false,
): DealLog {
  const options = { stages: order ?? stageList(undefined, context.locale), timeZone: context.timeZone };
  let log = parseDealLog(grid, options);
  if (wideOnly && (log === undefined || log.shape !== "wide")) {
    const header = grid[0] ?? [];
    const names = header.map(cellText);
    if (header.length >= 2 && names.every((text) => text !== "") && new Set(names.map(nameKey)).size === names.length) {
      log = parseDealLog(grid, { ...options, stages: stageList(names) });
    }
    if (log === undefined || log.shape !== "wide") throw new ArgumentProblem("#VALUE!", "arg.notWide", { name });
  }
  if (log === undefined) throw new ArgumentProblem("#VALUE!", "arg.notStages", { name });
  return log;
}
