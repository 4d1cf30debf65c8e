import { absolute, parseA1, sheetRef } from "./a1";
import type { TemplateLayout } from "./layout";

/**
 * The workbook's one as-of day, as a sheet-qualified absolute reference for any sheet's formulas: goals'
 * elapsed time and current values, the action plan's "overdue", the reviews' maturing months and the pilot's
 * immature weeks are all measured on this day (an input cell the manager may set to =TODAY()). Sheets refer
 * to it through this function only, so the cell can move without touching them.
 *
 * @example
 * asOfReference(templateLayout("en", 6, 1001)) //=> "'Goals'!$C$4"
 */
export function asOfReference(layout: Pick<TemplateLayout, "goals">): string {
  const { column, row } = parseA1(layout.goals.asOf);
  return sheetRef(layout.goals.sheet, absolute(column, row));
}
