import { columnLetter } from "../model/cells";
import { absolute } from "./a1";
import type { TemplateLayout } from "./layout";
import { formula } from "./sheetBuilder";
import type { TemplateCell } from "./types";

type HostRows = Pick<TemplateLayout, "host" | "lastDealRow">;

/**
 * The rows (from row 2) of hidden helper columns that hold one value per Deals row, on a sheet other than Deals,
 * following the host as the Deals helpers do (dealsReference.ts), so deals typed or pasted below the prepared rows
 * are in them (issue 12, no fill-down):
 * - "file": one row per prepared Deals row, `fileRow(dealRow)` (LibreOffice, WPS: prepared rows);
 * - "excel": one row, row 2, of `arrayRow()` — formulas over the Deals table's columns (`layout.deals.column`) that
 *   spill as many rows as the table has and grow with it;
 * - "sheets": one row, row 2, of `arrayRow()` each in ARRAYFORMULA, over open-ended ranges. `arrayRow` must then
 *   use only cell-by-cell functions (IF, IFERROR, ISNUMBER, YEAR, comparisons, arithmetic: no AND, MAX, INDEX…).
 * Read the column back with {@link dealRowsHelperRange}.
 * @example
 * dealRowsHelperRows(templateLayout("en", 6, 1001, "sheets"), (row) => [formula(`'Deals'!Y${row}`)], () => ["'Deals'!$Y$2:$Y"])
 * //=> [[{ formula: "ARRAYFORMULA('Deals'!$Y$2:$Y)" }]]
 */
export function dealRowsHelperRows(layout: HostRows, fileRow: (dealRow: number) => TemplateCell[], arrayRow: () => string[]): TemplateCell[][] {
  if (layout.host === "excel") return [arrayRow().map((body) => formula(body))];
  if (layout.host === "sheets") return [arrayRow().map((body) => formula(`ARRAYFORMULA(${body})`))];
  return Array.from({ length: layout.lastDealRow - 1 }, (_, index) => fileRow(index + 2));
}

/**
 * A helper column written by {@link dealRowsHelperRows}, as the formulas reading it refer to it (absolute, not
 * sheet-qualified): the prepared rows (file), open-ended (sheets), the spill of row 2 (excel).
 * @example
 * dealRowsHelperRange(templateLayout("en", 6, 1001), 14)           //=> "$N$2:$N$1001"
 * dealRowsHelperRange(templateLayout("en", 6, 1001, "sheets"), 14) //=> "$N$2:$N"
 * dealRowsHelperRange(templateLayout("en", 6, 1001, "excel"), 14)  //=> "$N$2#"
 */
export function dealRowsHelperRange(layout: HostRows, column: number): string {
  const letter = columnLetter(column);
  if (layout.host === "sheets") return `$${letter}$2:$${letter}`;
  if (layout.host === "excel") return `$${letter}$2#`;
  return absolute(column, 2, column, layout.lastDealRow);
}
