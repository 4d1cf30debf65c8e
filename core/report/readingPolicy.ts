/**
 * The one reading policy of every surface (DEFINITIONS §2 "Which sheet", §1, §7): which sheet of a workbook holds
 * the deals, where the stage list comes from, and how many problem rows a surface lists. The command line, the
 * Excel task pane and the Sheets sidebar all call these functions, so the same workbook gives the same sheet, the
 * same stages and the same figures everywhere.
 *
 * The sheet is chosen from each sheet's first rows and its row count only ({@link SheetHead}), never from whole
 * grids: a caller that streams a large file, or a host that pays for every cell it reads, hands over heads.
 */
import { isBlankCell, type Grid } from "../model/cells";
import type { StageOrderSource } from "../model/reading";
import { stageList, type StageList } from "../model/stages";
import { currentStageColumns, currentStageHeaderRow } from "../parse/currentStageColumns";
import { dayFromCivil } from "../parse/dates";
import { fittingStages } from "../parse/fittingStages";
import { stageHeaderRow, STAGE_HEADER_SEARCH_ROWS } from "../parse/headerRow";
import { historyColumns } from "../parse/historyColumns";
import { detectShape } from "../parse/shape";
import { isStagesSheetName, stagesFromSheet } from "../parse/stagesSheet";

/**
 * Rows of a sheet's head that a caller hands to {@link chooseDealSheet}: the rows a header may sit in
 * ({@link STAGE_HEADER_SEARCH_ROWS}) and a few below it, where the policy looks for the first deals.
 */
export const SHEET_HEAD_ROWS = STAGE_HEADER_SEARCH_ROWS + 5;

/**
 * Problem rows a surface lists (the CLI's text report, the Excel pane, the Sheets sidebar); each says how many
 * more there are ("and 12 more"). `--json` lists every problem.
 */
export const PROBLEMS_LISTED = 50;

/** One sheet of a workbook as the policy sees it: its name, its first rows and how many rows it has. */
export interface SheetHead {
  readonly name: string;
  /** The sheet's rows from row 1 (at least {@link SHEET_HEAD_ROWS} of them when it has that many; more are ignored). */
  readonly head: Grid;
  /** The sheet's rows from row 1 to its last row holding anything. */
  readonly rows: number;
  /** True for the sheet the user is looking at (the hosts' active sheet; a file has none). */
  readonly active?: boolean;
}

/** The deal sheet {@link chooseDealSheet} chose. */
export interface DealSheetChoice {
  readonly name: string;
  /** 0-based position of the sheet among those given. */
  readonly index: number;
  /** 0-based row of its header (rows above it are titles, notes or blank lines). */
  readonly headerRow: number;
  /** True when its first rows below the header hold a deal (not only counts), or it has no row below the header. */
  readonly showsDeals: boolean;
}

/** What {@link chooseDealSheet} decided. */
export type SheetChoice =
  | ({ readonly kind: "found" } & DealSheetChoice)
  /**
   * No sheet reads as a deal log: `fallback` (the active sheet, else the first sheet that is not the Stages
   * sheet) is read whole — a one-column log of stage names has no header to find — and anything else there is
   * "not a deal log", naming its headers. `undefined` for a workbook with no such sheet.
   */
  | { readonly kind: "none"; readonly fallback?: { readonly name: string; readonly index: number } };

/** The stage lists a workbook offers: `--stages` (given) and its Stages sheet. */
export interface PolicyStages {
  readonly given?: StageList;
  /** The workbook's 阶段 / Stages sheet, as its grid from row 1 (see {@link workbookStageList}). */
  readonly workbook?: StageList;
}

/** 2000-01-01: a number below this serial under a stage header is a count or an amount, not a date. */
const FIRST_LIKELY_DATE = dayFromCivil(2000, 1, 1);

/**
 * The workbook's own stage list: the sheet named 阶段 / Stages among `sheets`, read by {@link stagesFromSheet}.
 * Its head is enough for a list of up to {@link SHEET_HEAD_ROWS} − 1 stages.
 * @example
 * workbookStageList([{ name: "Stages", head: [["#", "Stage"], [1, "Discovery"], [2, "Demo"]], rows: 3 }])?.names //=> ["Discovery", "Demo"]
 */
export function workbookStageList(sheets: readonly Pick<SheetHead, "name" | "head">[]): StageList | undefined {
  return stagesFromSheet(sheets.find((sheet) => isStagesSheetName(sheet.name))?.head);
}

/**
 * Which sheet holds the deals (DEFINITIONS §2 "Which sheet"), as a manager expects it:
 * 1. the active sheet, when it reads as a deal log and its first rows show deals;
 * 2. else, of the sheets that read as a deal log and show deals, the one with the most rows (the first in tab
 *    order on a tie);
 * 3. else, of the sheets that read as a deal log (a summary of counts under stage names, say), the one with the
 *    most rows;
 * 4. else none ({@link SheetChoice} `none`, with the sheet to read whole instead).
 *
 * A sheet *reads as a deal log* when it is not the Stages sheet and one of its first {@link STAGE_HEADER_SEARCH_ROWS}
 * rows is a deal log's header: it names two stages (of `given`, else of the workbook's list, else the default
 * stages) or a stage history's deal, stage and date columns ({@link stageHeaderRow}), or it is a current-stage
 * export's header ({@link currentStageHeaderRow}). It *shows deals* when a row of its head below the header holds
 * something in a stage (or history date, or current stage) column other than a number before 2000-01-01 — a date, or
 * text, even one that reads as no date (a bad row is still a deal's); a monthly summary of counts does not — or when
 * it has no row below the header at all (a fresh template's Deals sheet).
 * @example
 * chooseDealSheet([
 *   { name: "Summary", head: [["Month", "Lead", "Won"], ["Jan", 120, 30]], rows: 13 },
 *   { name: "Log", head: [["Deal", "Lead", "Won"], ["D1", 46027, 46057]], rows: 801 },
 * ], {}) //=> { kind: "found", name: "Log", index: 1, headerRow: 0, showsDeals: true }
 */
export function chooseDealSheet(sheets: readonly SheetHead[], stages: PolicyStages): SheetChoice {
  const orders = stages.given !== undefined ? [stages.given] : stages.workbook !== undefined ? [stages.workbook, stageList()] : [stageList()];
  let best: (DealSheetChoice & { readonly rank: readonly number[] }) | undefined;
  sheets.forEach((sheet, index) => {
    if (isStagesSheetName(sheet.name)) return;
    const found = dealLogHeader(sheet.head, orders);
    if (found === undefined) return;
    const showsDeals = found.showsDeals || sheet.rows <= found.headerRow + 1;
    const rank = [sheet.active === true && showsDeals ? 1 : 0, showsDeals ? 1 : 0, sheet.rows - found.headerRow];
    if (best === undefined || isAbove(rank, best.rank)) best = { name: sheet.name, index, headerRow: found.headerRow, showsDeals, rank };
  });
  if (best !== undefined) return { kind: "found", name: best.name, index: best.index, headerRow: best.headerRow, showsDeals: best.showsDeals };
  const fallback = sheets.findIndex((sheet) => sheet.active === true);
  const index = fallback >= 0 ? fallback : sheets.findIndex((sheet) => !isStagesSheetName(sheet.name));
  return index < 0 ? { kind: "none" } : { kind: "none", fallback: { name: sheets[index].name, index } };
}

/** Whether rank `a` is above `b`, compared field by field (a tie keeps the earlier sheet). */
function isAbove(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/** A sheet head's deal log header row (the first order that finds one), and whether rows below it show deals. */
function dealLogHeader(head: Grid, orders: readonly StageList[]): { headerRow: number; showsDeals: boolean } | undefined {
  for (const order of orders) {
    const headerRow = stageHeaderRow(head, order);
    if (headerRow < 0) continue;
    const header = head[headerRow];
    const shape = detectShape([header], order);
    const dateColumns = shape.kind === "wide" ? shape.stageColumns.map((entry) => entry.column) : [historyColumns(header)?.date ?? -1];
    return { headerRow, showsDeals: head.slice(headerRow + 1).some((row) => dateColumns.some((column) => isDealCell(row[column]))) };
  }
  const headerRow = currentStageHeaderRow(head);
  if (headerRow < 0) return undefined;
  const stage = currentStageColumns(head[headerRow])?.stage ?? -1;
  return { headerRow, showsDeals: head.slice(headerRow + 1).some((row) => !isBlankCell(row[stage])) };
}

/**
 * A stage cell of a deal's row: anything filled but a number before 2000-01-01's serial, which is a count or an
 * amount (a summary's 120 under 线索). Text that reads as no date is a deal's bad row all the same: the sheet is a
 * deal log, and the row a problem it lists.
 */
function isDealCell(cell: unknown): boolean {
  if (typeof cell === "number") return cell >= FIRST_LIKELY_DATE;
  return !isBlankCell(cell);
}

/**
 * Where the stage list of the chosen sheet comes from (DEFINITIONS §1): the one given (`--stages`), else the
 * workbook's Stages sheet when the log fits it ({@link fittingStages}), else the default stages (`stages`
 * undefined: the caller uses the default list in the user's language, and a stage history orders its own).
 * `grid` is the log from its header row down.
 * @example
 * readingStages([["Lead", "Demo", "Won"]], { workbook: stageList(["Lead", "Demo", "Won"]) }) //=> { stages: (that list), stageOrder: "workbook" }
 * readingStages([["线索", "成交"]], { workbook: stageList(["Discovery", "Demo"]) })            //=> { stages: undefined, stageOrder: "default" }
 */
export function readingStages(grid: Grid, stages: PolicyStages): { readonly stages?: StageList; readonly stageOrder: Extract<StageOrderSource, "given" | "workbook" | "default"> } {
  if (stages.given !== undefined) return { stages: stages.given, stageOrder: "given" };
  const own = fittingStages(grid, stages.workbook);
  return own === undefined ? { stageOrder: "default" } : { stages: own, stageOrder: "workbook" };
}

/**
 * The problem rows a surface lists ({@link PROBLEMS_LISTED}, in sheet order) and how many more it only counts.
 * @example
 * listedProblems(Array.from({ length: 60 }, (_, i) => i)).more //=> 10
 */
export function listedProblems<T>(problems: readonly T[]): { readonly shown: readonly T[]; readonly more: number } {
  const shown = problems.slice(0, PROBLEMS_LISTED);
  return { shown, more: problems.length - shown.length };
}

/**
 * A sheet's head from its whole grid, for a caller that holds the grid anyway.
 * @example
 * sheetHead("Deals", grid, true) //=> { name: "Deals", head: grid.slice(0, 25), rows: grid.length, active: true }
 */
export function sheetHead(name: string, grid: Grid, active?: boolean): SheetHead {
  return { name, head: grid.length > SHEET_HEAD_ROWS ? grid.slice(0, SHEET_HEAD_ROWS) : grid, rows: grid.length, ...(active === undefined ? {} : { active }) };
}
