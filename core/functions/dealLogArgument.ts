import { cellText, isBlankCell, type Grid } from "../model/cells";
import { nameKey } from "../model/normalize";
import { isDefaultStageName, stageList, type StageList } from "../model/stages";
import { fieldOfHeader, STAGE_COLUMN_HEADERS } from "../model/words";
import { outcomeOfStage, StageOrderNeeded } from "../parse/currentStage";
import { parseDealLog, type DealLog, type DealLogOptions } from "../parse/dealLog";
import { gridWidth } from "../parse/shape";
import { cellsOf } from "./coerce";
import { ArgumentProblem } from "./errors";
import type { CallContext } from "./types";

/**
 * A `stage_order` argument: the non-blank cells of a range, in reading order, as the stage list. A first cell
 * that is a stage column's header (阶段, Stage…) is skipped, so the Stages sheet's whole name column may be given.
 * @throws {ArgumentProblem} when names repeat or none is given.
 * @example
 * readStageOrder([["阶段"], ["线索"], ["需求确认"], ["成交"]], "stage_order")?.names //=> ["线索", "需求确认", "成交"]
 */
export function readStageOrder(grid: Grid | undefined, name: string): StageList | undefined {
  if (grid === undefined) return undefined;
  const names = cellsOf(grid)
    .map(({ value }) => cellText(value))
    .filter((text) => text !== "");
  if (names.length > 0 && STAGE_HEADER_KEYS.has(nameKey(names[0]))) names.shift();
  try {
    return stageList(names);
  } catch {
    throw new ArgumentProblem("#VALUE!", "arg.badStageList", { name });
  }
}

const STAGE_HEADER_KEYS = new Set(STAGE_COLUMN_HEADERS.map(nameKey));
/** Headers of free-text columns that sit beside stage dates and are never a stage. */
const NOTE_HEADER_KEYS = new Set(["备注", "说明", "描述", "Notes", "Note", "Comments", "Comment", "Remarks", "Description"].map(nameKey));

/**
 * The stage list a wide range's own header spells, when it mixes default stages with names of its own and no
 * `stage_order` was given (a template built with its own stages, say Lead · Demo · Trial · Won): the run of
 * columns from the first to the last column headed by a default stage, when every cell in it is a distinct name
 * that is neither another column of DEFINITIONS §2 (编号, 金额, 状态…) nor a note (备注, Notes…). `undefined` when
 * the run holds only default stages (the default list reads it, in the default order), when fewer than two
 * default stages head columns (such a log needs its `stage_order`), or when the run holds anything else.
 * @example
 * headerStageList([["Lead", "Demo", "Trial", "Won"]])?.names             //=> ["Lead", "Demo", "Trial", "Won"]
 * headerStageList([["编号", "线索", "需求确认", "成交", "金额"]])?.names  //=> ["线索", "需求确认", "成交"]
 * headerStageList([["编号", "线索", "商机", "成交", "备注"]])             //=> undefined
 */
export function headerStageList(grid: Grid): StageList | undefined {
  const texts = (grid[0] ?? []).map((cell) => (typeof cell === "string" ? cell.trim() : ""));
  const defaults = texts.flatMap((text, column) => (text !== "" && isDefaultStageName(text) ? [column] : []));
  if (defaults.length < 2) return undefined;
  const run = texts.slice(defaults[0], defaults[defaults.length - 1] + 1);
  const isStageName = (text: string) => text !== "" && fieldOfHeader(text) === undefined && !NOTE_HEADER_KEYS.has(nameKey(text));
  const distinct = new Set(run.map(nameKey)).size === run.length;
  return run.every(isStageName) && distinct && !run.every(isDefaultStageName) ? stageList(run) : undefined;
}

/**
 * A `stages` argument read as a deal log of either shape (DEFINITIONS §2). Without `order`, a wide range whose
 * header mixes default stages with its own is read with the header's ({@link headerStageList}); else the
 * default stages are read.
 * With `wideOnly` (a `stage_dates` argument) only ranges with stage dates are taken: a wide log or a stage history
 * (deal, stage, date); a current-stage export is refused. A range whose header names no known stages is still read
 * as wide when every header cell is text: a `stage_dates` range is all stage columns, so its header is its stage list.
 * In one column, a cell that is not a stage name is refused, naming it: a typo would otherwise drop a deal
 * from every figure without a word (a wide log's bad rows are left out and counted, DEFINITIONS §5).
 * @throws {ArgumentProblem} when the range is neither shape, or a one-column range holds an unknown stage name.
 */
export function readDealLogArgument(
  grid: Grid,
  order: StageList | undefined,
  context: CallContext,
  name: string,
  wideOnly = false,
): DealLog {
  const stages = order ?? (gridWidth(grid) >= 2 ? headerStageList(grid) : undefined) ?? stageList(undefined, context.locale);
  const options: DealLogOptions = { stages, stageOrder: order === undefined ? "default" : "given", timeZone: context.timeZone, localeDateOrder: context.dateOrder };
  let log = parseDealLogOrRefuse(grid, options, name);
  // A stage history (deal, stage, date) has stage dates; a current-stage export has none.
  if (wideOnly && log?.shape === "currentStage") throw new ArgumentProblem("#VALUE!", "arg.notWide", { name });
  if (wideOnly && (log === undefined || (log.shape !== "wide" && log.shape !== "history"))) {
    const header = grid[0] ?? [];
    const names = header.map(cellText);
    if (header.length >= 2 && names.every((text) => text !== "") && new Set(names.map(nameKey)).size === names.length) {
      log = parseDealLogOrRefuse(grid, { ...options, stages: stageList(names) }, name);
    }
    if (log === undefined || log.shape !== "wide") throw new ArgumentProblem("#VALUE!", "arg.notWide", { name });
  }
  if (log === undefined) throw new ArgumentProblem("#VALUE!", "arg.notStages", { name });
  if (log.shape === "stageColumn" || log.shape === "currentStage") {
    const unknown = log.problems.find((problem) => problem.code === "stage.unknown");
    if (unknown !== undefined) {
      throw new ArgumentProblem("#VALUE!", "arg.unknownStageName", { name, row: unknown.row, value: String(unknown.params?.value ?? "") });
    }
  }
  return log;
}

/**
 * parseDealLog, with a current-stage range whose stage order cannot be told refused as `#VALUE!` naming its stages;
 * a one-column range (Closed Won / Closed Lost among its stages) names its first cell that is no stage instead,
 * as a one-column range of stages alone does.
 */
function parseDealLogOrRefuse(grid: Grid, options: DealLogOptions, name: string): DealLog | undefined {
  try {
    return parseDealLog(grid, options);
  } catch (error) {
    if (!(error instanceof StageOrderNeeded)) throw error;
    const unknown = gridWidth(grid) === 1 && options.stages !== undefined ? firstNonStageCell(grid, options.stages) : undefined;
    if (unknown !== undefined) throw new ArgumentProblem("#VALUE!", "arg.unknownStageName", { name, ...unknown });
    throw new ArgumentProblem("#VALUE!", "arg.stageOrderNeeded", { name, values: error.values.join(", ") });
  }
}

/**
 * The first cell of a one-column range, after its first (a header or not), that is neither blank, nor an outcome
 * (Closed Won, 输单…), nor a stage of `stages`: its 1-based row in the range and its text.
 * @example
 * firstNonStageCell([["Stage"], ["Lead"], ["Closed Lost"], ["n/a"]], stageList()) //=> { row: 4, value: "n/a" }
 */
function firstNonStageCell(grid: Grid, stages: StageList): { row: number; value: string } | undefined {
  for (let index = 1; index < grid.length; index++) {
    const cell = grid[index][0];
    if (isBlankCell(cell)) continue;
    const text = cellText(cell).trim();
    if (outcomeOfStage(text) === undefined && stages.indexOf(text) < 0) return { row: index + 1, value: text };
  }
  return undefined;
}
