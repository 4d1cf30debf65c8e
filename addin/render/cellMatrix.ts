import type { CellBlock, TemplateCell } from "../../core/template/types";
import { parseA1 } from "../../core/template/a1";
import type { A1Rect } from "../../core/template/a1Rect";
import { literalText } from "./literalText";

/** A cell as Office.js takes it in a 2-D array: a number, a string (a formula when it starts with "="), or null (leave as is). */
export type MatrixCell = string | number | null;

/** One block of the template as one whole-range write. */
export interface BlockMatrix {
  readonly rect: A1Rect;
  /** `formulas` when any cell is a formula (constants are written through it too), else `values`. */
  readonly property: "values" | "formulas";
  readonly matrix: MatrixCell[][];
}

/**
 * A template cell as Office.js writes it: text kept literal ({@link literalText}), numbers and days as numbers
 * (a day is its Excel serial), a formula with "=" in front, a blank as null — which Office.js
 * documents as "leave this cell unchanged", and the sheets are new, so it stays empty.
 * @throws {RangeError} for a number that JSON cannot carry (NaN, ±Infinity).
 */
export function matrixCell(cell: TemplateCell): MatrixCell {
  if (cell === null) return null;
  if ("text" in cell) return literalText(cell.text);
  if ("formula" in cell) return `=${cell.formula}`;
  const number = "number" in cell ? cell.number : cell.day;
  if (!Number.isFinite(number)) throw new RangeError(`A template cell holds ${number}, which Excel cannot store.`);
  return number;
}

/**
 * A block as a rectangle and its 2-D array: ragged rows padded with null to the widest row, so the array's
 * shape is exactly the rectangle's (Excel refuses any other shape).
 * @example
 * blockMatrix({ at: "B2", rows: [[{ text: "=x" }], [{ number: 1 }, { formula: "B3*2" }]] })
 * //=> { rect: { top: 2, left: 2, bottom: 3, right: 3 }, property: "formulas",
 * //     matrix: [["'=x", null], [1, "=B3*2"]] }
 */
export function blockMatrix(block: CellBlock): BlockMatrix {
  const start = parseA1(block.at);
  const width = Math.max(1, ...block.rows.map((row) => row.length));
  let hasFormula = false;
  const matrix = block.rows.map((row) => {
    const out = new Array<MatrixCell>(width).fill(null);
    row.forEach((cell, column) => {
      if (cell !== null && "formula" in cell) hasFormula = true;
      out[column] = matrixCell(cell);
    });
    return out;
  });
  return {
    rect: { top: start.row, left: start.column, bottom: start.row + Math.max(1, block.rows.length) - 1, right: start.column + width - 1 },
    property: hasFormula ? "formulas" : "values",
    matrix,
  };
}
