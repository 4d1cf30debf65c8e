import { cellText, columnLetter, isBlankCell, type Grid } from "../model/cells";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import type { Problem } from "../model/problem";
import type { DateOrder, LogShapeKind, ReadingNotes, StageOrderSource } from "../model/reading";
import { stageList, type StageList } from "../model/stages";
import { readCurrentStage, type StageListSource } from "./currentStage";
import { decideColumnOrder, type DateOrderDefaults } from "./dateOrder";
import { trailingFurniture } from "./furniture";
import { readOutcomeColumn, statesOutcomes } from "./outcomeColumn";
import { detectShape } from "./shape";
import { readStageHistory } from "./stageHistory";
import { lazyTextColumns } from "./textColumns";
import { WideRows, type WideShape } from "./wideRows";

/** How to read a deal log. */
export interface DealLogOptions {
  /** The stage order; default: the default stages (both languages). */
  readonly stages?: StageList;
  /** The zone in which `Date` cells are read (the spreadsheet's); default UTC. */
  readonly timeZone?: string;
  /** Sheet row number of the range's first row (default 1), so problems name real rows. */
  readonly firstRow?: number;
  /** 1-based sheet column of the range's first column (default 1). */
  readonly firstColumn?: number;
  /**
   * Where `stages` came from (default: "given" when `stages` is set, else "default"). A stage history follows a
   * "given" or "workbook" order; with "default" it uses its own order when its stages are not the default ones.
   */
  readonly stageOrder?: StageOrderSource;
  /**
   * The order of numbers-only dates (`03/04/2026`) in a column whose own values leave it open (core/parse/dateOrder.ts);
   * the CLI's `--date-order`.
   */
  readonly dateOrder?: DateOrder;
  /** The same, from the locale (the spreadsheet's, dateOrderOfLocale); used after `dateOrder`. */
  readonly localeDateOrder?: DateOrder;
}

/** A deal log read: the deals that count, and every problem found, by row. */
export interface DealLog {
  readonly shape: LogShapeKind;
  readonly deals: DealTable;
  readonly problems: readonly Problem[];
  /** What the reader decided (stage order, date orders, footer rows skipped, currencies, a history's revisits, …). */
  readonly reading?: ReadingNotes;
}

/**
 * Reads a deal log in any shape of DEFINITIONS §2 (wide, one column, current stage) into a {@link DealTable}, or
 * `undefined` when the range is none of them. A current-stage export whose stage order cannot be told throws
 * {@link StageOrderNeeded} (parse/currentStage.ts), naming its stages.
 *
 * Bad rows (DEFINITIONS §5): a stage date that cannot be read, a later stage dated before an earlier one, or a
 * non-blank row with no stage at all is reported with its row and column and the row is left out; blank rows
 * are skipped silently; an unreadable amount is reported and treated as missing; an unknown status word is
 * reported and treated as open. A deal marked lost with a date in the last stage contradicts itself: it is
 * reported (`status.lostAtLastStage`) and kept, lost (it counts in the win rate, in no loss point). The grid is
 * never written to.
 *
 * @example
 * const log = parseDealLog([["线索", "商机", "状态"], [46027, 46030, "赢单"], [46028, "", "丢单"]]);
 * log?.deals.count  //=> 2
 * log?.deals.furthest //=> Int32Array [1, 0]
 */
export function parseDealLog(grid: Grid, options: DealLogOptions = {}): DealLog | undefined {
  const order = options.stages ?? stageList();
  const shape = detectShape(grid, order);
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 1;
  if (shape.kind === "wide") {
    const dateDefaults = { option: options.dateOrder, locale: options.localeDateOrder };
    return { shape: "wide", ...readWide(grid, shape, options.timeZone, firstRow, firstColumn, dateDefaults) };
  }
  if (shape.kind === "stageColumn") {
    if (statesOutcomes(grid, shape.hasHeader, shape.stages)) {
      // Closed Won / Closed Lost among the stages: a current-stage column (core/parse/outcomeColumn).
      const stageSource = currentStageSource(options.stageOrder ?? (options.stages === undefined ? "default" : "given"));
      return readOutcomeColumn(grid, shape.hasHeader, { stages: options.stages, stageSource, timeZone: options.timeZone, firstRow, firstColumn });
    }
    return { shape: "stageColumn", ...readStageColumn(grid, shape.stages, shape.hasHeader, firstRow, firstColumn), reading: { shape: "stageColumn" } };
  }
  if (shape.kind === "history") {
    const orderSource = options.stageOrder ?? (options.stages !== undefined ? "given" : "default");
    return { shape: "history", ...readStageHistory(grid, shape.columns, { order, orderSource, timeZone: options.timeZone, dateDefaults: { option: options.dateOrder, locale: options.localeDateOrder }, firstRow, firstColumn }) };
  }
  if (shape.kind === "currentStage") {
    const stageSource = currentStageSource(options.stageOrder ?? (options.stages === undefined ? "default" : "given"));
    return readCurrentStage(grid, shape.columns, { stages: options.stages, stageSource, timeZone: options.timeZone, dateDefaults: { option: options.dateOrder, locale: options.localeDateOrder }, firstRow, firstColumn });
  }
  return undefined;
}

function readWide(
  grid: Grid,
  shape: WideShape,
  timeZone: string | undefined,
  firstRow: number,
  firstColumn: number,
  dateDefaults: DateOrderDefaults,
): Omit<DealLog, "shape"> {
  const reader: WideRows = new WideRows(grid[0], shape, {
    timeZone,
    firstRow,
    firstColumn,
    capacity: grid.length - 1,
    keepText: [],
    // A column's order is decided when its first numbers-only date (03/04/2026) is met, from that row down, so a
    // log of serials or ISO text never pays for it.
    decide: (_stage, column, rowIndex) => decideColumnOrder(grid, column, rowIndex, reader.textDates, dateDefaults),
  });
  // Footer lines, totals and separators at the bottom (a row with a stage cell filled is never one).
  const footer = new Set(trailingFurniture(grid, 1, (row) => reader.holdsData(row)));
  for (let rowIndex = 1; rowIndex < grid.length; rowIndex++) {
    if (footer.has(rowIndex)) reader.skipFurniture();
    else reader.take(grid[rowIndex], rowIndex);
  }
  const { deals, problems, reading, textColumns } = reader.finish();
  return { deals: { ...deals, text: lazyTextColumns(grid, firstRow, deals.rows, textColumns) }, problems, reading };
}

function readStageColumn(
  grid: Grid,
  stages: StageList,
  hasHeader: boolean,
  firstRow: number,
  firstColumn: number,
): Omit<DealLog, "shape" | "reading"> {
  const start = hasHeader ? 1 : 0;
  const header = hasHeader ? cellText(grid[0][0]) : "";
  const furthest: number[] = [];
  const rows: number[] = [];
  const problems: Problem[] = [];
  for (let rowIndex = start; rowIndex < grid.length; rowIndex++) {
    const cell = grid[rowIndex][0];
    if (isBlankCell(cell)) continue;
    const stage = typeof cell === "string" ? stages.indexOf(cell) : -1;
    if (stage < 0) {
      problems.push({
        row: firstRow + rowIndex,
        column: columnLetter(firstColumn),
        header,
        code: "stage.unknown",
        params: { value: cellText(cell) },
      });
      continue;
    }
    furthest.push(stage);
    rows.push(firstRow + rowIndex);
  }
  const count = furthest.length;
  const lastStage = stages.names.length - 1;
  return {
    deals: {
      stages,
      count,
      hasDates: false,
      stageDays: new Float32Array(0),
      furthest: Int32Array.from(furthest),
      status: Uint8Array.from(furthest, (stage) => (stage === lastStage ? STATUS_CODE.won : STATUS_CODE.open)),
      hasStatus: false,
      amount: new Float64Array(count).fill(NaN),
      hasAmount: false,
      rows: Int32Array.from(rows),
      text: {},
    },
    problems,
  };
}

/** A current-stage export's view of where its stage list came from: typed or passed lists count as given. */
function currentStageSource(source: StageOrderSource): StageListSource {
  return source === "workbook" || source === "default" ? source : "given";
}
