import { isBlankCell, type Grid } from "../model/cells";
import { enteredStage, isStageTimeHeader } from "../model/crmHeaders";
import { headerKey } from "../model/normalize";
import { DEFAULT_STAGES, stageList, type StageList } from "../model/stages";
import { historyShapeColumns, type HistoryShapeColumns } from "./historyColumns";
import { currentStageColumns, type CurrentStageColumns } from "./currentStageColumns";
import { readDealStatus } from "./statuses";

/** What a range holds (DEFINITIONS §2). */
export type LogShape =
  | {
      readonly kind: "wide";
      readonly stageColumns: readonly StageColumn[];
      readonly stages: StageList;
      /** "columns" when the stages came from the header's `Date entered "X"` columns, in their order. */
      readonly stageOrder?: "columns";
      /** A `Date entered "Closed Lost"` column: a date there marks the deal lost (it is no stage). */
      readonly lostColumn?: number;
    }
  | { readonly kind: "stageColumn"; readonly hasHeader: boolean; readonly stages: StageList }
  | { readonly kind: "history"; readonly columns: HistoryShapeColumns }
  | { readonly kind: "currentStage"; readonly columns: CurrentStageColumns }
  | { readonly kind: "unknown" };

/** A column of a wide log that holds one stage's dates. */
export interface StageColumn {
  /** 0-based column index in the range. */
  readonly column: number;
  /** 0-based position of the stage in the ordered list. */
  readonly stage: number;
}

/** The widest row of a possibly ragged range. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  // An index loop: a for…of over a million rows allocated an iterator result per row (26 MB per parse).
  for (let i = 0; i < grid.length; i++) if (grid[i].length > width) width = grid[i].length;
  return width;
}

/**
 * Tells a range's shape by looking at it (DEFINITIONS §2): one column → stage names (its first cell is a header
 * when it is not a stage name; blank columns to its right do not count); two or more columns whose first row
 * names at least two stages → wide; a deal column whose values repeat, a stage (or from and to stage) column and a
 * date column → a stage history (core/parse/historyColumns); else a first row with a current-stage column beside
 * dates or an amount ({@link currentStageColumns}) → currentStage; anything else → unknown.
 *
 * In a wide log the stages are those of `order` (default: the default stages, both languages) that head a
 * column, in `order`'s order, spelled as the header spells them. Columns may come in any order. A header names a
 * stage when it is the stage's name (as `order.indexOf` matches it) or, failing that, when their
 * {@link headerKey}s are equal: `商 机`, `线索：`, `商机日期`, `Won date` name stages (shown as `商 机`, `线索`,
 * `商机`, `Won`); `成交金额` does not. An exact name takes its stage before a header that only folds to it.
 * HubSpot's `Date entered "Stage (Pipeline)"` names the stage inside its quotes (the pipeline dropped); its
 * `Date exited "…"`, `Latest time in "…"` and `Cumulative time in "…"` name none.
 *
 * When fewer than two stages of `order` head a column, a header with two or more `Date entered "X"` columns
 * gives its own stages ({@link stagesFromColumns}).
 *
 * @example
 * detectShape([["编号", "线索", "商机"], ["A-1", 46027, 46030]]).kind //=> "wide"
 * detectShape([["Lead Date", "Won Date"]]).stages.names              //=> ["Lead", "Won"]
 * detectShape([["Stage"], ["Lead"], ["Won"]]).kind                     //=> "stageColumn"
 * detectShape([["Stage", "Close Date"], ["Closed Won", "2026-02-20"]]).kind //=> "currentStage"
 */
export function detectShape(grid: Grid, order: StageList = stageList()): LogShape {
  const width = gridWidth(grid);
  if (grid.length === 0 || width === 0) return { kind: "unknown" };
  if (width === 1) return stageColumnShape(grid, order);
  const found = stageHeaders(grid[0], order);
  // Columns to the right that hold nothing (a CSV line ending in a delimiter, a selection one column too wide)
  // leave one column of stage names.
  if (found.length < 2) {
    const fromColumns = stagesFromColumns(grid[0]);
    if (fromColumns !== undefined) return fromColumns;
    if (onlyFirstColumnFilled(grid)) return stageColumnShape(grid, order);
    const history = historyShapeColumns(grid);
    if (history !== undefined) return { kind: "history", columns: history };
    // One row per deal with its current stage (Stage, 当前阶段…) beside dates or an amount: DEFINITIONS §2.
    const columns = currentStageColumns(grid[0]);
    return columns === undefined ? { kind: "unknown" } : { kind: "currentStage", columns };
  }
  found.sort((a, b) => a.stage - b.stage);
  const stages = stageList(found.map((entry) => entry.name));
  return {
    kind: "wide",
    stages,
    stageColumns: found.map((entry, position) => ({ column: entry.column, stage: position })),
  };
}

/** The one-column shape: its first cell is a header when it is not a stage name (DEFINITIONS §2). */
function stageColumnShape(grid: Grid, order: StageList): LogShape {
  const first = grid[0][0];
  const hasHeader = !isBlankCell(first) && !(typeof first === "string" && order.indexOf(first) >= 0);
  return { kind: "stageColumn", hasHeader, stages: order };
}

/** True when no row holds anything after its first cell. */
function onlyFirstColumnFilled(grid: Grid): boolean {
  for (const row of grid) for (let column = 1; column < row.length; column++) if (!isBlankCell(row[column])) return false;
  return true;
}

/**
 * The stage columns a header row names: each stage once, exact names first, then headers that fold to one.
 * `stage` is the stage's 0-based position in `order` (the CLI tells a `--stages` entry that heads no column by it).
 */
export function stageHeaders(header: readonly unknown[], order: StageList): { column: number; stage: number; name: string }[] {
  const found: { column: number; stage: number; name: string }[] = [];
  const seen = new Set<number>();
  const taken = new Set<number>();
  const take = (column: number, stage: number, name: string) => {
    if (stage < 0 || seen.has(stage) || taken.has(column)) return;
    seen.add(stage);
    taken.add(column);
    found.push({ column, stage, name });
  };
  // A HubSpot `Date entered "X (Pipeline)"` header is matched by its X; its other stage-time headers by nothing.
  const names = header.map((cell) => (typeof cell !== "string" ? undefined : isStageTimeHeader(cell) ? enteredStage(cell)?.stage : cell));
  names.forEach((name, column) => {
    if (name !== undefined) take(column, order.indexOf(name), name.trim());
  });
  if (seen.size === order.names.length) return found;
  const byKey = stageHeaderKeys(order);
  names.forEach((name, column) => {
    if (name === undefined) return;
    const stage = byKey.get(headerKey(name, "stage"));
    if (stage !== undefined) take(column, stage, stageNameAsWritten(name));
  });
  return found;
}

const headerKeysOfOrder = new WeakMap<StageList, ReadonlyMap<string, number>>();

/** Each stage's {@link headerKey}, for its own name and, for a default stage, its other-language name. */
function stageHeaderKeys(order: StageList): ReadonlyMap<string, number> {
  let keys = headerKeysOfOrder.get(order);
  if (keys !== undefined) return keys;
  const map = new Map<string, number>();
  const add = (name: string, stage: number) => {
    const key = headerKey(name, "stage");
    if (key !== "" && !map.has(key)) map.set(key, stage);
  };
  order.names.forEach((name, stage) => add(name, stage));
  for (const stage of DEFAULT_STAGES) {
    for (const name of [stage["zh-CN"], stage.en]) {
      const index = order.indexOf(name);
      if (index >= 0) add(name, index);
    }
  }
  keys = map;
  headerKeysOfOrder.set(order, keys);
  return keys;
}

const COLON_AND_DATE_WORD = /\s*(?:[(（[【]\s*)?(?:日期|时间|日|date|time)?\s*(?:[)）\]】]\s*)?[:：]?\s*$/i;

/** A stage header as the user wrote it, less a trailing date word and colon: "商机日期" → "商机", "Won date:" → "Won". */
function stageNameAsWritten(header: string): string {
  const name = header.trim().replace(COLON_AND_DATE_WORD, "");
  return name === "" ? header.trim() : name;
}

/**
 * A wide log's own stages, from a header whose stages no list names (DEFINITIONS §1 "stage order"): the X of
 * each HubSpot `Date entered "X (Pipeline)"` column, in column order, when there are two or more; `undefined`
 * otherwise. Only the pipeline of the first such column is read (another pipeline's columns are no stages here).
 * A stage whose name is a lost word (`Closed Lost`) is no stage: its column marks the deal lost
 * (`lostColumn`); a stage whose name is a won word (`Closed Won`) is put last, where a date means won. Two
 * columns naming the same stage: the first is taken.
 * @example
 * const shape = stagesFromColumns(['Date entered "A (P)"', 'Date entered "Closed Won (P)"', 'Date entered "Closed Lost (P)"']);
 * shape?.stages.names //=> ["A", "Closed Won"]
 * shape?.lostColumn   //=> 2
 */
export function stagesFromColumns(header: readonly unknown[]): Extract<LogShape, { kind: "wide" }> | undefined {
  let pipeline: string | undefined;
  const columns: { column: number; name: string }[] = [];
  let wonColumn: { column: number; name: string } | undefined;
  let lostColumn: number | undefined;
  const seen = new Set<string>();
  header.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const entered = enteredStage(cell);
    if (entered === undefined) return;
    pipeline ??= entered.pipeline;
    if (entered.pipeline !== pipeline) return;
    const key = headerKey(entered.stage, "stage");
    if (seen.has(key)) return;
    seen.add(key);
    const outcome = readDealStatus(entered.stage);
    if (outcome === "lost") lostColumn ??= column;
    else if (outcome === "won") wonColumn ??= { column, name: entered.stage };
    else columns.push({ column, name: entered.stage });
  });
  if (wonColumn !== undefined) columns.push(wonColumn);
  if (columns.length < 2) return undefined;
  return {
    kind: "wide",
    stages: stageList(columns.map((entry) => entry.name)),
    stageColumns: columns.map((entry, stage) => ({ column: entry.column, stage })),
    stageOrder: "columns",
    ...(lostColumn === undefined ? {} : { lostColumn }),
  };
}
