/**
 * ARRAYFORMULA as Google Sheets runs it, for the Sheets fake (sheetsFake.ts):
 * - **Cell by cell, or folded.** Inside ARRAYFORMULA, IF, INT, TRIM, ISNUMBER, comparisons and arithmetic give
 *   one result per row; MAX, MIN, AND, OR, SUM, COUNT, COUNTA, AVERAGE, SUMPRODUCT fold the whole array into one
 *   value, so a helper written with them would give every row the same answer. Sheets computes that silently;
 *   the fake refuses it ({@link checkArrayFormula}), so a renderer test fails instead of a manager's figures.
 * - **Spilling.** An ARRAYFORMULA over open-ended ranges (`H2:H`) fills its column from its own cell down to the
 *   sheet's last row, however many rows the sheet has (rows added later included), unless a cell below holds
 *   something (then Sheets shows #REF!, "Array result was not expanded because it would overwrite data").
 *   {@link arrayResultAt} answers which formula's result a cell shows.
 */
import { closingQuote } from "../../../core/template/formulaText";
import type { SheetState } from "./sheetsFake";

const FOLDING = ["MAX", "MIN", "AND", "OR", "SUM", "COUNT", "COUNTA", "COUNTIF", "AVERAGE", "SUMPRODUCT", "MEDIAN"];

/** The formula without its quoted parts (text and sheet names). */
function unquoted(formula: string): string {
  let out = "";
  for (let i = 0; i < formula.length; ) {
    if (formula[i] === '"' || formula[i] === "'") i = closingQuote(formula, i);
    else out += formula[i++];
  }
  return out;
}

/** @throws {Error} for an ARRAYFORMULA that calls a function folding its array into one value. */
export function checkArrayFormula(formula: string): void {
  if (!/^=ARRAYFORMULA\(/i.test(formula)) return;
  const folded = FOLDING.find((name) => new RegExp(`(?<![A-Z0-9_.])${name}\\(`, "i").test(unquoted(formula)));
  if (folded !== undefined) throw new Error(`fake: ${folded}() inside ARRAYFORMULA folds the array into one value, not one per row: ${formula.slice(0, 80)}…`);
}

/** True when the formula is an ARRAYFORMULA over open-ended ranges (`H2:H`, `$H$2:$H`), which spills to the last row. */
export function spillsToLastRow(formula: string): boolean {
  return /^=ARRAYFORMULA\(/i.test(formula) && /(?<![A-Z0-9_$])\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}(?![$0-9A-Za-z_(!])/.test(unquoted(formula));
}

/**
 * The address (row) of the array formula whose result the cell shows, or undefined: the nearest formula above in
 * the same column that spills to the last row, with nothing between it and the cell (a cell holding anything
 * blocks the spill: #REF!). The cell itself must be empty and inside the sheet's grid.
 */
export function arrayResultAt(sheet: SheetState, row: number, column: number): number | undefined {
  if (row > sheet.maxRows) return undefined;
  const own = sheet.cell(row, column);
  if (own !== undefined && (own.formula !== "" || own.value !== "")) return undefined;
  for (let above = row - 1; above >= 1; above--) {
    const cell = sheet.cell(above, column);
    if (cell === undefined || (cell.formula === "" && cell.value === "")) continue;
    return spillsToLastRow(cell.formula) ? above : undefined;
  }
  return undefined;
}

/** True when a spilling array formula's column is clear below it (else Sheets shows #REF!). */
export function spillIsClear(sheet: SheetState, row: number, column: number): boolean {
  for (let below = row + 1; below <= Math.min(sheet.maxRows, sheet.cells.length); below++) {
    const cell = sheet.cell(below, column);
    if (cell !== undefined && (cell.formula !== "" || cell.value !== "")) return false;
  }
  return true;
}
