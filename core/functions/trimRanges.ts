import { isBlankCell } from "../model/cells";
import { toGrid } from "./coerce";

/**
 * The range arguments of one call, their blank rows at the bottom cut off. A whole column
 * (`=SALES.FUNNEL(Deals!I:N)`) comes as 1,048,576 rows from Excel (`null`s) and as the sheet's rows from Sheets
 * (`""`s); cut, it costs what its deals cost, not what the column does (test/bench/functions.bench.ts). The rows
 * are not copied: each cut range holds the same row arrays.
 *
 * Ranges of the same size are cut together, at the last row that holds anything in any of them, so ranges that
 * pair row by row (start and end dates, statuses and amounts) stay paired; ranges of different sizes are cut apart,
 * so two columns given one row apart (A2:A100 beside B1:B100) still differ in size and are refused, as before. A
 * blank range keeps its first row: it answers as a one-row blank range did. When cutting would change which
 * ranges have as many cells as which (a column paired with a row), nothing is cut.
 * @param ranges the raw arguments of the range parameters (host values: 2-D arrays, a bare value, `null`).
 * @example
 * trimRanges([[[1, 2], [null, null], [null, null]], [["a"], [""], ["b"]]])
 * //=> [[[1, 2], [null, null], [null, null]], [["a"], [""], ["b"]]]   (one size: cut after row 3, b's "b")
 */
export function trimRanges(ranges: readonly unknown[]): unknown[] {
  const cutAt = new Map<number, number>();
  for (const raw of ranges) {
    // At least one row stays: a blank range answers as one blank row does (no deals, not "no range").
    if (Array.isArray(raw)) cutAt.set(raw.length, Math.max(cutAt.get(raw.length) ?? Math.min(1, raw.length), filledRows(raw)));
  }
  const cut = ranges.map((raw) => (Array.isArray(raw) ? raw.slice(0, cutAt.get(raw.length)) : raw));
  // Ranges pair cell by cell in reading order (a column against a row, too): when cutting would make two ranges
  // of one cell count differ, or two of different counts agree, nothing is cut — the call answers as it did.
  const before = ranges.map(cellCount);
  const after = cut.map(cellCount);
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      if ((before[i] === before[j]) !== (after[i] === after[j])) return ranges.map((raw) => (Array.isArray(raw) ? toGrid(raw) : raw));
    }
  }
  // Cut before toGrid: it looks at every row, and most rows of a whole column are the blank ones cut here.
  return cut.map((raw) => (Array.isArray(raw) ? toGrid(raw) : raw));
}

/** The cells a range pairs by (rows × the first row's width; a bare value is one, a left-out argument none). */
function cellCount(raw: unknown): number {
  if (!Array.isArray(raw)) return raw === undefined || raw === null ? 0 : 1;
  return raw.length * (Array.isArray(raw[0]) ? raw[0].length : 1);
}

/**
 * 1 + the index of the last row holding a non-blank cell (0 for a blank range), read from the bottom up; a row
 * is an array of cells, or one cell (a one-dimensional array, as toGrid reads it). The hosts' blanks (null, "")
 * are tested inline: this loop touches every cell of a whole column once, the one pass its cost is bounded by.
 */
function filledRows(rows: readonly unknown[]): number {
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index];
    if (!Array.isArray(row)) {
      if (!isBlank(row)) return index + 1;
      continue;
    }
    for (let column = 0; column < row.length; column++) {
      const cell: unknown = row[column];
      if (cell !== null && cell !== "" && !isBlank(cell)) return index + 1;
    }
  }
  return 0;
}

/** Excel's null and Sheets' "" are nearly every cell of a whole column; a whitespace-only text is blank too. */
function isBlank(cell: unknown): boolean {
  return cell === null || cell === "" || cell === undefined || isBlankCell(cell);
}
