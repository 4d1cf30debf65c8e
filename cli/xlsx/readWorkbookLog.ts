import type { TextField } from "../../core/parse/wideRows";
import type { Grid } from "../../core/model/cells";
import type { DateOrder } from "../../core/model/reading";
import { stageList, type StageList } from "../../core/model/stages";
import { parseDealLog, type DealLog } from "../../core/parse/dealLog";
import { DealLogStream, tableHead } from "../../core/parse/dealLogStream";
import type { GroupColumn } from "../../core/model/groupColumn";
import { groupByColumn, groupColumnOfGrid } from "../../core/parse/groupColumn";
import { detectShape } from "../../core/parse/shape";
import { chooseDealSheet, readingStages, SHEET_HEAD_ROWS, type SheetHead } from "../../core/report/readingPolicy";
import { isStagesSheetName } from "../../core/parse/stagesSheet";
import { FileRefused } from "../fileErrors";
import { ReadTableError } from "../readTable";
import { StreamedWorkbook } from "./streamWorkbook";
import { workbookStages } from "./workbookStages";

/** A workbook's deal log read: the log, the sheet it came from, its header and first rows, and its row count. */
export interface WorkbookLog {
  readonly log: DealLog | undefined;
  readonly sheet?: string;
  /** The header row and the rows under it, at most {@link SHEET_HEAD_ROWS}. */
  readonly head: Grid;
  /** Rows under the header. */
  readonly rows: number;
  /** The column `groupBy` names, one group per deal; absent without `groupBy` or when the header has none. */
  readonly group?: GroupColumn;
}

/** How to read a workbook's deal log. */
export interface WorkbookLogOptions {
  /** `--stages`. */
  readonly stages?: StageList;
  /** `--date-order`. */
  readonly dateOrder?: DateOrder;
  /** The default stages' spelling (the user's language). */
  readonly locale: "zh-CN" | "en";
  /** The text fields a streamed wide log keeps for each deal (none by default: core/parse/dealLogStream.ts). */
  readonly keepText?: readonly TextField[];
  /** `--by`: the field or header whose column is kept for each deal (core/parse/groupColumn.ts). */
  readonly groupBy?: string;
}

/**
 * Reads the deal log of an .xlsx workbook as its sheets stream (cli/xlsx/streamWorkbook.ts), so a sheet of a
 * million deals is read in the memory of the file, its shared strings and one batch of rows:
 * 1. the first {@link SHEET_HEAD_ROWS} rows of every sheet (and the Stages sheet whole) tell which sheet holds the
 *    deals and which stage list to read it with, by the policy every surface follows (core/report/readingPolicy.ts);
 *    when two sheets or more read as deal logs, their rows are counted (the longest is chosen);
 * 2. a wide log is then read as it streams (core/parse/dealLogStream.ts); any other shape (a current-stage export,
 *    a stage history, one column of stage names) is gathered and read whole, as the Excel pane reads it.
 * @throws {ReadTableError} `damagedWorkbook` when the file is no workbook it can open.
 * @throws {FileRefused} and Node's file errors, as {@link StreamedWorkbook.open}.
 * @example
 * const { log, sheet } = await readWorkbookLog("pipeline.xlsx", { locale: "en" });
 * sheet //=> "Deals"
 */
export async function readWorkbookLog(path: string, options: WorkbookLogOptions): Promise<WorkbookLog> {
  {
    const workbook = await damagedAsReadError(() => StreamedWorkbook.open(path));
    const heads: SheetHead[] = [];
    let ownStages: StageList | undefined;
    for (const [index, sheet] of workbook.sheets.entries()) {
      // The Stages sheet is read whole (a list of more stages than a head holds); every other sheet's head only.
      const whole = isStagesSheetName(sheet.name);
      const rows = await gather(workbook, index, whole ? undefined : SHEET_HEAD_ROWS);
      if (whole && ownStages === undefined) ownStages = workbookStages([{ name: sheet.name, grid: rows }]);
      heads.push({ name: sheet.name, head: rows, rows: rows.length });
    }
    const stages = { given: options.stages, workbook: options.stages === undefined ? ownStages : undefined };
    // A head that fills its rows may be longer: count the rows of each deal log when there are two or more to choose from.
    const logs = heads.filter((head) => chooseDealSheet([head], stages).kind === "found");
    if (logs.length > 1) {
      for (const head of logs) {
        if (head.head.length < SHEET_HEAD_ROWS) continue;
        const counted = await damagedAsReadError(() => workbook.streamSheetRows(head.name, () => undefined));
        (head as { rows: number }).rows = counted.rows;
      }
    }
    const choice = chooseDealSheet(heads, stages);
    if (choice.kind === "none") {
      // No deal log: the fallback sheet whole (a one-column log of stage names, or "not a deal log" naming its headers).
      if (choice.fallback === undefined) return { log: undefined, head: [], rows: 0 };
      const grid = await gather(workbook, choice.fallback.index);
      const log = parseDealLog(grid, { stages: options.stages ?? stageList(undefined, options.locale), stageOrder: options.stages ? "given" : "default", dateOrder: options.dateOrder });
      return { log, sheet: choice.fallback.name, head: tableHead(grid), rows: Math.max(0, grid.length - 1), ...groupOfGrid(grid, 1, log, options.groupBy) };
    }
    const head = heads[choice.index].head.slice(choice.headerRow);
    const reading = readingStages(head, stages);
    const logOptions = {
      stages: reading.stages ?? stageList(undefined, options.locale),
      stageOrder: reading.stageOrder,
      dateOrder: options.dateOrder,
    };
    if (detectShape(head, logOptions.stages).kind === "wide") {
      const stream = new DealLogStream(logOptions, { headerRow: choice.headerRow, keepText: options.keepText, groupBy: options.groupBy });
      await damagedAsReadError(() =>
        workbook.streamSheetRows(choice.index, (rows) => {
          for (const row of rows) stream.push(row);
        }),
      );
      const read = stream.end();
      return { log: read.log, sheet: choice.name, head: read.head, rows: read.rows, ...(read.group === undefined ? {} : { group: read.group }) };
    }
    const grid = (await gather(workbook, choice.index)).slice(choice.headerRow);
    const whole = readingStages(grid, stages);
    const log = parseDealLog(grid, { ...logOptions, stages: whole.stages ?? logOptions.stages, stageOrder: whole.stageOrder, firstRow: choice.headerRow + 1 });
    return { log, sheet: choice.name, head: grid.slice(0, SHEET_HEAD_ROWS), rows: Math.max(0, grid.length - 1), ...groupOfGrid(grid, choice.headerRow + 1, log, options.groupBy) };
  }
}

/** The `--by` column of a log read whole (its grid's first row the header), as `{ group }`, or `{}` without one. */
function groupOfGrid(grid: Grid, firstRow: number, log: DealLog | undefined, groupBy: string | undefined): { group?: GroupColumn } {
  if (groupBy === undefined || log === undefined || grid.length === 0) return {};
  const column = groupByColumn(grid[0], groupBy);
  return column === undefined ? {} : { group: groupColumnOfGrid(grid, firstRow, log.deals.rows, column) };
}

/** A sheet's grid rows, the first `limit` of them or all. */
async function gather(workbook: StreamedWorkbook, sheet: number, limit?: number): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  await damagedAsReadError(() =>
    workbook.streamSheetRows(sheet, (batch) => {
      for (const row of batch) {
        if (limit !== undefined && rows.length >= limit) return "stop";
        rows.push(row);
      }
      return limit !== undefined && rows.length >= limit ? "stop" : undefined;
    }),
  );
  return rows;
}

/**
 * Runs a step of reading the workbook's file; a failure of the file's content is said as `damagedWorkbook` (the
 * zip and XML readers' own text is English), as cli/readTable says it.
 */
async function damagedAsReadError<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    // Not the file's content: a refusal (folder, device, size, too many cells) or the file system's own failure.
    if (error instanceof FileRefused || typeof (error as NodeJS.ErrnoException).syscall === "string") throw error;
    throw new ReadTableError("damagedWorkbook", (error as Error).message.split("\n")[0], { cause: error });
  }
}
