import { columnLetter } from "../model/cells";
import { absolute, quoted, sheetRef } from "./a1";

/**
 * A warning for rows typed below a table's prepared rows, which none of the template's formulas read: a formula
 * that is "" while there are none, else `message` with `{row}` (the last prepared row) and `{count}` filled in.
 *
 * count = the most non-blank cells any one of `columns` holds below the prepared rows (whole-column COUNTA minus
 * the prepared part's): the number of such rows whenever one of the columns is filled on each of them (a deal's
 * first stage date, an action's status), never more. Whole columns are what Excel, Google Sheets and LibreOffice
 * all read cheaply (each visits only the cells in use), and unlike a fixed bound (row 1048576) they never point
 * outside a Sheets grid. `{row}` is ROWS(…) of the prepared part, so both follow rows inserted inside the table.
 *
 * @param sheet the table's sheet, or undefined when the warning is on the same sheet.
 * @param lastRow the table's last prepared row, or how the host refers to a column of the table from its header
 *   row down (the Deals sheet's `layout.deals.columnWithHeader`, which in Excel and Sheets grows with the rows).
 * @example
 * rowsBelowWarning("Deals", [8], 1001, "{count} below row {row}")
 * //=> `IF(MAX(COUNTA('Deals'!$H:$H)-COUNTA('Deals'!$H$1:$H$1001))=0,"",MAX(…)&" below row "&ROWS('Deals'!$H$1:$H$1001))`
 */
export function rowsBelowWarning(
  sheet: string | undefined,
  columns: readonly number[],
  lastRow: number | ((column: number) => string),
  message: string,
): string {
  const ref = (text: string) => (sheet === undefined ? text : sheetRef(sheet, text));
  const whole = (column: number) => ref(`$${columnLetter(column)}:$${columnLetter(column)}`);
  const prepared = typeof lastRow === "number" ? (column: number) => ref(absolute(column, 1, column, lastRow)) : lastRow;
  const count = `MAX(${columns.map((column) => `COUNTA(${whole(column)})-COUNTA(${prepared(column)})`).join(",")})`;
  const row = `ROWS(${prepared(columns[0])})`;
  const parts = message
    .split(/(\{row\}|\{count\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{row}" ? row : part === "{count}" ? count : quoted(part)));
  return `IF(${count}=0,"",${parts.join("&")})`;
}
