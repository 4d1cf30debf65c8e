import { columnLetter } from "../model/cells";
import { absolute, sheetRef } from "./a1";
import type { TemplateHost } from "./types";

/** The Deals sheet's table (an Excel table in the add-in and the .xlsx; banding and a name in Sheets). */
export const DEALS_TABLE = "DealsTable";

/**
 * How a host's formulas refer to one whole column of the Deals sheet's data rows — the one place that decides
 * (DECISIONS: "Rows below the prepared ones"), read through `layout.deals.column(...)` by every sheet:
 * - "file" (.xlsx for Excel, LibreOffice, WPS): the prepared rows 2 … `lastDealRow`, absolute;
 * - "excel": the table column, `INDEX(DealsTable,0,k)` (the table starts in column A, so k is the column
 *   number): it follows the table as it grows when rows are typed or pasted under it, and needs no header
 *   text (stage names may hold [ ] # ' that a structured reference would have to escape);
 * - "sheets": open-ended from row 2 (`'Deals'!$S$2:$S`), so any number of rows counts.
 * `withHeader` starts the reference at the header row (row 1), for counting what lies outside it.
 * @example
 * dealsColumnReference("file", "Deals", 19, 1001)   //=> "'Deals'!$S$2:$S$1001"
 * dealsColumnReference("excel", "Deals", 19, 1001)  //=> "INDEX(DealsTable,0,19)"
 * dealsColumnReference("sheets", "Deals", 19, 1001) //=> "'Deals'!$S$2:$S"
 */
export function dealsColumnReference(host: TemplateHost, sheet: string, column: number, lastDealRow: number, withHeader = false): string {
  const first = withHeader ? 1 : 2;
  if (host === "excel") return `INDEX(${DEALS_TABLE}${withHeader ? "[#All]" : ""},0,${column})`;
  if (host === "sheets") return sheetRef(sheet, `$${columnLetter(column)}$${first}:$${columnLetter(column)}`);
  return sheetRef(sheet, absolute(column, first, column, lastDealRow));
}
