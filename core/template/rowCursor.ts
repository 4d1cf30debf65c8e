/**
 * Sections of a sheet stacked top to bottom: each section takes its rows from the cursor, so a section's place
 * follows from the ones above it instead of arithmetic like `lastProblem + 2`.
 * @example
 * const rows = new RowCursor(3);
 * rows.next()   //=> 3 (a subtitle)
 * rows.take(4)  //=> { first: 4, last: 7 }
 * rows.skip();  rows.next() //=> 9 (one blank row between)
 */
export class RowCursor {
  constructor(private row: number) {}

  /** The row the next section starts on. */
  get at(): number {
    return this.row;
  }

  /** One row, then past it. */
  next(): number {
    return this.row++;
  }

  /** `count` rows (first … last), then past them. */
  take(count: number): { readonly first: number; readonly last: number } {
    const first = this.row;
    this.row += count;
    return { first, last: this.row - 1 };
  }

  /** Leaves `count` rows blank. */
  skip(count = 1): this {
    this.row += count;
    return this;
  }
}
