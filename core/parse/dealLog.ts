import { cellText, columnLetter, isBlankCell, type Grid } from "../model/cells";
import { enteredStage } from "../model/crmHeaders";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import type { Problem } from "../model/problem";
import type { DateOrder, LogShapeKind, ReadingNotes, StageOrderSource } from "../model/reading";
import { stageList, type StageList } from "../model/stages";
import { amountExponentOfHeader, fieldOfHeader, type DealField } from "../model/words";
import { cellCurrency, currencyOfCode, readAmountCell } from "./amounts";
import { readCurrentStage, type StageListSource } from "./currentStage";
import { dateColumnNotes, decideColumnOrder, dayOfColumnDate, TextDateCache, type DateColumnDecision, type DateOrderDefaults } from "./dateOrder";
import { dayFromSerial, readDateCell } from "./dates";
import { isSeparatorRow, trailingFurniture } from "./furniture";
import { readOutcomeColumn, statesOutcomes } from "./outcomeColumn";
import { detectShape, type LogShape } from "./shape";
import { readStageHistory } from "./stageHistory";
import { readDealStatus } from "./statuses";
import { lazyTextColumns } from "./textColumns";

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

type TextField = Exclude<DealField, "amount" | "status">;

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
  shape: Extract<LogShape, { kind: "wide" }>,
  timeZone: string | undefined,
  firstRow: number,
  firstColumn: number,
  dateDefaults: DateOrderDefaults,
): Omit<DealLog, "shape"> {
  const { stages, stageColumns, lostColumn } = shape;
  const header = grid[0];
  const stageCount = stages.names.length;
  const headerOf = (column: number) => cellText(header[column]);
  const where = (rowIndex: number, column: number) => ({
    row: firstRow + rowIndex,
    column: columnLetter(firstColumn + column),
    header: headerOf(column),
  });

  const stageColumnSet = new Set(stageColumns.map((entry) => entry.column));
  if (lostColumn !== undefined) stageColumnSet.add(lostColumn);
  const fieldColumns = new Map<DealField, number>();
  header.forEach((cell, column) => {
    if (typeof cell !== "string" || stageColumnSet.has(column)) return;
    const field = fieldOfHeader(cell);
    if (field !== undefined && !fieldColumns.has(field)) fieldColumns.set(field, column);
  });
  const statusColumn = fieldColumns.get("status");
  const amountColumn = fieldColumns.get("amount");
  const currencyColumn = fieldColumns.get("currency");
  // Deals with an amount, by currency (a currency column's code, else the amount's own sign or code).
  const currencyDeals = new Map<string, number>();
  // Footer lines, totals and separators at the bottom (a row with a stage cell filled is never one).
  const holdsData = (row: readonly unknown[]) =>
    stageColumns.some(({ column }) => !isBlankCell(row[column])) || (lostColumn !== undefined && !isBlankCell(row[lostColumn]));
  const footer = new Set(trailingFurniture(grid, 1, holdsData));
  let furnitureRows = 0;
  let lostWithoutStage = 0;
  // HubSpot's `Date entered "…"` columns hold the LATEST entry into each stage: a deal that went back and on again
  // shows a later stage dated before an earlier one. Kept, not reported (DEFINITIONS §1 "Re-entered stages").
  const latestEntries = stageColumns.every(({ column }) => enteredStage(headerOf(column)) !== undefined);
  let revisitedDeals = 0;
  // 金额（万元）: the column's figures are in 万 (DEFINITIONS §3 amounts; see amountExponentOfHeader).
  const amountExponent = amountColumn === undefined ? 0 : (amountExponentOfHeader(headerOf(amountColumn)) ?? 0);
  const textFields = [...fieldColumns.keys()].filter((field): field is TextField => field !== "status" && field !== "amount");

  const capacity = Math.max(0, grid.length - 1);
  const stageDays = new Float32Array(capacity * stageCount);
  const furthest = new Int32Array(capacity);
  const status = new Uint8Array(capacity);
  const amount = new Float64Array(capacity);
  const rows = new Int32Array(capacity);
  // 1 for a deal whose latest-entry dates go backwards (allocated at the first such deal).
  let reentered: Uint8Array | undefined;
  // Status words repeat: read each distinct cell once.
  const statusCache = new Map<unknown, number | undefined>();
  const problems: Problem[] = [];
  const columnOfStage = new Int32Array(stageCount);
  for (const entry of stageColumns) columnOfStage[entry.stage] = entry.column;
  // Text dates: each distinct string read once; a column's order decided when its first numbers-only date
  // (03/04/2026) is met, from that row down, so a log of serials or ISO text never pays for it.
  const textDates = new TextDateCache();
  const dateOrders: (DateColumnDecision | undefined)[] = new Array(stageCount);

  let count = 0;
  for (let rowIndex = 1; rowIndex < grid.length; rowIndex++) {
    const row = grid[rowIndex];
    if (footer.has(rowIndex)) {
      furnitureRows++;
      continue;
    }
    const base = count * stageCount;
    const problemsBefore = problems.length;
    let bad = false;
    let last = -1;
    let lastDay = -Infinity;
    let lastStage = -1;
    let wentBack = false;
    for (let stage = 0; stage < stageCount; stage++) {
      const column = columnOfStage[stage];
      const cell = row[column];
      // Fast path: Excel hands dates over as serial numbers.
      let day;
      if (typeof cell === "number") day = dayFromSerial(cell);
      // Blank cells are most of a log's stage cells (Excel hands them over as ""): no cache lookup for them.
      else if (cell === "" || cell === null || cell === undefined) day = null;
      else if (typeof cell === "string") {
        const reading = textDates.read(cell);
        if (reading === null || typeof reading !== "object") day = reading;
        else {
          const decision = (dateOrders[stage] ??= decideColumnOrder(grid, column, rowIndex, textDates, dateDefaults));
          day = dayOfColumnDate(reading, decision.order);
        }
      } else day = readDateCell(cell, timeZone);
      if (typeof day === "number") {
        stageDays[base + stage] = day;
        if (day < lastDay && latestEntries) {
          wentBack = true;
        } else if (day < lastDay) {
          problems.push({
            ...where(rowIndex, column),
            code: "date.backwards",
            params: { stage: headerOf(column), earlier: stages.names[lastStage] },
          });
          bad = true;
        } else {
          lastDay = day;
          lastStage = stage;
        }
        last = stage;
      } else if (day === null) {
        stageDays[base + stage] = NaN;
      } else {
        problems.push({ ...where(rowIndex, column), code: day, params: { value: cellText(cell) || String(cell) } });
        bad = true;
      }
    }
    let lost = false;
    if (lostColumn !== undefined) {
      const cell = row[lostColumn];
      const day = typeof cell === "number" ? dayFromSerial(cell) : readDateCell(cell, timeZone);
      if (typeof day === "number") lost = true;
      else if (day !== null) {
        problems.push({ ...where(rowIndex, lostColumn), code: day, params: { value: cellText(cell) || String(cell) } });
        bad = true;
      }
    }
    if (bad || (last < 0 && !lost)) {
      // A line of dashes is furniture wherever it stands: skipped, counted once, not reported.
      if (isSeparatorRow(row)) {
        problems.length = problemsBefore;
        furnitureRows++;
      } else if (!bad && !row.every(isBlankCell)) {
        problems.push({ ...where(rowIndex, stageColumns[0].column), code: "row.noStageDate", params: {} });
      }
      continue;
    }
    if (last < 0) {
      // Lost with no stage dated (HubSpot's `Date entered "Closed Lost"` only): counted at the first stage.
      lostWithoutStage++;
      last = 0;
    }
    furthest[count] = last;
    rows[count] = firstRow + rowIndex;
    if (wentBack) {
      (reentered ??= new Uint8Array(capacity))[count] = 1;
      revisitedDeals++;
    }
    if (statusColumn !== undefined) {
      const cell = row[statusColumn];
      let code = statusCache.get(cell);
      if (code === undefined && !statusCache.has(cell)) {
        const outcome = readDealStatus(typeof cell === "string" || isBlankCell(cell) ? cell : cellText(cell));
        code = outcome === undefined ? undefined : STATUS_CODE[outcome];
        statusCache.set(cell, code);
      }
      if (code === undefined) {
        problems.push({ ...where(rowIndex, statusColumn), code: "status.unknown", params: { value: cellText(cell) } });
      } else if (code === STATUS_CODE.lost && last === stageCount - 1) {
        // Lost, yet dated in the last stage: counted as lost, in no loss point (metrics/lossPoints).
        problems.push({ ...where(rowIndex, statusColumn), code: "status.lostAtLastStage", params: { value: cellText(cell), stage: stages.names[last] } });
      }
      status[count] = code ?? STATUS_CODE.open;
    } else if (lost) {
      if (last === stageCount - 1) {
        problems.push({ ...where(rowIndex, lostColumn!), code: "status.lostAtLastStage", params: { value: headerOf(lostColumn!), stage: stages.names[last] } });
      }
      status[count] = STATUS_CODE.lost;
    } else {
      status[count] = last === stageCount - 1 ? STATUS_CODE.won : STATUS_CODE.open;
    }
    if (amountColumn !== undefined) {
      const value = readAmountCell(row[amountColumn], amountExponent);
      if (typeof value === "string") {
        problems.push({ ...where(rowIndex, amountColumn), code: value, params: { value: cellText(row[amountColumn]) } });
        amount[count] = NaN;
      } else {
        amount[count] = value ?? NaN;
        if (value !== null) {
          const written = currencyColumn === undefined ? undefined : row[currencyColumn];
          const currency = (typeof written === "string" ? currencyOfCode(written) : undefined) ?? cellCurrency(row[amountColumn]);
          if (currency !== undefined) currencyDeals.set(currency, (currencyDeals.get(currency) ?? 0) + 1);
        }
      }
    } else {
      amount[count] = NaN;
    }
    count++;
  }

  return {
    deals: {
      stages,
      count,
      hasDates: true,
      stageDays: stageDays.subarray(0, count * stageCount),
      furthest: furthest.subarray(0, count),
      status: status.subarray(0, count),
      hasStatus: statusColumn !== undefined || lostColumn !== undefined,
      amount: amount.subarray(0, count),
      hasAmount: amountColumn !== undefined,
      rows: rows.subarray(0, count),
      ...(reentered === undefined ? {} : { reentered: reentered.subarray(0, count) }),
      text: lazyTextColumns(grid, firstRow, rows.subarray(0, count), new Map(textFields.map((field) => [field, fieldColumns.get(field)!]))),
    },
    problems,
    reading: { ...wideReading(shape, furnitureRows, lostWithoutStage, currencyDeals), ...(revisitedDeals === 0 ? {} : { revisitedDeals }), ...dateColumnNotes(Array.from(dateOrders, (decision, stage) => [headerOf(columnOfStage[stage]), decision] as const)) },
  };
}

/**
 * What the wide reader decided, for the report to say: the stage order when it came from the columns, the
 * footer rows skipped, lost deals with no stage dated, and the amount column's currencies when there are two or
 * more (most deals first; a tie in the order first seen).
 */
function wideReading(
  shape: Extract<LogShape, { kind: "wide" }>,
  furnitureRows: number,
  lostWithoutStage: number,
  currencyDeals: ReadonlyMap<string, number>,
): ReadingNotes {
  const currencies = [...currencyDeals].sort((a, b) => b[1] - a[1]);
  return {
    shape: "wide",
    ...(shape.stageOrder === undefined ? {} : { stageOrder: { source: shape.stageOrder } }),
    ...(furnitureRows === 0 ? {} : { furnitureRows }),
    ...(lostWithoutStage === 0 ? {} : { lostWithoutStage }),
    ...(currencies.length < 2 ? {} : { currencies: currencies.map(([code]) => code), currencyDeals: currencies.map(([, n]) => n) }),
  };
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
