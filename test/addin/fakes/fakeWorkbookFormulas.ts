import { HyperFormula, type RawCellContent } from "hyperformula";
import { hyperFormulaDialect } from "../../core/template/hyperformulaWorkbook";
import { columnToLetters } from "./fakeAddress";
import type { FakeWorkbookModel } from "./fakeWorkbook";

/**
 * The Excel fake's sheets calculated by HyperFormula, as Excel would read them now: `INDEX(DealsTable,0,k)` resolved
 * to the table's rows as they are (after a paste below the table grew it), and a spill reference (`$AD$2#`) to the
 * rows a spill over the table's columns takes (as many as the table's data rows). Used by the table-growth tests.
 * @example
 * const value = calculateFake(model);
 * value("Dashboard", "B4") //=> 12
 */
export function calculateFake(model: FakeWorkbookModel): (sheet: string, address: string) => unknown {
  const table = model.tables.find((candidate) => candidate.name === "DealsTable");
  const resolve = (formula: string) =>
    table === undefined
      ? formula
      : formula
          .replace(/INDEX\(DealsTable(\[#All\])?,0,(\d+)\)/g, (_, all: string | undefined, column: string) => {
            const letters = columnToLetters(table.rect.column + Number(column) - 1);
            return `'${table.sheet.name}'!$${letters}$${all === undefined ? table.rect.row + 1 : table.rect.row}:$${letters}$${table.rect.lastRow}`;
          })
          .replace(/\$([A-Z]+)\$(\d+)#/g, (_, letters: string, row: string) => `$${letters}$${row}:$${letters}$${Number(row) + table.rect.lastRow - table.rect.row - 1}`);
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of model.sheets) {
    const grid: RawCellContent[][] = [];
    for (const [key, cell] of sheet.contents) {
      const [row, column] = key.split(",").map(Number);
      (grid[row - 1] ??= [])[column - 1] =
        cell.kind === "formula" ? `=${hyperFormulaDialect(resolve(cell.formula.slice(1)))}` : cell.kind === "text" ? `'${cell.value}` : cell.kind === "number" ? cell.value : null;
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    sheets[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false, precisionEpsilon: 0 });
  return (sheet, address) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = [...match[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    return hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: Number(match[2]) - 1, col: column - 1 });
  };
}
