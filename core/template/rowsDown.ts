import { columnLetter } from "../model/cells";
import { range } from "./a1";
import type { TemplateHost } from "./types";

/**
 * The last row a sheet's looks, dropdowns and highlights over the Deals rows reach: the prepared rows in a file
 * and in Excel (which extends them with the Deals table as it grows), or "open" in Google Sheets, where they
 * cover every row of the grid from the first data row down (`A2:C`), rows typed, pasted or added below the
 * prepared ones too (DECISIONS: "Rows below the prepared ones").
 * @example
 * dealRowsEnd({ host: "sheets", lastDealRow: 1001 }) //=> "open"
 * dealRowsEnd({ host: "excel", lastDealRow: 1001 })  //=> 1001
 */
export function dealRowsEnd(layout: { readonly host: TemplateHost; readonly lastDealRow: number }): number | "open" {
  return layout.host === "sheets" ? "open" : layout.lastDealRow;
}

/**
 * Columns `column` … `lastColumn` from row `row` to `lastRow`, or, for "open", from `row` down to the grid's last
 * row in Google Sheets' open-ended notation (core/template/a1Rect.ts reads it).
 * @example
 * rowsDown(1, 2, 3, 1001)   //=> "A2:C1001"
 * rowsDown(1, 2, 3, "open") //=> "A2:C"
 */
export function rowsDown(column: number, row: number, lastColumn: number, lastRow: number | "open"): string {
  return lastRow === "open" ? `${columnLetter(column)}${row}:${columnLetter(lastColumn)}` : range(column, row, lastColumn, lastRow);
}
