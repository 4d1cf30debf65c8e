import { cellText, columnLetter, isBlankCell } from "../model/cells";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import type { Problem } from "../model/problem";
import type { ReadingNotes } from "../model/reading";
import { enteredStage } from "../model/crmHeaders";
import { GroupCodes, type GroupColumn } from "../model/groupColumn";
import { amountExponentOfHeader, fieldOfHeader, type DealField } from "../model/words";
import { cellCurrency, currencyOfCode, isPlainDecimal, readAmountCell } from "./amounts";
import { dateColumnNotes, dayOfColumnDate, TextDateCache, type DateColumnDecision } from "./dateOrder";
import { dayFromSerial, readDateCell } from "./dates";
import { DAY_2000, isHeaderRepeat, isSeparatorCell, isSeparatorRow, isStageCountRow } from "./furniture";
import type { LogShape } from "./shape";
import { readDealStatus } from "./statuses";

/** A text field of a deal (owner, team, …): every field but the amount and the status. */
export type TextField = Exclude<DealField, "amount" | "status">;

/** A wide log's shape, as {@link detectShape} tells it. */
export type WideShape = Extract<LogShape, { kind: "wide" }>;

/**
 * Decides the order of a stage column's numbers-only dates (`03/04/2026`) when its first one is met at
 * `rowIndex`, from the column's values from there down (core/parse/dateOrder.ts); `undefined` when the caller
 * cannot tell yet (a stream that has not seen the rest of the column): the row is then not taken.
 */
export type DateOrderDecider = (stage: number, column: number, rowIndex: number) => DateColumnDecision | undefined;

/** How {@link WideRows} reads. */
export interface WideRowsOptions {
  /** The zone in which `Date` cells are read; default UTC. */
  readonly timeZone?: string;
  /** Sheet row number of the header row. */
  readonly firstRow: number;
  /** 1-based sheet column of the range's first column. */
  readonly firstColumn: number;
  /** Deals to make room for at first (the arrays grow past it). */
  readonly capacity: number;
  /**
   * The text fields whose strings are kept as rows are taken (a stream keeps what its caller will show, e.g. the
   * owners for a split by owner); the caller reads the others from its grid if it has one ({@link WideRowsResult}).
   */
  readonly keepText: readonly TextField[];
  /**
   * The column whose cells are kept for each deal, interned, to split the deals into groups (`analyze --by`,
   * core/model/groupColumn.ts); none by default.
   */
  readonly groupColumn?: number;
  /** Decides a column's date order when it is first needed. */
  readonly decide: DateOrderDecider;
}

/** What {@link WideRows.finish} hands back: the deals, the problems, what was decided, and the text columns. */
export interface WideRowsResult {
  readonly deals: Omit<DealTable, "text">;
  readonly problems: readonly Problem[];
  readonly reading: ReadingNotes;
  /** The kept text columns (`keepText`), one string per deal. */
  readonly text: Partial<Record<TextField, readonly string[]>>;
  /** Every text field's column (kept or not). */
  readonly textColumns: ReadonlyMap<TextField, number>;
  /** The `groupColumn`'s cells, one group code per deal; absent without a `groupColumn`. */
  readonly group?: GroupColumn;
}

/**
 * Reads a wide log (DEFINITIONS §2) one row at a time, so that a whole grid (parse/dealLog) and a stream of rows
 * (parse/dealLogStream) are read by the same rules: each row's stage dates in order, its outcome, amount and
 * currency; a bad row is reported with its row and column and left out (DEFINITIONS §5). The caller decides
 * which rows are report furniture (they are counted with {@link skipFurniture}, never taken).
 *
 * @example
 * const rows = new WideRows(["线索", "商机"], shape, { firstRow: 1, firstColumn: 1, capacity: 1, keepText: [], decide: () => undefined });
 * rows.take([46027, 46030], 1); // true
 * rows.finish().deals.count      //=> 1
 */
export class WideRows {
  private readonly stageCount: number;
  private readonly columnOfStage: Int32Array;
  private readonly statusColumn: number | undefined;
  private readonly amountColumn: number | undefined;
  private readonly currencyColumn: number | undefined;
  private readonly amountExponent: number;
  private readonly textColumns: Map<TextField, number>;
  private readonly text: Map<TextField, string[]>;
  private readonly keptText: (readonly [string[], number])[];
  private readonly groupCodes: GroupCodes | undefined;
  private readonly stageColumnSet: Set<number>;
  /** Text dates: each distinct string read once. */
  readonly textDates = new TextDateCache();
  private readonly dateOrders: (DateColumnDecision | undefined)[];
  private readonly statusCache = new Map<unknown, number | undefined>();
  private readonly currencyDeals = new Map<string, number>();
  private readonly problems: Problem[] = [];
  private stageDays: Float32Array;
  private furthest: Int32Array;
  private status: Uint8Array;
  private amount: Float64Array;
  private rows: Int32Array;
  /** 1 for a deal whose latest-entry dates go backwards (allocated at the first such deal). */
  private reentered: Uint8Array | undefined;
  /** The loss day of each deal lost with no stage dated, NaN for the others (allocated at the first such deal). */
  private lostDays: Float32Array | undefined;
  private revisitedDeals = 0;
  /**
   * HubSpot's `Date entered "…"` columns hold the LATEST entry into each stage: a deal that went back and on again
   * shows a later stage dated before an earlier one. Kept, not reported (DEFINITIONS §1 "Re-entered stages").
   */
  private readonly latestEntries: boolean;
  private count = 0;
  private furnitureRows = 0;
  private lostWithoutStage = 0;

  constructor(
    private readonly header: readonly unknown[],
    private readonly shape: WideShape,
    private readonly options: WideRowsOptions,
  ) {
    const { stages, stageColumns, lostColumn } = shape;
    this.stageCount = stages.names.length;
    this.columnOfStage = new Int32Array(this.stageCount);
    for (const entry of stageColumns) this.columnOfStage[entry.stage] = entry.column;
    this.stageColumnSet = new Set(stageColumns.map((entry) => entry.column));
    if (lostColumn !== undefined) this.stageColumnSet.add(lostColumn);
    const fieldColumns = new Map<DealField, number>();
    header.forEach((cell, column) => {
      if (typeof cell !== "string" || this.stageColumnSet.has(column)) return;
      const field = fieldOfHeader(cell);
      if (field !== undefined && !fieldColumns.has(field)) fieldColumns.set(field, column);
    });
    this.statusColumn = fieldColumns.get("status");
    this.amountColumn = fieldColumns.get("amount");
    this.currencyColumn = fieldColumns.get("currency");
    // 金额（万元）: the column's figures are in 万 (DEFINITIONS §3 amounts; see amountExponentOfHeader).
    this.amountExponent = this.amountColumn === undefined ? 0 : (amountExponentOfHeader(this.headerOf(this.amountColumn)) ?? 0);
    this.textColumns = new Map();
    for (const [field, column] of fieldColumns) if (field !== "status" && field !== "amount") this.textColumns.set(field, column);
    this.text = new Map(options.keepText.filter((field) => this.textColumns.has(field)).map((field) => [field, []]));
    this.keptText = [...this.text].map(([field, values]) => [values, this.textColumns.get(field)!] as const);
    this.groupCodes = options.groupColumn === undefined ? undefined : new GroupCodes(this.headerOf(options.groupColumn));
    this.dateOrders = new Array<DateColumnDecision | undefined>(this.stageCount);
    this.latestEntries = stageColumns.every(({ column }) => enteredStage(this.headerOf(column)) !== undefined);
    const capacity = Math.max(1, options.capacity);
    this.stageDays = new Float32Array(capacity * this.stageCount);
    this.furthest = new Int32Array(capacity);
    this.status = new Uint8Array(capacity);
    this.amount = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  /** The columns a row must carry for {@link take}: stages, lost, status, amount, currency and text fields. */
  columnsRead(): number[] {
    const columns = new Set(this.stageColumnSet);
    for (const column of [this.statusColumn, this.amountColumn, this.currencyColumn]) if (column !== undefined) columns.add(column);
    for (const [, column] of this.keptText) columns.add(column);
    if (this.options.groupColumn !== undefined) columns.add(this.options.groupColumn);
    return [...columns].sort((a, b) => a - b);
  }

  /** True when a stage cell (or the lost cell) of the row is filled: a row of data, never report furniture. */
  holdsData(row: readonly unknown[]): boolean {
    for (let stage = 0; stage < this.stageCount; stage++) if (!isBlankCell(row[this.columnOfStage[stage]])) return true;
    const lost = this.shape.lostColumn;
    return lost !== undefined && !isBlankCell(row[lost]);
  }

  /**
   * True when the row's first filled stage cell (or its lost cell) is a separator (`-----`): the row may be a
   * separator line, report furniture wherever it stands.
   */
  startsWithSeparator(row: readonly unknown[]): boolean {
    for (let stage = 0; stage < this.stageCount; stage++) {
      const cell = row[this.columnOfStage[stage]];
      if (!isBlankCell(cell)) return isSeparatorCell(cell);
    }
    const lost = this.shape.lostColumn;
    return lost !== undefined && isSeparatorCell(row[lost]);
  }

  /** The column of each stage, in stage order. */
  stageColumns(): Int32Array {
    return this.columnOfStage;
  }

  /** Counts a row of report furniture (a footer line, a total, a separator), skipped without a problem. */
  skipFurniture(): void {
    this.furnitureRows++;
  }

  /** The decision taken for each stage column so far (a stream replays rows with them). */
  decisions(): readonly (DateColumnDecision | undefined)[] {
    return this.dateOrders;
  }

  /**
   * Reads one row (`rowIndex` rows under the header). `full` gives the whole row when `row` carries only the
   * columns of {@link columnsRead} (a bad row is checked for a separator line against all its cells).
   * @returns false when the row was not taken because a column's date order cannot be told yet (the decider gave
   * undefined); nothing of the row is kept then, and the caller must hand it again.
   */
  take(row: readonly unknown[], rowIndex: number, full: () => readonly unknown[] = () => row): boolean {
    const stageCount = this.stageCount;
    const count = this.count;
    if (count === this.furthest.length) this.grow();
    const stageDays = this.stageDays;
    const base = count * stageCount;
    const problems = this.problems;
    const problemsBefore = problems.length;
    let bad = false;
    let last = -1;
    let lastDay = -Infinity;
    let lastStage = -1;
    let wentBack = false;
    // A day before 2000 may be a count in a total row (合计 with COUNTA under each stage), checked after the loop.
    let early = false;
    for (let stage = 0; stage < stageCount; stage++) {
      const column = this.columnOfStage[stage];
      const cell = row[column];
      // Fast path: Excel hands dates over as serial numbers.
      let day;
      if (typeof cell === "number") day = dayFromSerial(cell);
      // Blank cells are most of a log's stage cells (Excel hands them over as ""): no cache lookup for them.
      else if (cell === "" || cell === null || cell === undefined) day = null;
      else if (typeof cell === "string") {
        const reading = this.textDates.read(cell);
        if (reading === null || typeof reading !== "object") day = reading;
        else {
          let decision = this.dateOrders[stage];
          if (decision === undefined) {
            decision = this.options.decide(stage, column, rowIndex);
            if (decision === undefined) {
              problems.length = problemsBefore;
              return false;
            }
            this.dateOrders[stage] = decision;
          }
          day = dayOfColumnDate(reading, decision.order);
        }
      } else day = readDateCell(cell, this.options.timeZone);
      if (typeof day === "number") {
        if (day < DAY_2000) early = true;
        stageDays[base + stage] = day;
        if (day < lastDay && this.latestEntries) {
          wentBack = true;
        } else if (day < lastDay) {
          problems.push({
            ...this.where(rowIndex, column),
            code: "date.backwards",
            params: { stage: this.headerOf(column), earlier: this.shape.stages.names[lastStage] },
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
        problems.push({ ...this.where(rowIndex, column), code: day, params: { value: cellText(cell) || String(cell) } });
        bad = true;
      }
    }
    const lostColumn = this.shape.lostColumn;
    let lost = false;
    let lostDay = NaN;
    if (lostColumn !== undefined) {
      const cell = row[lostColumn];
      const day = typeof cell === "number" ? dayFromSerial(cell) : readDateCell(cell, this.options.timeZone);
      if (typeof day === "number") {
        lost = true;
        lostDay = day;
      }
      else if (day !== null) {
        problems.push({ ...this.where(rowIndex, lostColumn), code: day, params: { value: cellText(cell) || String(cell) } });
        bad = true;
      }
    }
    if ((bad || early) && isStageCountRow(full(), this.columnOfStage)) {
      problems.length = problemsBefore;
      this.furnitureRows++;
      return true;
    }
    if (bad || (last < 0 && !lost)) {
      const whole = full();
      // A line of dashes, or the header repeated, is furniture wherever it stands: skipped, counted, not reported.
      if (isSeparatorRow(whole) || isHeaderRepeat(whole, this.header)) {
        problems.length = problemsBefore;
        this.furnitureRows++;
      } else if (!bad && !whole.every(isBlankCell)) {
        problems.push({ ...this.where(rowIndex, this.shape.stageColumns[0].column), code: "row.noStageDate", params: {} });
      }
      return true;
    }
    if (last < 0) {
      // Lost with no stage dated (HubSpot's `Date entered "Closed Lost"` only): counted at the first stage.
      this.lostWithoutStage++;
      last = 0;
      (this.lostDays ??= new Float32Array(this.furthest.length).fill(NaN))[count] = lostDay;
    }
    this.furthest[count] = last;
    this.rows[count] = this.options.firstRow + rowIndex;
    if (wentBack) {
      (this.reentered ??= new Uint8Array(this.furthest.length))[count] = 1;
      this.revisitedDeals++;
    }
    this.status[count] = this.outcome(row, rowIndex, last, lost);
    this.amount[count] = this.readAmount(row, rowIndex);
    for (let index = 0; index < this.keptText.length; index++) {
      const [values, column] = this.keptText[index];
      const cell = row[column];
      values.push(typeof cell === "string" ? cell.trim() : cellText(cell));
    }
    this.groupCodes?.push(row[this.options.groupColumn!]);
    this.count = count + 1;
    return true;
  }

  /** The deals read, the problems, and what the reader decided. */
  finish(): WideRowsResult {
    const count = this.count;
    const { shape } = this;
    return {
      deals: {
        stages: shape.stages,
        count,
        hasDates: true,
        stageDays: this.stageDays.subarray(0, count * this.stageCount),
        furthest: this.furthest.subarray(0, count),
        status: this.status.subarray(0, count),
        hasStatus: this.statusColumn !== undefined || shape.lostColumn !== undefined,
        amount: this.amount.subarray(0, count),
        hasAmount: this.amountColumn !== undefined,
        rows: this.rows.subarray(0, count),
        ...(this.reentered === undefined ? {} : { reentered: this.reentered.subarray(0, count) }),
        ...(this.lostDays === undefined ? {} : { lostDays: this.lostDays.subarray(0, count) }),
      },
      problems: this.problems,
      reading: {
        ...wideReading(shape, this.furnitureRows, this.lostWithoutStage, this.currencyDeals),
        ...(this.revisitedDeals === 0 ? {} : { revisitedDeals: this.revisitedDeals }),
        ...dateColumnNotes(Array.from(this.dateOrders, (decision, stage) => [this.headerOf(this.columnOfStage[stage]), decision] as const)),
      },
      text: Object.fromEntries(this.text),
      textColumns: this.textColumns,
      ...(this.groupCodes === undefined ? {} : { group: this.groupCodes.finish() }),
    };
  }

  private outcome(row: readonly unknown[], rowIndex: number, last: number, lost: boolean): number {
    const lastStage = this.stageCount - 1;
    const statusColumn = this.statusColumn;
    if (statusColumn !== undefined) {
      const cell = row[statusColumn];
      let code = this.statusCache.get(cell);
      if (code === undefined && !this.statusCache.has(cell)) {
        const outcome = readDealStatus(typeof cell === "string" || isBlankCell(cell) ? cell : cellText(cell));
        code = outcome === undefined ? undefined : STATUS_CODE[outcome];
        this.statusCache.set(cell, code);
      }
      if (code === undefined) {
        this.problems.push({ ...this.where(rowIndex, statusColumn), code: "status.unknown", params: { value: cellText(cell) } });
      } else if (code === STATUS_CODE.lost && last === lastStage) {
        // Lost, yet dated in the last stage: counted as lost, in no loss point (metrics/lossPoints).
        this.problems.push({ ...this.where(rowIndex, statusColumn), code: "status.lostAtLastStage", params: { value: cellText(cell), stage: this.shape.stages.names[last] } });
      }
      return code ?? STATUS_CODE.open;
    }
    if (lost) {
      const lostColumn = this.shape.lostColumn!;
      if (last === lastStage) {
        this.problems.push({ ...this.where(rowIndex, lostColumn), code: "status.lostAtLastStage", params: { value: this.headerOf(lostColumn), stage: this.shape.stages.names[last] } });
      }
      return STATUS_CODE.lost;
    }
    return last === lastStage ? STATUS_CODE.won : STATUS_CODE.open;
  }

  private readAmount(row: readonly unknown[], rowIndex: number): number {
    const amountColumn = this.amountColumn;
    if (amountColumn === undefined) return NaN;
    const value = readAmountCell(row[amountColumn], this.amountExponent);
    if (typeof value === "string") {
      this.problems.push({ ...this.where(rowIndex, amountColumn), code: value, params: { value: cellText(row[amountColumn]) } });
      return NaN;
    }
    if (value === null) return NaN;
    const cell = row[amountColumn];
    if (this.currencyColumn === undefined && typeof cell === "string" && isPlainDecimal(cell)) return value;
    const written = this.currencyColumn === undefined ? undefined : row[this.currencyColumn];
    const currency = (typeof written === "string" ? currencyOfCode(written) : undefined) ?? cellCurrency(row[amountColumn]);
    if (currency !== undefined) this.currencyDeals.set(currency, (this.currencyDeals.get(currency) ?? 0) + 1);
    return value;
  }

  private grow(): void {
    const capacity = this.furthest.length * 2;
    const stageDays = new Float32Array(capacity * this.stageCount);
    stageDays.set(this.stageDays);
    this.stageDays = stageDays;
    this.furthest = grown(Int32Array, this.furthest, capacity);
    this.status = grown(Uint8Array, this.status, capacity);
    this.amount = grown(Float64Array, this.amount, capacity);
    this.rows = grown(Int32Array, this.rows, capacity);
    if (this.reentered !== undefined) this.reentered = grown(Uint8Array, this.reentered, capacity);
    if (this.lostDays !== undefined) {
      const lostDays = new Float32Array(capacity).fill(NaN);
      lostDays.set(this.lostDays);
      this.lostDays = lostDays;
    }
  }

  private headerOf(column: number): string {
    return cellText(this.header[column]);
  }

  private where(rowIndex: number, column: number) {
    return { row: this.options.firstRow + rowIndex, column: columnLetter(this.options.firstColumn + column), header: this.headerOf(column) };
  }
}

function grown<T extends Int32Array | Uint8Array | Float64Array>(Kind: new (length: number) => T, array: T, capacity: number): T {
  const next = new Kind(capacity);
  next.set(array as never);
  return next;
}

/**
 * What the wide reader decided, for the report to say: the stage order when it came from the columns, the
 * footer rows skipped, lost deals with no stage dated, and the amount column's currencies when there are two or
 * more (most deals first; a tie in the order first seen).
 */
function wideReading(shape: WideShape, furnitureRows: number, lostWithoutStage: number, currencyDeals: ReadonlyMap<string, number>): ReadingNotes {
  const currencies = [...currencyDeals].sort((a, b) => b[1] - a[1]);
  return {
    shape: "wide",
    ...(shape.stageOrder === undefined ? {} : { stageOrder: { source: shape.stageOrder } }),
    ...(furnitureRows === 0 ? {} : { furnitureRows }),
    ...(lostWithoutStage === 0 ? {} : { lostWithoutStage }),
    ...(currencies.length < 2 ? {} : { currencies: currencies.map(([code]) => code), currencyDeals: currencies.map(([, n]) => n) }),
  };
}
