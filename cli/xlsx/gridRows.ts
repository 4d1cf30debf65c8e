import { FileRefused } from "../fileErrors";

/** Rows a header may sit in (readWorkbook's and findDealSheet's HEADER_SEARCH_ROWS). */
const HEADER_ROWS = 20;

/** What {@link GridRows} hands on: a batch of rectangular grid rows and the sheet row number of the first. */
export type GridBatch = (rows: unknown[][], firstRowNumber: number) => "stop" | void;

/**
 * Turns a sheet's rows, as they stream by (filled cells only, rows in order), into the rows of the grid
 * readWorkbook's {@link sheetGrid} makes of the same sheet, handed on in batches:
 * - the grid is as wide as the widest of sheet rows 1–20 (or, when those are blank, of the first 20 rows holding
 *   anything), counting only filled cells; every row is clipped to that width and padded with `""`;
 * - it starts at sheet row 1: a row missing from the file (or holding nothing within the width) is an empty row
 *   when a filled row follows it, and the grid ends at the last row holding anything within the width.
 * Only the rows that decide the width (at most the first 20 filled ones) and the current batch are held.
 *
 * @param maxCells the most cells the grid may have (last filled row × width).
 * @throws {FileRefused} `tableTooLarge` as soon as a filled row lies past that, before it is handed on.
 */
export class GridRows {
  private width = -1;
  /** Rows held until the width is known: [row number, columns, values]. */
  private held: [number, number[], unknown[]][] = [];
  private heldFilled = 0;
  private lastEmitted = 0;
  private batch: unknown[][] = [];
  private batchFirst = 0;
  private stopped = false;

  constructor(
    private readonly sheet: string,
    private readonly onRows: GridBatch,
    private readonly maxCells: number,
    /** Cells (rows × width) a batch holds before it is handed on; at least one row. */
    private readonly batchCells = 1 << 16,
  ) {}

  /** The number of grid rows handed on so far (the sheet row number of the last). */
  get rows(): number {
    return this.lastEmitted;
  }

  /** True once `onRows` returned "stop". */
  get isStopped(): boolean {
    return this.stopped;
  }

  /**
   * Takes the next row of the sheet: its number (greater than the last) and its filled cells (values other than
   * `""`). Returns true when the reader may stop (onRows said "stop").
   */
  push(rowNumber: number, columns: readonly number[], values: readonly unknown[]): boolean {
    if (this.stopped) return true;
    if (this.width < 0) {
      this.hold(rowNumber, columns, values);
      return this.stopped;
    }
    this.emit(rowNumber, columns, values);
    return this.stopped;
  }

  /** The sheet has ended: settles the width if still open and hands on the last batch. */
  end(): void {
    if (this.width < 0) this.settle();
    this.flush();
  }

  private hold(rowNumber: number, columns: readonly number[], values: readonly unknown[]): void {
    if (rowNumber > HEADER_ROWS && this.held.some(([number]) => number <= HEADER_ROWS)) {
      // Rows 1–20 are all in: they decide the width when any holds something.
      this.settle();
      this.emit(rowNumber, columns, values);
      return;
    }
    this.held.push([rowNumber, [...columns], [...values]]);
    if (rowNumber > HEADER_ROWS) {
      // Rows 1–20 are blank: the first 20 rows holding anything decide it.
      this.heldFilled++;
      if (this.heldFilled >= HEADER_ROWS) this.settle();
    }
  }

  /** Fixes the width from the rows held and hands them on. */
  private settle(): void {
    let width = 0;
    for (const [, columns] of this.held) for (const column of columns) width = Math.max(width, column);
    this.width = width;
    const held = this.held;
    this.held = [];
    for (const [number, columns, values] of held) {
      if (this.stopped) return;
      this.emit(number, columns, values);
    }
  }

  private emit(rowNumber: number, columns: readonly number[], values: readonly unknown[]): void {
    const width = this.width;
    let filled = false;
    for (const column of columns) if (column <= width) filled = true;
    if (!filled) return;
    if (rowNumber * width > this.maxCells) {
      throw new FileRefused("tableTooLarge", {
        sheet: this.sheet,
        rows: rowNumber.toLocaleString("en-US"),
        columns: width.toLocaleString("en-US"),
        limit: this.maxCells.toLocaleString("en-US"),
      });
    }
    while (this.lastEmitted < rowNumber - 1 && !this.stopped) this.add(new Array<unknown>(width).fill(""));
    if (this.stopped) return;
    const row = new Array<unknown>(width).fill("");
    for (let index = 0; index < columns.length; index++) {
      if (columns[index] <= width) row[columns[index] - 1] = values[index];
    }
    this.add(row);
  }

  private add(row: unknown[]): void {
    if (this.batch.length === 0) this.batchFirst = this.lastEmitted + 1;
    this.batch.push(row);
    this.lastEmitted++;
    if (this.batch.length * this.width >= this.batchCells) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0 || this.stopped) return;
    const batch = this.batch;
    this.batch = [];
    if (this.onRows(batch, this.batchFirst) === "stop") this.stopped = true;
  }
}
