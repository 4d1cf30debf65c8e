import type { CellBlock, TemplateCell } from "../../core/template/types";
import { parseA1 } from "../../core/template/a1";
import type { CellRect } from "./address";
import { literalText } from "./literalText";

/** A cell as Office.js takes it in a 2-D array: a number, a string (a formula when it starts with "="), or null (leave as is). */
export type MatrixCell = string | number | null;

/** One block of the template as one whole-range write. */
export interface BlockMatrix {
  readonly rect: CellRect;
  /** `formulas` when any cell is a formula (constants are written through it too), else `values`. */
  readonly property: "values" | "formulas";
  readonly matrix: MatrixCell[][];
  /** Cells holding a day (a date serial), as 0-based offsets in the block: they need a date format. */
  readonly dayCells: readonly { readonly row: number; readonly column: number }[];
}

/**
 * A template cell as Office.js writes it: text kept literal ({@link literalText}), numbers and days as numbers
 * (a day is its Excel serial), a formula with "=" in front (after `rename`), a blank as null — which Office.js
 * documents as "leave this cell unchanged", and the sheets are new, so it stays empty.
 * @throws {RangeError} for a number that JSON cannot carry (NaN, ±Infinity).
 */
export function matrixCell(cell: TemplateCell, rename: (formula: string) => string): MatrixCell {
  if (cell === null) return null;
  if ("text" in cell) return literalText(cell.text);
  if ("formula" in cell) return `=${rename(cell.formula)}`;
  const number = "number" in cell ? cell.number : cell.day;
  if (!Number.isFinite(number)) throw new RangeError(`A template cell holds ${number}, which Excel cannot store.`);
  return number;
}

/**
 * A block as a rectangle and its 2-D array: ragged rows padded with null to the widest row, so the array's
 * shape is exactly the rectangle's (Excel refuses any other shape).
 * @example
 * blockMatrix({ at: "B2", rows: [[{ text: "=x" }], [{ number: 1 }, { formula: "B3*2" }]] }, (f) => f)
 * //=> { rect: { column: 2, row: 2, lastColumn: 3, lastRow: 3 }, property: "formulas",
 * //     matrix: [["'=x", null], [1, "=B3*2"]], dayCells: [] }
 */
export function blockMatrix(block: CellBlock, rename: (formula: string) => string): BlockMatrix {
  const start = parseA1(block.at);
  const width = Math.max(1, ...block.rows.map((row) => row.length));
  let hasFormula = false;
  const dayCells: { row: number; column: number }[] = [];
  const matrix = block.rows.map((row, rowIndex) => {
    const out = new Array<MatrixCell>(width).fill(null);
    row.forEach((cell, column) => {
      if (cell !== null && "formula" in cell) hasFormula = true;
      if (cell !== null && "day" in cell) dayCells.push({ row: rowIndex, column });
      out[column] = matrixCell(cell, rename);
    });
    return out;
  });
  return {
    rect: { column: start.column, row: start.row, lastColumn: start.column + width - 1, lastRow: start.row + Math.max(1, block.rows.length) - 1 },
    property: hasFormula ? "formulas" : "values",
    matrix,
    dayCells,
  };
}
