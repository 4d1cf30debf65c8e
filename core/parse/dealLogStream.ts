import { isBlankCell, type Grid } from "../model/cells";
import { stageList } from "../model/stages";
import { currentStageHeaderRow } from "./currentStageColumns";
import { decideDateOrder, emptyTally, tallyDate, type DateColumnDecision, type DateColumnTally } from "./dateOrder";
import { parseDealLog, type DealLog, type DealLogOptions } from "./dealLog";
import { trailingFurniture } from "./furniture";
import { STAGE_HEADER_SEARCH_ROWS, stageHeaderRow } from "./headerRow";
import { groupByColumn, groupColumnOfGrid } from "./groupColumn";
import { detectShape } from "./shape";
import type { GroupColumn } from "../model/groupColumn";
import { WideRows, type TextField, type WideShape } from "./wideRows";

/** What a streamed read found: the log (undefined when it is none), and where its header stood. */
export interface StreamedLog {
  readonly log: DealLog | undefined;
  /** The header row and the first rows under it (at most {@link STAGE_HEADER_SEARCH_ROWS} in all). */
  readonly head: Grid;
  /** Row (record) number of the header. */
  readonly firstRow: number;
  /** Rows under the header. */
  readonly rows: number;
  /**
   * The column `groupBy` names, one group per deal (core/parse/groupColumn.ts); absent when no `groupBy` was given
   * or the header has no such column (the caller names the headers, `head[0]`).
   */
  readonly group?: GroupColumn;
}

/**
 * The first rows of a table for a caller to name what it found (core/parse/verdict.ts): from its first row when
 * that holds anything, else from its first row that does (a file whose first lines are blank), at most
 * {@link STAGE_HEADER_SEARCH_ROWS}; none for a blank table.
 * @example
 * tableHead([[], ["", " "], ["Owner", "Stage"], ["Ann", "Demo"]]) //=> [["Owner", "Stage"], ["Ann", "Demo"]]
 */
export function tableHead(grid: Grid): Grid {
  const filled = (row: readonly unknown[]) => row.some((cell) => !isBlankCell(cell));
  const start = grid.length > 0 && filled(grid[0]) ? 0 : grid.findIndex(filled);
  return start < 0 ? [] : grid.slice(start, start + STAGE_HEADER_SEARCH_ROWS);
}

/** A row waiting for what comes after it: report furniture at the bottom, or rows after an undecided date. */
type Held = readonly [row: readonly unknown[], rowIndex: number];

/**
 * Reads a deal log handed over one row at a time (a CSV file read in chunks, a workbook sheet streamed), by
 * the same rules as {@link parseDealLog} on the whole grid, and with the same result:
 *
 * - the header is the first of the first {@link STAGE_HEADER_SEARCH_ROWS} rows that names two stages, else a
 *   current-stage export's header, else the first row (as cli/readTable reads a CSV);
 * - a wide log (DEFINITIONS §2) is read as it comes: only its deals' figures are kept, never its rows. Rows that
 *   hold no stage date wait until a row of data follows (then they are read) or the file ends (then the bottom
 *   ones may be report furniture, DEFINITIONS §5). When a stage column's first numbers-only date (`03/04/2026`)
 *   comes, its order is decided from the rest of the column (core/parse/dateOrder.ts): the rows from there on
 *   are held until the end, then read. A log of serials or year-first dates holds nothing;
 * - any other shape (current-stage export, stage history, one column) is kept whole and read at the end.
 *
 * @example
 * const stream = new DealLogStream();
 * stream.push(["Deal ID", "Lead", "Won"]);
 * stream.push(["D1", "2026-01-05", "2026-02-01"]);
 * stream.end().log?.deals.count //=> 1
 */
export class DealLogStream {
  private readonly head: unknown[][] = [];
  private headerIndex = -1;
  private grid: (readonly unknown[])[] | undefined;
  private wide: WideRows | undefined;
  private wanted: number[] | undefined;
  private readonly pending: Held[] = [];
  private held: Held[] | undefined;
  private tallies: DateColumnTally[] = [];
  private decided: (DateColumnDecision | undefined)[] = [];
  private replaying = false;
  private rowCount = 0;

  private readonly keepText: readonly TextField[];
  private readonly givenHeader: number | undefined;
  private readonly groupBy: string | undefined;

  /**
   * @param stream.keepText the text fields to keep for each deal of a wide log (owner, team, …: what the caller
   * will show); the others are not kept. A log read whole keeps them all, as parseDealLog does.
   * @param stream.headerRow the 0-based row of the header when the caller knows it (a workbook's sheet chosen by
   * core/report/readingPolicy.ts); else it is found in the first rows.
   * @param stream.groupBy a field or header (`analyze --by`, core/parse/groupColumn.ts groupByColumn) whose column
   * is kept for each deal, interned, however the log is read ({@link StreamedLog.group}); the one text column a
   * wide log keeps beyond `keepText`.
   */
  constructor(
    private readonly options: DealLogOptions = {},
    stream: { readonly keepText?: readonly TextField[]; readonly headerRow?: number; readonly groupBy?: string } = {},
  ) {
    this.keepText = stream.keepText ?? [];
    this.givenHeader = stream.headerRow;
    this.groupBy = stream.groupBy;
  }

  /**
   * The columns a row must carry once the log is known to be wide (the caller may leave the others out and pass
   * `full` for the whole row); `undefined` while every column is needed.
   */
  columns(): readonly number[] | undefined {
    return this.wanted;
  }

  /**
   * Hands over the next row. `row` is not kept past the call unless it is `full()`'s: a caller that passes a
   * partial row (only {@link columns}) passes `full` to give the whole one.
   */
  push(row: readonly unknown[], full: () => readonly unknown[] = () => row): void {
    if (this.wide !== undefined) {
      this.rowCount++;
      this.feed(row, this.rowCount, full);
      return;
    }
    if (this.grid !== undefined) {
      this.grid.push(full());
      this.rowCount++;
      return;
    }
    this.head.push(full() as unknown[]);
    if (this.head.length > (this.givenHeader ?? 0) + STAGE_HEADER_SEARCH_ROWS) this.start();
  }

  /** Ends the rows: reads what was held and returns the log. */
  end(): StreamedLog {
    if (this.wide === undefined && this.grid === undefined) this.start();
    const firstRow = (this.options.firstRow ?? 1) + this.headerIndex;
    const head = this.grid !== undefined ? tableHead(this.grid) : this.head.slice(this.headerIndex, this.headerIndex + STAGE_HEADER_SEARCH_ROWS);
    if (this.grid !== undefined) {
      const log = parseDealLog(this.grid, { ...this.options, firstRow });
      const column = this.groupBy === undefined || log === undefined || this.grid.length === 0 ? undefined : groupByColumn(this.grid[0], this.groupBy);
      const group = column === undefined ? undefined : groupColumnOfGrid(this.grid, firstRow, log!.deals.rows, column);
      return { log, head, firstRow, rows: this.rowCount, ...(group === undefined ? {} : { group }) };
    }
    const wide = this.wide!;
    if (this.held !== undefined) {
      // The rest of each column is known: decide the orders, then read the held rows with them.
      const held = this.held;
      this.held = undefined;
      this.decided = this.tallies.map((tally) => decideDateOrder(tally, { option: this.options.dateOrder, locale: this.options.localeDateOrder }));
      this.replaying = true;
      for (const [row, rowIndex] of held) this.feed(row, rowIndex, () => row);
    }
    const footer = new Set(trailingFurniture(this.pending.map(([row]) => row), 0, (row) => wide.holdsData(row)));
    this.pending.forEach(([row, rowIndex], index) => {
      if (footer.has(index)) wide.skipFurniture();
      else wide.take(row, rowIndex);
    });
    this.pending.length = 0;
    const { deals, problems, reading, text, group } = wide.finish();
    return { log: { shape: "wide", deals: { ...deals, text }, problems, reading }, head, firstRow, rows: this.rowCount, ...(group === undefined ? {} : { group }) };
  }

  /** The header and the shape are known from the first rows: read them, and set how the rest is read. */
  private start(): void {
    const order = this.options.stages ?? stageList();
    const rows = this.head;
    const wideHeader = this.givenHeader === undefined ? stageHeaderRow(rows, order) : this.givenHeader;
    this.headerIndex = Math.max(0, wideHeader >= 0 ? wideHeader : currentStageHeaderRow(rows));
    const fromHeader = rows.slice(this.headerIndex);
    const shape = fromHeader.length > 0 ? detectShape(fromHeader, order) : undefined;
    if (shape?.kind !== "wide") {
      this.grid = fromHeader;
      this.rowCount = Math.max(0, fromHeader.length - 1);
      return;
    }
    this.startWide(fromHeader[0], shape);
    for (let index = 1; index < fromHeader.length; index++) {
      this.rowCount++;
      this.feed(fromHeader[index], index, () => fromHeader[index]);
    }
  }

  private startWide(header: readonly unknown[], shape: WideShape): void {
    const firstRow = (this.options.firstRow ?? 1) + this.headerIndex;
    const wide: WideRows = new WideRows(header, shape, {
      timeZone: this.options.timeZone,
      firstRow,
      firstColumn: this.options.firstColumn ?? 1,
      capacity: 1024,
      keepText: this.keepText,
      groupColumn: this.groupBy === undefined ? undefined : groupByColumn(header, this.groupBy),
      decide: (stage) => (this.replaying ? this.decided[stage] : undefined),
    });
    this.wide = wide;
    this.wanted = wide.columnsRead();
    this.tallies = shape.stages.names.map(() => emptyTally());
  }

  /** One row of a wide log, in order. */
  private feed(row: readonly unknown[], rowIndex: number, full: () => readonly unknown[]): void {
    const wide = this.wide!;
    if (this.held !== undefined) {
      const whole = full();
      this.tally(whole);
      this.held.push([whole, rowIndex]);
      return;
    }
    if (!wide.holdsData(row) || wide.startsWithSeparator(row)) {
      this.pending.push([full(), rowIndex]);
      return;
    }
    if (this.pending.length > 0) {
      for (const [held, heldIndex] of this.pending) wide.take(held, heldIndex);
      this.pending.length = 0;
    }
    if (!wide.take(row, rowIndex, full)) {
      // A numbers-only date in a column not yet decided: hold this row and the rest until the end.
      const whole = full();
      this.held = [[whole, rowIndex]];
      this.tally(whole);
    }
  }

  /** Counts a held row's numbers-only dates into its columns' tallies. */
  private tally(row: readonly unknown[]): void {
    const wide = this.wide!;
    wide.stageColumns().forEach((column, stage) => {
      const cell = row[column];
      if (typeof cell !== "string") return;
      const reading = wide.textDates.read(cell);
      if (reading !== null && typeof reading === "object") tallyDate(this.tallies[stage], reading);
    });
  }
}
