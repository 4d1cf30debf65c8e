import { cellText, columnLetter, isBlankCell, type Grid } from "../model/cells";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { nameKey } from "../model/normalize";
import type { Problem } from "../model/problem";
import type { ReadingNotes, StageOrderSource } from "../model/reading";
import { stageList, type StageList } from "../model/stages";
import { amountExponentOfHeader, fieldOfHeader, type DealField } from "../model/words";
import { readAmountCell } from "./amounts";
import { isCrmAmountHeader } from "./currentStageColumns";
import { dateColumnNotes, decideColumnOrder, dayOfColumnDate, TextDateCache, type DateColumnDecision, type DateOrderDefaults } from "./dateOrder";
import { dayFromSerial, readDateCell, type DateProblem } from "./dates";
import { firstEntryOrder } from "./firstEntryOrder";
import { isHeaderRepeat, isSeparatorRow, trailingFurniture } from "./furniture";
import type { HistoryShapeColumns } from "./historyColumns";
import { readDealStatus } from "./statuses";
import { stageOutcome } from "./stageOutcome";
import { lazyTextColumns } from "./textColumns";

/** How to read a stage history. */
export interface StageHistoryOptions {
  /** The stage order to use when it is fixed, or the default stages (used when every stage of the history is one). */
  readonly order: StageList;
  /** Where `order` came from: "given" or "workbook" fix it; "default" lets the history's own order win. */
  readonly orderSource: StageOrderSource;
  readonly timeZone?: string;
  /** How numbers-only dates (03/04/2026) are read when the date column's own values leave it open (core/parse/dateOrder). */
  readonly dateDefaults?: DateOrderDefaults;
  /** Sheet row number of the header row. */
  readonly firstRow: number;
  /** 1-based sheet column of the range's first column. */
  readonly firstColumn: number;
}

/** A stage history pivoted to one deal each. */
export interface StageHistory {
  readonly deals: DealTable;
  readonly problems: readonly Problem[];
  readonly reading: ReadingNotes;
}

// Stage codes of a row, beside the 0-based ids of the stages it names.
const NO_STAGE = -1;
const WON = -2;
const LOST = -3;
/** A from/to row whose from and to are the same stage (an amount or date change): no stage entered. */
const SAME = -4;
/** A row left out (a stage not in a fixed order). */
const DROPPED = -5;

/** Day numbers of date text already read: histories repeat their dates (not always their times). */

type TextField = Exclude<DealField, "amount" | "status">;

/**
 * Pivots a stage history (one row per stage change; DEFINITIONS §2) to one deal per deal key, as a wide log with
 * stage dates (`hasDates` true). Each deal gets:
 * - the FIRST day it entered each stage (a deal that went back to an earlier stage keeps its first entries and is
 *   counted in `reading.revisitedDeals`);
 * - its outcome: lost when its latest row is a lost one (`Closed Lost`, `输单`, `Closed-Lost to Competition`:
 *   an outcome, not a stage — its furthest real stage is where it was lost); else won when a row says won
 *   (`Closed Won`, `赢单`: the funnel's last stage); else the status column of its latest row; else won when it
 *   entered the last stage; else open. A lost deal with no real stage counts in the first stage and in
 *   `reading.lostWithoutStage`;
 * - its other fields (owner, amount, …) from its latest row (by date, then by sheet row), which is also the row
 *   the deal is reported at.
 *
 * The stage order is `options.order` when it was given or comes from the workbook (a stage outside it is a
 * problem row), the default stages when every stage of the history is one of them, and otherwise the stages by
 * their typical first-entry day ({@link firstEntryOrder}) with the won stage last (`reading.stageOrder`).
 *
 * A report's footer and separator lines (core/parse/furniture) are skipped and counted in `reading.furnitureRows`.
 * Problem rows (left out, reported with their sheet row and column): no deal key, no stage, a date that is blank or
 * unreadable, a stage outside a fixed order. A deal whose first entries go backwards in stage order (a later stage
 * entered before an earlier one it had never entered before) is reported like a wide log's backwards dates
 * (`date.backwards`, at the row that entered the later stage) and left out. O(rows × stages), one Map of deal keys.
 *
 * @example
 * readStageHistory(
 *   [["商机编号", "阶段", "进入日期"], [1, "线索", "2026/1/5"], [1, "成交", "2026/2/4"], [2, "线索", "2026/1/6"], [2, "输单", "2026/1/9"]],
 *   { key: 0, stage: 1, date: 2 },
 *   { order: stageList(), orderSource: "default", firstRow: 1, firstColumn: 1 },
 * ).deals.status //=> Uint8Array [1, 2] (won, lost)
 */
export function readStageHistory(grid: Grid, columns: HistoryShapeColumns, options: StageHistoryOptions): StageHistory {
  const { firstRow, firstColumn, timeZone } = options;
  const header = grid[0];
  const where = (rowIndex: number, column: number) => ({
    row: firstRow + rowIndex,
    column: columnLetter(firstColumn + column),
    header: cellText(header[column]),
  });
  const problems: Problem[] = [];
  const fixed = options.orderSource === "given" || options.orderSource === "workbook";

  // Pass 1: each row's deal, stage (as first spelt), from-stage and day.
  const capacity = Math.max(0, grid.length - 1);
  const rowIndex = new Int32Array(capacity);
  const rowDeal = new Int32Array(capacity);
  const rowStage = new Int32Array(capacity);
  const rowFrom = new Int32Array(capacity);
  const rowDay = new Float64Array(capacity);
  const dealOfKey = new Map<string, number>();
  const stageOfKey = new Map<string, number>();
  const stageNames: string[] = [];
  const codeOfCell = new Map<unknown, number>();
  let wonName: string | undefined;
  const stageCode = (cell: unknown): number => {
    let code = codeOfCell.get(cell);
    if (code !== undefined) return code;
    const text = typeof cell === "string" ? cell.trim() : cellText(cell);
    if (text === "") code = NO_STAGE;
    else {
      const outcome = fixed && options.order.indexOf(text) >= 0 ? undefined : stageOutcome(text);
      if (outcome === "won") {
        code = WON;
        wonName ??= text;
      } else if (outcome === "lost") code = LOST;
      else {
        const name = nameKey(text);
        code = stageOfKey.get(name);
        if (code === undefined) {
          code = stageNames.length;
          stageOfKey.set(name, code);
          stageNames.push(text);
        }
      }
    }
    codeOfCell.set(cell, code);
    return code;
  };
  // Text dates: each distinct string read once; numbers-only dates (03/04/2026) in the order the date column's own
  // values settle (else the caller's option or locale), decided when the first one is met — as a wide log's columns.
  const textDates = new TextDateCache();
  let dateDecision: DateColumnDecision | undefined;
  const readDay = (cell: unknown, index: number): number | null | DateProblem => {
    if (typeof cell === "number") return dayFromSerial(cell);
    if (typeof cell !== "string") return readDateCell(cell, timeZone);
    const reading = textDates.read(cell);
    if (reading === null || typeof reading !== "object") return reading;
    dateDecision ??= decideColumnOrder(grid, columns.date, index, textDates, options.dateDefaults ?? {});
    return dayOfColumnDate(reading, dateDecision.order);
  };

  let rows = 0;
  let previousKey: string | undefined;
  let previousDeal = -1;
  // A report's footer (Salesforce's copyright lines…) and separator lines: skipped and counted once.
  const footer = new Set(trailingFurniture(grid, 1, (row) => !isBlankCell(row[columns.key]) || !isBlankCell(row[columns.stage])));
  let furnitureRows = 0;
  for (let index = 1; index < grid.length; index++) {
    const row = grid[index];
    const keyCell = row[columns.key];
    if (isHeaderRepeat(row, grid[0])) {
      furnitureRows++;
      continue;
    }
    if (isBlankCell(keyCell)) {
      if (footer.has(index) || isSeparatorRow(row)) furnitureRows++;
      else if (!row.every(isBlankCell)) problems.push({ ...where(index, columns.key), code: "history.noDeal", params: {} });
      continue;
    }
    const stage = stageCode(row[columns.stage]);
    if (stage === NO_STAGE) {
      problems.push({ ...where(index, columns.stage), code: "history.noStage", params: {} });
      continue;
    }
    const dateCell = row[columns.date];
    const day = readDay(dateCell, index);
    if (day === null) {
      problems.push({ ...where(index, columns.date), code: "history.noDate", params: {} });
      continue;
    }
    if (typeof day === "string") {
      problems.push({ ...where(index, columns.date), code: day, params: { value: cellText(dateCell) || String(dateCell) } });
      continue;
    }
    const from = columns.from === undefined ? NO_STAGE : stageCode(row[columns.from]);
    const key = typeof keyCell === "string" ? keyCell.trim() : cellText(keyCell);
    // Exports list a deal's rows together: the row before names the same deal more often than not.
    let deal = key === previousKey ? previousDeal : dealOfKey.get(key);
    if (deal === undefined) dealOfKey.set(key, (deal = dealOfKey.size));
    previousKey = key;
    previousDeal = deal;
    rowIndex[rows] = index;
    rowDeal[rows] = deal;
    rowStage[rows] = from >= 0 && from === stage ? SAME : stage;
    rowFrom[rows] = from;
    rowDay[rows] = day;
    rows++;
  }
  const dealCount = dealOfKey.size;
  const stageCount = stageNames.length;

  // The order: fixed, the default stages, or by first entry (decided below, once first entries are known).
  let source: StageOrderSource = options.orderSource;
  let positionOf: Int32Array | undefined;
  if (fixed || stageNames.every((name) => options.order.indexOf(name) >= 0)) {
    positionOf = Int32Array.from(stageNames, (name) => options.order.indexOf(name));
    if (!fixed) source = "default";
    for (let r = 0; r < rows; r++) {
      const stage = rowStage[r] === SAME ? rowFrom[r] : rowStage[r];
      if (stage >= 0 && positionOf[stage] < 0) {
        const index = rowIndex[r];
        problems.push({ ...where(index, columns.stage), code: "stage.unknown", params: { value: cellText(grid[index][columns.stage]) } });
        rowStage[r] = DROPPED;
      }
    }
  }

  // Pass 2: first entries by stage id (column `stageCount` is the won stage), outcomes, latest rows.
  const width = stageCount + 1;
  const firstDays = new Float32Array(dealCount * width).fill(NaN);
  const reachedBefore = new Uint8Array(dealCount * width);
  const latestEntry = new Float64Array(dealCount).fill(-Infinity);
  const latestLost = new Float64Array(dealCount).fill(-Infinity);
  const lostRow = new Int32Array(dealCount);
  const latestDay = new Float64Array(dealCount).fill(-Infinity);
  const latestRow = new Int32Array(dealCount);
  let outcomeRows = false;
  for (let r = 0; r < rows; r++) {
    const stage = rowStage[r];
    if (stage === DROPPED) continue;
    const deal = rowDeal[r];
    const day = rowDay[r];
    if (day >= latestDay[deal]) {
      latestDay[deal] = day;
      latestRow[deal] = rowIndex[r];
    }
    const from = rowFrom[r];
    if (from >= 0 && (positionOf === undefined || positionOf[from] >= 0)) reachedBefore[deal * width + from] = 1;
    if (stage === LOST) {
      outcomeRows = true;
      if (day >= latestLost[deal]) {
        latestLost[deal] = day;
        lostRow[deal] = rowIndex[r];
      }
      continue;
    }
    if (stage === SAME) continue;
    const column = stage === WON ? stageCount : stage;
    if (stage === WON) outcomeRows = true;
    const cell = deal * width + column;
    if (!(firstDays[cell] <= day)) firstDays[cell] = day;
    if (day > latestEntry[deal]) latestEntry[deal] = day;
  }

  // Positions of the id columns in the final order.
  let names: string[];
  const positionOfColumn = new Int32Array(width);
  if (positionOf !== undefined) {
    names = [...options.order.names];
    positionOfColumn.set(positionOf);
    positionOfColumn[stageCount] = names.length - 1;
  } else {
    source = "firstEntry";
    const ordered = firstEntryOrder(firstDays, dealCount, width, stageCount, stageNames);
    names = ordered.map((stage) => stageNames[stage]);
    ordered.forEach((stage, position) => (positionOfColumn[stage] = position));
    if (wonName !== undefined) names.push(wonName);
    positionOfColumn[stageCount] = wonName !== undefined ? names.length - 1 : -1;
  }
  const stages = positionOf !== undefined ? options.order : stageList(names);
  const S = names.length;
  const last = S - 1;

  // Each deal as a wide row: first entries by position, furthest stage, outcome; backwards deals left out.
  const stageDays = new Float32Array(dealCount * S).fill(NaN);
  const furthest = new Int32Array(dealCount).fill(-1);
  const status = new Uint8Array(dealCount);
  const backwards = new Map<number, { stage: number; earlier: number }[]>();
  const statusColumn = fieldColumn(header, "status", columns);
  const statusCache = new Map<unknown, number | undefined>();
  let lostWithoutStage = 0;
  let withoutStage: Uint8Array | undefined;
  for (let deal = 0; deal < dealCount; deal++) {
    if (latestDay[deal] === -Infinity) continue; // every row dropped
    const base = deal * S;
    for (let column = 0; column < width; column++) {
      const position = positionOfColumn[column];
      if (position < 0) continue;
      const day = firstDays[deal * width + column];
      if (!Number.isNaN(day) && !(stageDays[base + position] <= day)) stageDays[base + position] = day;
      if ((!Number.isNaN(day) || reachedBefore[deal * width + column] === 1) && position > furthest[deal]) furthest[deal] = position;
    }
    let lastDay = -Infinity;
    let lastStage = -1;
    for (let stage = 0; stage < S; stage++) {
      const day = stageDays[base + stage];
      if (Number.isNaN(day)) continue;
      if (day < lastDay) {
        let list = backwards.get(deal);
        if (list === undefined) backwards.set(deal, (list = []));
        list.push({ stage, earlier: lastStage });
      } else {
        lastDay = day;
        lastStage = stage;
      }
    }
    const lost = latestLost[deal] > -Infinity && latestLost[deal] >= latestEntry[deal];
    if (furthest[deal] < 0) {
      if (!lost) continue; // rows naming no stage of the order
      furthest[deal] = 0;
      if (!backwards.has(deal)) lostWithoutStage++;
      (withoutStage ??= new Uint8Array(dealCount))[deal] = 1;
    }
    if (lost) {
      status[deal] = STATUS_CODE.lost;
      if (!Number.isNaN(stageDays[base + last]) && !backwards.has(deal)) {
        const index = lostRow[deal];
        problems.push({
          ...where(index, columns.stage),
          code: "status.lostAtLastStage",
          params: { value: cellText(grid[index][columns.stage]), stage: names[last] },
        });
      }
    } else if (!Number.isNaN(firstDays[deal * width + stageCount])) {
      status[deal] = STATUS_CODE.won;
    } else if (statusColumn !== undefined) {
      const index = latestRow[deal];
      const cell = grid[index][statusColumn];
      let code = statusCache.get(cell);
      if (code === undefined && !statusCache.has(cell)) {
        const outcome = readDealStatus(typeof cell === "string" || isBlankCell(cell) ? cell : cellText(cell));
        code = outcome === undefined ? undefined : STATUS_CODE[outcome];
        statusCache.set(cell, code);
      }
      if (code === undefined && !backwards.has(deal)) {
        problems.push({ ...where(index, statusColumn), code: "status.unknown", params: { value: cellText(cell) } });
      }
      status[deal] = code ?? STATUS_CODE.open;
    } else {
      status[deal] = furthest[deal] === last ? STATUS_CODE.won : STATUS_CODE.open;
    }
  }

  // Pass 3: revisits (a stage entered again after a later one), and the rows that entered a backwards stage.
  const revisited = new Uint8Array(dealCount);
  for (let r = 0; r < rows; r++) {
    const stage = rowStage[r];
    if (stage < 0 && stage !== WON) continue;
    const deal = rowDeal[r];
    const position = positionOfColumn[stage === WON ? stageCount : stage];
    if (position < 0) continue;
    const base = deal * S;
    const day = rowDay[r];
    const list = backwards.get(deal);
    if (list !== undefined) {
      const found = list.findIndex((entry) => entry.stage === position && stageDays[base + position] === day);
      if (found >= 0) {
        const { earlier } = list.splice(found, 1)[0];
        problems.push({ ...where(rowIndex[r], columns.date), code: "date.backwards", params: { stage: names[position], earlier: names[earlier] } });
      }
      continue;
    }
    if (revisited[deal] === 1 || !(day > stageDays[base + position])) continue;
    for (let later = position + 1; later < S; later++) {
      if (stageDays[base + later] < day) {
        revisited[deal] = 1;
        break;
      }
    }
  }

  // The deals that count, in order of first appearance.
  // The log's own amount words first, else a CRM's (销售易's 销售金额), as a current-stage export reads them.
  const amountColumn = fieldColumn(header, "amount", columns) ?? crmAmountColumn(header, columns);
  const amountExponent = amountColumn === undefined ? 0 : (amountExponentOfHeader(cellText(header[amountColumn])) ?? 0);
  let count = 0;
  const outRows = new Int32Array(dealCount);
  const outFurthest = new Int32Array(dealCount);
  const outStatus = new Uint8Array(dealCount);
  const amount = new Float64Array(dealCount);
  const outDays = new Float32Array(dealCount * S);
  const lostDays = withoutStage === undefined ? undefined : new Float32Array(dealCount).fill(NaN);
  let revisitedDeals = 0;
  for (let deal = 0; deal < dealCount; deal++) {
    if (furthest[deal] < 0 || backwards.has(deal)) continue;
    for (let stage = 0; stage < S; stage++) outDays[count * S + stage] = stageDays[deal * S + stage];
    outFurthest[count] = furthest[deal];
    outStatus[count] = status[deal];
    if (lostDays !== undefined && withoutStage![deal] === 1) lostDays[count] = Math.floor(latestLost[deal]);
    outRows[count] = firstRow + latestRow[deal];
    revisitedDeals += revisited[deal];
    if (amountColumn !== undefined) {
      const cell = grid[latestRow[deal]][amountColumn];
      const value = readAmountCell(cell, amountExponent);
      if (typeof value === "string") {
        problems.push({ ...where(latestRow[deal], amountColumn), code: value, params: { value: cellText(cell) } });
        amount[count] = NaN;
      } else amount[count] = value ?? NaN;
    } else amount[count] = NaN;
    count++;
  }
  problems.sort((a, b) => a.row - b.row);

  const rowsOut = outRows.subarray(0, count);
  const reading: ReadingNotes = {
    shape: "history",
    stageOrder: { source },
    ...(revisitedDeals > 0 ? { revisitedDeals } : {}),
    ...(lostWithoutStage > 0 ? { lostWithoutStage } : {}),
    ...(furnitureRows > 0 ? { furnitureRows } : {}),
    ...dateColumnNotes([[cellText(grid[0][columns.date]), dateDecision]]),
  };
  return {
    deals: {
      stages,
      count,
      hasDates: true,
      stageDays: outDays.subarray(0, count * S),
      furthest: outFurthest.subarray(0, count),
      status: outStatus.subarray(0, count),
      hasStatus: statusColumn !== undefined || outcomeRows,
      amount: amount.subarray(0, count),
      hasAmount: amountColumn !== undefined,
      ...(lostDays === undefined ? {} : { lostDays: lostDays.subarray(0, count) }),
      rows: rowsOut,
      text: lazyTextColumns(grid, firstRow, rowsOut, textColumns(header, columns)),
    },
    problems,
    reading,
  };
}

/** The history's columns that are read as they are (deal, stage, from, date), which no field may take. */
function historyColumnSet(columns: HistoryShapeColumns): Set<number> {
  const set = new Set([columns.key, columns.stage, columns.date]);
  if (columns.from !== undefined) set.add(columns.from);
  return set;
}

/** The first column whose header names `field`, outside the history's own columns. */
function fieldColumn(header: readonly unknown[], field: DealField, columns: HistoryShapeColumns): number | undefined {
  const taken = historyColumnSet(columns);
  for (let column = 0; column < header.length; column++) {
    const cell = header[column];
    if (typeof cell === "string" && !taken.has(column) && fieldOfHeader(cell) === field) return column;
  }
  return undefined;
}

/** The first column, not a history column, whose header is a CRM's amount ({@link isCrmAmountHeader}). */
function crmAmountColumn(header: readonly unknown[], columns: HistoryShapeColumns): number | undefined {
  const taken = historyColumnSet(columns);
  const column = header.findIndex((cell, index) => typeof cell === "string" && !taken.has(index) && isCrmAmountHeader(cell));
  return column < 0 ? undefined : column;
}

/**
 * The text fields (owner, team, …) and their columns. The deal column is always the `id`: a history may have another
 * id column of its rows' own (Zoho's Record Id).
 */
function textColumns(header: readonly unknown[], columns: HistoryShapeColumns): Map<TextField, number> {
  const taken = historyColumnSet(columns);
  const found = new Map<TextField, number>();
  header.forEach((cell, column) => {
    if (typeof cell !== "string" || taken.has(column)) return;
    const field = fieldOfHeader(cell);
    if (field !== undefined && field !== "id" && field !== "status" && field !== "amount" && !found.has(field)) found.set(field, column);
  });
  found.set("id", columns.key);
  return found;
}
