/**
 * Excel tables as they grow, for the Excel fake (excelFake.ts), written from Excel's documented behaviour:
 * - **Calculated columns.** A table column whose whole data body receives one formula — the same formula in
 *   every row once relative references are read relative to their row (as R1C1 reads it) — becomes a
 *   calculated column ("Use calculated columns in an Excel table", Microsoft Support), whether in one write or
 *   in row slices (a large body is cut into several requests). {@link noteCalculatedColumns} runs after every
 *   `formulas`/`values` write through the API.
 * - **Growth.** Typing or pasting into the row just below a table makes the rows part of the table (AutoCorrect's
 *   "Include new rows and columns in table", on by default), and each calculated column's formula fills the new
 *   rows. That is a user's action in Excel's grid, which {@link typeBelowTable} models; writes through the API
 *   (`range.values`) do not grow a table — the API's way is `table.rows.add`, not modelled.
 * The same relative-reference reading as the core's fill-down (core/template/fillDown.ts) decides what "the
 * same formula" is.
 */
import { fillDown } from "../../../core/template/fillDown";
import { rectsOverlap, type FakeRect } from "./fakeAddress";
import type { FakeSheetModel, FakeTable, FakeWorkbookModel } from "./fakeWorkbook";
import { storeTyped } from "./typedInput";

/** A calculated column: the formula as written in the body's first row (with "="). */
export interface CalculatedColumn {
  readonly firstRow: number;
  readonly formula: string;
}

/** The first data row of a table (below its header). */
const bodyTop = (table: FakeTable) => table.rect.row + (table.hasHeaders ? 1 : 0);

/** After a write over `rect`: the columns of `sheet`'s tables it touched are calculated when their whole body holds one formula. */
export function noteCalculatedColumns(model: FakeWorkbookModel, sheet: FakeSheetModel, rect: FakeRect): void {
  for (const table of model.tables) {
    if (table.sheet !== sheet) continue;
    const top = bodyTop(table);
    if (rect.lastRow < top || rect.row > table.rect.lastRow) continue;
    for (let column = Math.max(rect.column, table.rect.column); column <= Math.min(rect.lastColumn, table.rect.lastColumn); column++) {
      const first = sheet.cell(top, column);
      if (first?.kind !== "formula") {
        table.calculated.delete(column);
        continue;
      }
      const copy = fillDown(first.formula);
      let same = true;
      for (let row = top + 1; row <= table.rect.lastRow && same; row++) {
        const cell = sheet.cell(row, column);
        same = cell?.kind === "formula" && cell.formula === copy(row - top);
      }
      if (same) table.calculated.set(column, { firstRow: top, formula: first.formula });
      else table.calculated.delete(column);
    }
  }
}

/**
 * A user typing or pasting `rows` (text as typed: "=…" a formula, "2026-01-05" a date…) into `sheet` from `at`
 * (1-based row and column). When the first row is just below a table and the cells overlap its columns, the
 * table grows to the last row pasted and its calculated columns fill the new rows (cells the paste filled keep
 * what was pasted). Returns the tables that grew.
 */
export function typeBelowTable(model: FakeWorkbookModel, sheetName: string, at: { row: number; column: number }, rows: readonly (readonly (string | number | null)[])[]): FakeTable[] {
  const sheet = model.sheet(sheetName);
  if (sheet === undefined) throw new Error(`fake: no sheet ${sheetName}`);
  const width = Math.max(1, ...rows.map((row) => row.length));
  const rect: FakeRect = { row: at.row, column: at.column, lastRow: at.row + rows.length - 1, lastColumn: at.column + width - 1 };
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const stored = typeof value === "number" ? { kind: "number" as const, value } : storeTyped(value, sheet.numberFormat(rect.row + r, rect.column + c));
      sheet.setCell(rect.row + r, rect.column + c, stored);
    }),
  );
  const grown: FakeTable[] = [];
  for (const table of model.tables) {
    if (table.sheet !== sheet || rect.row !== table.rect.lastRow + 1) continue;
    if (!rectsOverlap({ ...table.rect, row: rect.row, lastRow: rect.lastRow }, rect)) continue;
    const before = table.rect.lastRow;
    table.rect = { ...table.rect, lastRow: rect.lastRow };
    for (const [column, calculated] of table.calculated) {
      const copy = fillDown(calculated.formula);
      for (let row = before + 1; row <= rect.lastRow; row++) {
        if (sheet.cell(row, column) === undefined) sheet.setCell(row, column, { kind: "formula", formula: copy(row - calculated.firstRow) });
      }
    }
    model.record({ action: "table grown", sheet: sheet.name, detail: { table: table.name, from: before, to: rect.lastRow } });
    grown.push(table);
  }
  return grown;
}
